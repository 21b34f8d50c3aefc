package org.opdl.schema.cell;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Lookup;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.format.ReaderRule;

/**
 * The codes of a field in a cell: the code itself, a label in either language or its plural, the
 * words of one concept, and what no code says refused with what to write. {@link CellReader}'s
 * part for the cells of code fields and for the values of its lists.
 */
final class CellCodes {

    private static final Pattern EXCEL_DATE = Pattern.compile("\\d{1,2}-[A-Za-zéû]{3,5}(-\\d{2,4})?|[A-Za-zéû]{3,5}-\\d{2}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Vocabulary vocabulary = Vocabulary.standard();
    private final Map<String, Set<String>> codes = new HashMap<>();
    private final Doublets doublets = new Doublets(vocabulary);
    private final OneConcept oneConcept = new OneConcept(vocabulary);
    private final Readings readings;
    private final SheetForms forms;

    CellCodes(Readings readings, SheetForms forms) {
        this.readings = readings;
        this.forms = forms;
    }

    /** True when {@code v} is already one of the field's codes, as most cells are: the cheap test, made first. */
    boolean isCode(Field field, String v) {
        return switch (field.type()) {
            case COUNTRY -> ISO_COUNTRIES.contains(v);
            case LANGUAGE -> ISO_LANGUAGES.contains(v);
            default -> codesOf(field).contains(v);
        };
    }

    /** True when {@code v} names one code of {@code field}: the code, a label, or the words of one concept. */
    boolean names(Field field, String v) {
        return isCode(field, v) || switch (field.type()) {
            case COUNTRY -> CellWords.country(v).isPresent();
            case LANGUAGE -> CellWords.language(v).isPresent();
            default -> !codesOf(field).isEmpty() && (vocabulary.lookup(v, field.scheme()).matches().stream()
                    .map(x -> x.concept().code()).distinct().count() == 1 || doublets.code(field.scheme().orElse(""), v).isPresent()
                    || oneConcept.code(field.scheme().orElse(""), v).isPresent());
        };
    }

    private Set<String> codesOf(Field field) {
        return codesOf(field.scheme().orElse(""));
    }

    private Set<String> codesOf(String scheme) {
        return codes.computeIfAbsent(scheme,
                s -> vocabulary.scheme(s).map(ConceptScheme::codes).map(Set::copyOf).orElse(Set.of()));
    }

    String code(Field field, String v, Location where, Consumer<Finding> notes) {
        String scheme = field.scheme().orElse("");
        Set<String> known = codesOf(scheme);
        if (known.contains(v) || known.isEmpty()) {
            return v;
        }
        if (EXCEL_DATE.matcher(v).matches()) {
            notes.accept(new Finding(ReaderRule.CSV_EXCEL_DATE.id(), ReaderRule.CSV_EXCEL_DATE.severity(), where,
                    CellMessages.CSV_EXCEL_DATE_LOOKS_LIKE_CODE.text(v),
                    CellMessages.CSV_EXCEL_DATE_FORMAT_COLUMN_TEXT.text()));
            return v;
        }
        // "broadcast credits", "crédits de diffusion": a label in the plural names its concept, as W41 reads statuses.
        Optional<Concept> concept = conceptOrSingular(scheme, v);
        if (concept.isPresent()) {
            return forms.offers(concept.get(), v) ? concept.get().code() : read(Readings.Kind.LABEL, where, v, concept.get().code());
        }
        if (field.wordedAs(SheetWording.VENUE)) {
            ModeWithPlace.explain(v, words -> concept(scheme, words).map(Concept::code)).ifPresent(e -> {
                throw e;
            });
        }
        if (field.wordedAs(SheetWording.LENGTH)) {
            CreditWithLength.explain(v, words -> conceptOrSingular(scheme, words).map(Concept::code)).ifPresent(e -> {
                throw e;
            });
        }
        // "partout au Canada sauf au Québec", "Tues & Thurs", "Free (see notes)": words no code says, refused with what to write.
        CodeWords.explain(field, v, words -> concept(scheme, words).map(Concept::code)).ifPresent(e -> {
            throw e;
        });
        return doublets.code(scheme, v).or(() -> SessionDays.everyWorkingDay(field, v)).map(c -> read(Readings.Kind.LABEL, where, v, c))
                .or(() -> oneConcept.code(scheme, v).map(c -> read(Readings.Kind.ONE_CONCEPT, where, v, c))).orElseGet(() -> {
                    // "TBD" or "N/A" is no code, and no unknown code either: the fix says what a blank cell says.
                    NotStated.refuse(v);
                    return v;
                });
    }

    /** The concept {@code v} names, or failing that the one its singular names ("broadcast credits"). */
    private Optional<Concept> conceptOrSingular(String scheme, String v) {
        return concept(scheme, v).or(() -> CellWords.singular(v).flatMap(one -> concept(scheme, one)));
    }

    /** The one concept of {@code scheme} that {@code v} names by its code or a label; empty for none or several. */
    private Optional<Concept> concept(String scheme, String v) {
        List<Lookup.Match> matches = vocabulary.lookup(v, Optional.of(scheme)).matches();
        return !matches.isEmpty() && matches.stream().map(x -> x.concept().code()).distinct().count() == 1
                ? Optional.of(matches.get(0).concept()) : Optional.empty();
    }

    private String read(Readings.Kind kind, Location where, String written, String read) {
        if (!written.equals(read)) {
            readings.add(kind, where, written, read);
        }
        return read;
    }
}
