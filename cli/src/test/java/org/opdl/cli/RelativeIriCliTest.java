package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.RelativeIriTurtle;

@DisplayName("U7: a relative IRI read against the OPDL namespace is said by every command that reads the file")
class RelativeIriCliTest {

    @Test
    @DisplayName("convert, merge and report print the IRI as written and as read, at its line, in both languages")
    void said(@TempDir Path dir) throws IOException {
        Path ttl = Files.writeString(dir.resolve("spira.ttl"), RelativeIriTurtle.TEXT);
        Cli r = Cli.run("convert", ttl.toString(), "-o", dir.resolve("spira.json").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("warning opdl.rdf.relative-iri: " + ttl + ": line 7 <https://w3id.org/opdl/listing/spira/mentorat> "
                + "<https://w3id.org/opdl/ns#url>: the relative IRI <spira.quebec/mentorat> was read as <https://w3id.org/opdl/spira.quebec/mentorat>")
                .contains("@base <https://w3id.org/opdl/> .");
        assertThat(Files.readString(dir.resolve("spira.json"))).contains("\"url\" : \"https://w3id.org/opdl/spira.quebec/mentorat\"");
        Cli fr = Cli.run("convert", ttl.toString(), "--to", "nt", "--lang", "fr");
        assertThat(fr.err()).contains("l'IRI relatif <listing/spira/mentorat> a été lu comme <https://w3id.org/opdl/listing/spira/mentorat>");
        Cli merge = Cli.run("merge", ttl.toString(), "-o", dir.resolve("saison.json").toString());
        assertThat(merge.err()).contains("opdl.rdf.relative-iri");
        Cli report = Cli.run("report", ttl.toString(), "--format", "md", "--as-of", "2026-12-05");
        assertThat(report.err()).contains("opdl.rdf.relative-iri");
        Cli quiet = Cli.run("convert", ttl.toString(), "--to", "nt", "--quiet");
        assertThat(quiet.err()).doesNotContain("opdl.rdf.relative-iri");
    }
}
