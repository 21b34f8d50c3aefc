package org.opdl.schema.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Every published version of the standard stays in the jar at its own path")
class PublishedVersionsTest {

    @ParameterizedTest(name = "0.1/{0}")
    @DisplayName("the 0.1 artifacts are byte for byte those published with 0.1")
    @CsvSource({
        "context.jsonld,08ebf2b298fe4a1e68932170927f49a7f3a2c755cbcf58c700d638241507f345",
        "dataset.schema.json,79db83c8abc9476b8ca7b197ad7712a07424c9cb9635cc440e74c10213d7c5ef",
        "listing.schema.json,baf815cf2fcf0b3044bf0fe0dd467c42cc27695a8f78fa0211129454f0a0fe7c",
        "shapes.ttl,cdc393a27dc9053c9512a231a9065a06c50ef227650f9ad5c2d433fdc8aecc48",
        "vocabulary.ttl,5901694afde54fb3a131c44eff445d55ee4c3ff7397bfa832240091b7d1d1f03",
    })
    void frozen(String file, String sha256) throws IOException, NoSuchAlgorithmException {
        assertThat(sha256("org/opdl/schema/0.1/" + file)).isEqualTo(sha256);
    }

    @Test
    @DisplayName("the current version is 0.2, with its own schema ids and context")
    void current() {
        assertThat(Artifact.FOLDER).isEqualTo("org/opdl/schema/0.2/");
        assertThat(Artifact.JSON_SCHEMA.iri()).isEqualTo("https://w3id.org/opdl/schema/0.2/listing.schema.json");
        assertThat(Artifact.CONTEXT.iri()).isEqualTo("https://w3id.org/opdl/context/0.2.jsonld");
        assertThat(Artifact.JSON_SCHEMA.text()).contains("\"$id\" : \"https://w3id.org/opdl/schema/0.2/listing.schema.json\"");
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = PublishedVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s is in the jar", resource).isNotNull();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
