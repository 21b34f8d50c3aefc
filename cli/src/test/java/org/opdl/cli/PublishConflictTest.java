package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("opdl publish of files that describe one organisation two ways")
class PublishConflictTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("is refused before the store is asked anything, naming the file, the place and the fix, not as a bug in opdl")
    void organisationDescribedTwoWays() throws IOException {
        Path lab = listing("series-incubator.json", "listing:nsi/series-incubator", "Series Incubator",
                "{\"en\": \"National Screen Institute\"}");
        Path docs = listing("indigidocs.json", "listing:nsi/indigidocs", "IndigiDocs",
                "{\"en\": \"NSI - National Screen Institute\", \"fr\": \"Institut national des arts de l'écran\"}");
        // Port 9 (discard) on loopback: nothing listens, and nothing may be sent anyway.
        Cli r = Cli.run("publish", lab.toString(), docs.toString(), "--to", "http://127.0.0.1:9/opdl");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("indigidocs.json").contains("provider:nsi is described differently")
                .doesNotContain("internal error").doesNotContain("bug in opdl");
        Cli fr = Cli.run("publish", lab.toString(), docs.toString(), "--to", "http://127.0.0.1:9/opdl", "--lang", "fr");
        assertThat(fr.err()).contains("provider:nsi").doesNotContain("internal error").doesNotContain("bogue");
    }

    private Path listing(String name, String id, String title, String providerName) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, """
                {"@context": "https://w3id.org/opdl/context/0.2.jsonld", "id": "%s", "type": "Listing",
                 "title": {"en": "%s"}, "provider": {"id": "provider:nsi", "name": %s, "website": "https://nsi-canada.ca/"},
                 "url": "https://nsi-canada.ca/", "programTypes": ["lab"], "deliveryMode": "online", "careerStages": ["mid-career"],
                 "status": "open", "lastUpdated": "2026-11-15T10:00:00-06:00"}
                """.formatted(id, title, providerName));
        return p;
    }
}
