package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.docs.site.Releases;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

@DisplayName("The w3id.org redirects (docs/w3id/.htaccess) lead every published IRI to a file the build publishes")
class W3idRedirectsTest {

    private static final String SITE = "https://opdl.github.io/opdl/";
    private static final String TURTLE = "text/turtle";
    private static final String JSONLD = "application/ld+json";
    private static final String SCHEMA = "application/schema+json";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String EN = "en-CA,en;q=0.9";
    private static final String FR = "fr-CA,fr;q=0.9,en;q=0.8";

    private static Htaccess htaccess;
    private static final Set<Integer> USED = new HashSet<>();

    /** A request: the path under {@code https://w3id.org/opdl/}, its headers, and the site file it must reach. */
    private record Request(String path, String accept, String language, String expected) {
    }

    @BeforeAll
    static void read() {
        htaccess = new Htaccess(DocFiles.read(DocFiles.root().resolve("docs/w3id/.htaccess")));
    }

    @Test
    @DisplayName("every IRI of every version, asked for as Turtle, JSON-LD, JSON Schema or HTML, reaches the right file; every rule is used")
    void everyIri() throws IOException {
        String current = StandardDefinition.version();
        List<Request> requests = new ArrayList<>();
        requests.add(new Request("", BROWSER, EN, "index.html"));
        requests.add(new Request("", BROWSER, FR, "fr/index.html"));
        requests.add(new Request("ns", TURTLE, EN, "downloads/" + current + "/vocabulary.ttl"));
        requests.add(new Request("ns", JSONLD, EN, "downloads/" + current + "/vocabulary.jsonld"));
        requests.add(new Request("ns", BROWSER, EN, "en/vocabularies/index.html"));
        requests.add(new Request("ns", BROWSER, FR, "fr/vocabularies/index.html"));
        requests.add(new Request("shapes", TURTLE, EN, "downloads/" + current + "/shapes.ttl"));
        requests.add(new Request("changes", BROWSER, EN, "en/changelog.html"));
        requests.add(new Request("changes", BROWSER, FR, "fr/changelog.html"));
        for (Releases.Release r : Releases.all(DocFiles.root())) {
            String v = r.version();
            String files = "downloads/" + v + "/";
            requests.add(new Request("ns/" + v, TURTLE, EN, files + "vocabulary.ttl"));
            requests.add(new Request("ns/" + v, JSONLD, EN, files + "vocabulary.jsonld"));
            requests.add(new Request("context/" + v + ".jsonld", JSONLD, EN, files + "context.jsonld"));
            for (String record : List.of("listing", "dataset")) {
                String schema = "schema/" + v + "/" + record + ".schema.json";
                requests.add(new Request(schema, SCHEMA, EN, files + record + ".schema.json"));
                requests.add(new Request(schema, BROWSER, EN,
                        v.equals(current) ? "en/fields/" + record + ".html" : files + record + ".schema.json"));
            }
        }
        for (ConceptScheme s : Vocabulary.standard().schemes()) {
            String scheme = s.iri().substring("https://w3id.org/opdl/".length());
            requests.add(new Request(scheme, TURTLE, EN, "downloads/" + current + "/vocabulary.ttl"));
            requests.add(new Request(scheme, JSONLD, EN, "downloads/" + current + "/vocabulary.jsonld"));
            requests.add(new Request(scheme, BROWSER, EN, "en/vocabularies/" + s.id() + ".html"));
            requests.add(new Request(scheme, BROWSER, FR, "fr/vocabularies/" + s.id() + ".html"));
            for (Concept c : s.concepts()) {
                String concept = c.iri().substring("https://w3id.org/opdl/".length());
                requests.add(new Request(concept, TURTLE, EN, "downloads/" + current + "/vocabulary.ttl"));
                requests.add(new Request(concept, JSONLD, EN, "downloads/" + current + "/vocabulary.jsonld"));
                requests.add(new Request(concept, BROWSER, EN, "en/vocabularies/" + s.id() + ".html#" + c.code()));
                requests.add(new Request(concept, BROWSER, FR, "fr/vocabularies/" + s.id() + ".html#" + c.code()));
            }
        }
        for (Request q : requests) {
            String where = "https://w3id.org/opdl/" + q.path() + " (Accept: " + q.accept() + "; Accept-Language: " + q.language() + ")";
            var redirect = htaccess.follow(q.path(), Map.of("Accept", q.accept(), "Accept-Language", q.language()));
            assertThat(redirect).as("a rule applies to %s", where).isPresent();
            USED.add(redirect.get().rule().line());
            String target = redirect.get().target();
            assertThat(target).as(where).isEqualTo(SITE + q.expected());
            String file = target.substring(SITE.length()).replaceFirst("#.*", "");
            assertThat(DocFiles.site().resolve(file)).as("%s leads to %s, which the build publishes", where, file).isRegularFile();
            if (target.contains("#")) {
                String anchor = target.substring(target.indexOf('#') + 1);
                assertThat(DocFiles.read(DocFiles.site().resolve(file))).as("%s: anchor #%s", where, anchor)
                        .contains("id=\"" + anchor + "\"");
            }
        }
        assertThat(htaccess.rules()).as("every rule is reached by some published IRI")
                .allSatisfy(r -> assertThat(USED).as("rule at line %d", r.line()).contains(r.line()));
    }

    @Test
    @DisplayName("every rule answers with a redirect to the site, never to another host")
    void everyRuleRedirectsToTheSite() {
        assertThat(htaccess.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.target()).as("line %d", r.line()).startsWith(SITE);
            assertThat(r.flags()).as("line %d", r.line()).matches("\\[R=30[23](,NE)?,L\\]");
        });
    }

    @Test
    @DisplayName("an IRI the standard never minted is left to w3id.org's not-found page")
    void unknownIri() {
        assertThat(htaccess.follow("vocab/region/CA-AB/extra", Map.of("Accept", BROWSER))).isEmpty();
        assertThat(htaccess.follow("schema/0.9/listing.schema.json", Map.of("Accept", SCHEMA))).isEmpty();
    }
}
