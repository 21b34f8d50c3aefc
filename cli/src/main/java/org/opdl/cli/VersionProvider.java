package org.opdl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Supplies {@code opdl --version} from the version Maven writes into the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {
            "opdl " + p.getProperty("version", "unknown"),
            "OPDL standard " + p.getProperty("standard", "0.2"),
            "Code: Apache-2.0. Standard, vocabulary and docs: CC BY 4.0."
        };
    }
}
