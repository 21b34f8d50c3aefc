package org.opdl.model.vocab;

import java.util.Objects;

/**
 * A link from an OPDL concept to a concept of another vocabulary (schema.org, CTDL, ScreenSkills,
 * NOC 2021), as SKOS mapping properties express it.
 *
 * @param kind whether the match is exact or close
 * @param curie the target as a prefixed name, such as {@code deliveryType:InPerson}
 * @param iri the target's full IRI
 */
public record Mapping(MatchKind kind, String curie, String iri) {

    /** Requires all parts. */
    public Mapping {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(curie, "curie");
        Objects.requireNonNull(iri, "iri");
    }
}
