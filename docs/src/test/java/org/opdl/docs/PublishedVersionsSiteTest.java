package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opdl.docs.site.Releases;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Lang;

@DisplayName("Every released version is published side by side, with a generated change log")
class PublishedVersionsSiteTest {

    private static final String[] ARTIFACTS = {"listing.schema.json", "dataset.schema.json", "context.jsonld",
        "vocabulary.ttl", "vocabulary.jsonld", "shapes.ttl"};

    @Nested
    @DisplayName("the site's downloads")
    class Downloads {

        @Test
        @DisplayName("keep every version's artifacts at downloads/<version>/, byte for byte those of the schema module")
        void everyVersion() throws IOException {
            assertThat(Releases.all(DocFiles.root())).extracting(Releases.Release::version).contains("0.1", StandardDefinition.version());
            for (Releases.Release r : Releases.all(DocFiles.root())) {
                for (String file : ARTIFACTS) {
                    Path published = DocFiles.site().resolve("downloads/" + r.version() + "/" + file);
                    assertThat(published).as("%s of %s", file, r.version()).isRegularFile();
                    assertThat(Files.readAllBytes(published)).isEqualTo(resource("org/opdl/schema/" + r.version() + "/" + file));
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Lang.class)
        @DisplayName("list the earlier versions and link to the change log")
        void downloadsPage(Lang lang) {
            String md = SiteContentTest.page(lang.tag() + "/downloads.md");
            assertThat(md).contains("(../downloads/0.1/vocabulary.jsonld)", "(../downloads/0.2/vocabulary.jsonld)", "(changelog.md)");
        }
    }

    @Nested
    @DisplayName("the change log")
    class ChangeLog {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Lang.class)
        @DisplayName("committed in docs/ is what opdl standard diff gives between consecutive versions (-Dopdl.regenerate=true rewrites it)")
        void noDrift(Lang lang) throws IOException {
            String generated = Releases.changeLog(DocFiles.root(), lang);
            Path file = DocFiles.root().resolve(lang == Lang.EN ? "docs/changelog.md" : "docs/changelog.fr.md");
            if (Boolean.getBoolean("opdl.regenerate")) {
                Files.writeString(file, generated, StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s differs from the diff of the released tables; run the tests with -Dopdl.regenerate=true", file)
                    .isEqualTo(generated);
            assertThat(SiteContentTest.page(lang.tag() + "/changelog.md")).isEqualTo(generated);
        }

        @Test
        @DisplayName("classes the real change from 0.1 to 0.2, with the bump it needed, in each language")
        void realChange() {
            String en = SiteContentTest.page("en/changelog.md");
            String fr = SiteContentTest.page("fr/changelog.md");
            assertThat(en).contains("## 0.1 → 0.2", "### Major changes", "### Minor changes", "vocabulary/");
            assertThat(fr).contains("## 0.1 → 0.2", "### Changements majeurs", "### Changements mineurs");
            assertThat(fr).isNotEqualTo(en);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Lang.class)
    @DisplayName("the vocabulary pages link to the vocabulary in every format")
    void vocabularyFormats(Lang lang) {
        for (String page : new String[] {"vocabularies/index.md", "vocabularies/career-stage.md"}) {
            assertThat(SiteContentTest.page(lang.tag() + "/" + page)).contains(
                    "(../../downloads/" + StandardDefinition.version() + "/vocabulary.ttl)",
                    "(../../downloads/" + StandardDefinition.version() + "/vocabulary.jsonld)", ".html)");
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PublishedVersionsSiteTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
