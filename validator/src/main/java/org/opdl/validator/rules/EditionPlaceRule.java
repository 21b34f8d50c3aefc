package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.validator.internal.check.Places;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import tools.jackson.databind.JsonNode;

/** {@code opdl.delivery.edition-place-unlisted}: an intake held in a place the listing's locations do not give. */
final class EditionPlaceRule extends BaseRule implements RecordRule {

    EditionPlaceRule() {
        super("opdl.delivery.edition-place-unlisted", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        List<Listing.Value> intakes = listing.objectsIn("intakes");
        if (intakes.isEmpty()) {
            return;
        }
        List<Listing.Value> listed = listing.objectsIn("locations");
        Vocabulary vocabulary = listing.standard().vocabulary();
        for (int i = 0; i < intakes.size(); i++) {
            Listing.Value intake = intakes.get(i);
            if (!intake.node().path("location").isObject()) {
                continue;
            }
            JsonNode place = intake.node().get("location");
            if (listed.stream().anyMatch(l -> Places.covers(l.node(), place))) {
                continue;
            }
            Text words = Places.words(place, vocabulary).orElse(new Text("?", "?"));
            String pointer = intake.pointer() + "/location";
            if (listed.isEmpty()) {
                reportAs(out, "none", pointer, i + 1, words);
            } else {
                report(out, pointer, i + 1, words, listedWords(listed, vocabulary));
            }
        }
    }

    private static Text listedWords(List<Listing.Value> listed, Vocabulary vocabulary) {
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        for (Listing.Value place : listed) {
            Optional<Text> words = Places.words(place.node(), vocabulary);
            words.ifPresent(w -> {
                en.add(w.en());
                fr.add(w.fr());
            });
        }
        return new Text(String.join("; ", en), String.join("; ", fr));
    }
}
