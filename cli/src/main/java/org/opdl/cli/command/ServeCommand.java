package org.opdl.cli.command;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.LimitsOption;
import org.opdl.cli.serve.LocalServer;
import org.opdl.cli.serve.ServeSettings;
import org.opdl.cli.serve.Tool;
import org.opdl.model.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opdl serve}: the page to check a file on, served on this computer only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start a page on this computer (http://127.0.0.1 only) to check a listings file, download its reports "
                + "and conversions, read the career-stage scale, classify a producer and look up a wording.",
            "Nothing leaves the computer. Stop it with Ctrl+C or by closing its window."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8717",
            description = "The port to listen on, 1 to 65535, or 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--open", description = "Open the page in the default browser once it is ready.")
    private boolean open;

    @Option(names = "--max-uploads", paramLabel = "N", defaultValue = "4",
            description = "Files checked at once; more are refused politely (default: ${DEFAULT-VALUE}).")
    private int maxUploads;

    @Mixin
    private LangOption langOption;

    @Mixin
    private LimitsOption limitsOption;

    @Spec
    private CommandSpec spec;

    private final Tool tool;

    /** The command, with the tool that answers the page's classifier and lookup ({@code Main::run}). */
    public ServeCommand(Tool tool) {
        this.tool = tool;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Lang lang = langOption.lang();
        if (port < 0 || port > 65_535 || maxUploads < 1) {
            throw new UsageException(CommandMessages.SERVE_PORT_TAKES_0.text());
        }
        ServeSettings settings = new ServeSettings(port, maxUploads, limitsOption.limits());
        LocalServer server;
        try {
            server = LocalServer.start(settings, spec.root().version()[0].replaceFirst("^opdl ", ""), tool);
        } catch (BindException e) {
            throw new InputException(CommandMessages.SERVE_PORT_USE_START.text(port));
        }
        String url = server.url() + (lang == Lang.FR ? "?lang=fr" : "");
        PrintWriter out = spec.commandLine().getOut();
        out.println(CommandMessages.SERVE_OPDL_PAGE_READY.text(url).in(lang));
        out.flush();
        if (open) {
            openBrowser(url, lang);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }

    private void openBrowser(String url, Lang lang) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Said below.
        }
        spec.commandLine().getErr().println(CommandMessages.SERVE_OPDL_CANNOT_OPEN.text(url).in(lang));
    }
}
