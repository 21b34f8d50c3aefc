package org.opdl.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.opdl.cli.exit.ExitCode;
import org.opdl.model.text.Lang;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the page's classifier form and vocabulary lookup by running {@code opdl classify} and
 * {@code opdl vocab --lookup} in the same process, so that the page says exactly what the command
 * line says: {@code {"ok": true|false, "text": "…"}}.
 */
final class LookupHandler {

    private final Tool tool;

    LookupHandler(Tool tool) {
        this.tool = tool;
    }

    void handle(HttpExchange ex, String path) throws IOException {
        Query q = Query.of(ex.getRequestURI());
        Lang lang = q.lang(ex.getRequestHeaders().getFirst(BrowserLanguage.HEADER));
        String[] args = switch (path) {
            case "/api/classify" -> new String[] {"classify", "--completed-works", q.get("completedWorks", ""),
                "--credits", q.get("credits", ""), "--years", q.get("years", ""), "--lang", lang.tag()};
            case "/api/vocab" -> new String[] {"vocab", "--lookup", q.get("lookup", ""), "--lang", lang.tag()};
            default -> null;
        };
        if (args == null) {
            Replies.problem(ex, 404, lang, "not.found");
            return;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = tool.run(o, e, args);
        }
        ObjectNode body = Replies.JSON.createObjectNode();
        body.put("ok", code == ExitCode.OK);
        String text = code == ExitCode.OK || code == ExitCode.FINDINGS ? out.toString() + err : err.toString();
        body.put("text", text.replaceFirst("^opdl ?: ", "").strip());
        Replies.json(ex, 200, body);
    }
}
