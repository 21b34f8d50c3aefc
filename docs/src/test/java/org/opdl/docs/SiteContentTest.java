package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.docs.page.CareerStagePages;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

@DisplayName("The generated site")
class SiteContentTest {

    static String page(String path) {
        return DocFiles.read(DocFiles.site().resolve(path));
    }

    @Test
    @DisplayName("has an entry page linking both languages, and every page as Markdown and HTML")
    void entry() {
        assertThat(page("index.html")).contains("href=\"en/index.html\"", "href=\"fr/index.html\"");
        for (Path md : DocFiles.siteFiles(".md")) {
            String html = md.toString().replaceFirst("\\.md$", ".html");
            assertThat(Path.of(html)).as("HTML of %s", md).isRegularFile();
        }
    }

    @Nested
    @DisplayName("vocabulary pages")
    class Vocabularies {

        @Test
        @DisplayName("give every concept of every scheme its IRI, both labels, both definitions and its alternative labels")
        void everyConcept() {
            for (Lang lang : Lang.values()) {
                for (ConceptScheme s : Vocabulary.standard().schemes()) {
                    String md = page(lang.tag() + "/vocabularies/" + s.id() + ".md");
                    assertThat(md).contains(s.iri());
                    for (Concept c : s.concepts()) {
                        assertThat(md).contains("<a id=\"" + c.code() + "\"></a>", c.iri());
                        for (Lang l : Lang.values()) {
                            assertThat(md).contains(c.label().in(l).replace("*", "\\*"));
                            c.altLabels(l).forEach(a -> assertThat(md).contains(a.replace("|", "\\|")));
                        }
                        c.mappings().forEach(m -> assertThat(md).contains(m.iri()));
                    }
                }
            }
        }

        @Test
        @DisplayName("are written in the page's language")
        void language() {
            assertThat(page("fr/vocabularies/index.md")).contains("# Vocabulaires", "Stade de carrière");
            assertThat(page("en/vocabularies/index.md")).contains("# Vocabularies", "Career stage");
            assertThat(page("fr/vocabularies/index.html")).contains("<html lang=\"fr\">");
        }
    }

    @Nested
    @DisplayName("career-stage pages")
    class CareerStages {

        @Test
        @DisplayName("show each worked example at the stage the classifier gives")
        void classification() {
            for (Lang lang : Lang.values()) {
                String md = page(lang.tag() + "/career-stages.md");
                for (CareerStagePages.Example e : CareerStagePages.EXAMPLES) {
                    String stage = CareerStageScale.standard().classify(e.record()).stage();
                    assertThat(md).contains("| " + e.record().completedWorks() + " | " + e.record().credits() + " | "
                            + e.record().years() + " | `" + stage + "` |");
                }
            }
        }

        @Test
        @DisplayName("give the thresholds' sources in both languages and the professional-credit definition")
        void sources() {
            assertThat(page("en/career-stages.md")).contains("Ontario Arts Council", "third party", "Why the thresholds");
            assertThat(page("fr/career-stages.md")).contains("Conseil des arts de l'Ontario", "tiers", "Pourquoi les seuils");
        }

        @Test
        @DisplayName("list the stages that each worked set of bounds admits")
        void bounds() {
            String md = page("en/career-stages.md");
            assertThat(md).contains("| 1 to 5 credits (Banff ISS 2024 mid-career) | credits 1–5 | `early-career`, `mid-career` |");
            assertThat(md).contains("| minimum above maximum | credits 2–1 | none |");
        }
    }

    @Test
    @DisplayName("publishes the examples at versioned paths")
    void downloads() {
        assertThat(page("en/downloads.md")).contains("downloads/0.2/");
    }
}
