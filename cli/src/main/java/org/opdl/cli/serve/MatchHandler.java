package org.opdl.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.stage.Figure;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.migrate.Migration;
import org.opdl.validator.match.MatchControls;
import org.opdl.validator.match.MatchText;
import org.opdl.validator.match.Matcher;
import org.opdl.validator.match.Matches;
import org.opdl.validator.match.Profile;
import org.opdl.validator.match.ProfileReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the page's matching form, {@code /api/match}: the uploaded dataset matched against the
 * profile the form gives, as {@code opdl match} does, in plain text:
 * {@code {"ok": true|false, "text": "…"}}. The profile travels in the query, the dataset in the body.
 * Like the command, it lists the first {@link MatchText#DEFAULT_LIMIT} programs of each kind unless
 * {@code all=true} asks for every one, those that do not fit included. A dataset of no listing is
 * refused with what to do, as the command refuses it.
 */
final class MatchHandler {

    /** The form's boxes, which the answer names where the command would name its options. */
    private static final MatchControls CONTROLS = new MatchControls.Page(PageWords.text("match.closed"), PageWords.text("match.all"));

    private final Checker checker;

    MatchHandler(Checker checker) {
        this.checker = checker;
    }

    /** Works out the answer while the upload is held; the reply is sent once its slot is free. */
    UploadHandler.Reply match(HttpExchange ex, Query q, Lang lang, Upload upload) throws IOException {
        Profile profile;
        try {
            profile = ProfileReader.read(profileJson(q), LocalDate.now(), MatchHandler::box);
        } catch (ProfileReader.ProfileException e) {
            String text = e.problems().stream().map(t -> t.in(lang)).collect(Collectors.joining("\n"));
            return () -> Replies.json(ex, 200, answer(false, text));
        }
        boolean all = q.get("all", "").equals("true");
        Matcher matcher = new Matcher(profile, q.get("includeClosed", "").equals("true"), all);
        // The version the upload declares: its dataset's, else its first listing's context.
        String[] version = new String[1];
        try {
            checker.read(upload, fields -> version[0] = Migration.declaredVersion(fields).orElse(null), listing -> {
                if (version[0] == null) {
                    version[0] = Migration.declaredVersion(listing).orElse("");
                }
                matcher.accept(listing);
            });
        } catch (ReadException e) {
            String text = PageWords.get(lang, "cannot.match", e.location().describe(lang), e.text().in(lang), e.fix().in(lang));
            return () -> Replies.json(ex, 200, answer(false, text));
        }
        String current = StandardDefinition.version();
        if (version[0] != null && !version[0].isEmpty() && !version[0].equals(current)) {
            // As opdl match: a 0.1 listing without fees was free, which matching would call unknown.
            String text = PageWords.get(lang, "match.version", upload.name(), version[0], current);
            return () -> Replies.json(ex, 200, answer(false, text));
        }
        Matches matches = matcher.matches();
        if (matches.read() == 0) {
            // As opdl match refuses it: two empty headings and zero counts would not say the file held nothing.
            String text = PageWords.get(lang, "match.no-listing", upload.name());
            return () -> Replies.json(ex, 200, answer(false, text));
        }
        StringWriter out = new StringWriter();
        MatchText.write(matches, lang, out, all ? MatchText.ALL : MatchText.DEFAULT_LIMIT, CONTROLS);
        String text = out.toString();
        return () -> Replies.json(ex, 200, answer(true, text));
    }

    /** The profile as {@code opdl match --profile} reads it, from the form's fields; empty fields are left out. */
    static byte[] profileJson(Query q) {
        ObjectNode p = Replies.JSON.createObjectNode();
        whole(p, "completedWorks", q.get("completedWorks", ""));
        whole(p, "credits", q.get("credits", ""));
        whole(p, "yearsOfPractice", q.get("yearsOfPractice", ""));
        text(p, "region", q.get("region", ""));
        text(p, "workRegion", q.get("workRegion", ""));
        list(p, "languages", q.get("languages", ""));
        list(p, "targetGroups", q.get("targetGroups", ""));
        whole(p, "budget", q.get("budget", ""));
        whole(p, "age", q.get("age", ""));
        return p.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A field of the profile named as the form shows it, "the box “Credits”", « la case « Crédits » »: the
     * words of its label before any example or "(optional)", so that a message names what the person sees.
     */
    static Text box(String key) {
        Text label = switch (key) {
            case "completedWorks" -> Figure.COMPLETED_WORKS.label();
            case "credits" -> Figure.PROFESSIONAL_CREDITS.label();
            case "yearsOfPractice" -> Figure.YEARS_OF_PRACTICE.label();
            case "region", "workRegion" -> PageWords.text("match.region");
            case "languages" -> PageWords.text("match.languages");
            case "targetGroups" -> PageWords.text("match.groups");
            case "budget" -> PageWords.text("match.budget");
            case "age" -> PageWords.text("match.age");
            default -> new Text(key, key);
        };
        return new Text(PageWords.get(Lang.EN, "match.box", shortLabel(label.en())), PageWords.get(Lang.FR, "match.box", shortLabel(label.fr())));
    }

    private static String shortLabel(String label) {
        return Page.capital(label.split(", | \\(", 2)[0]);
    }

    private static void whole(ObjectNode p, String name, String value) {
        String v = value.strip();
        if (v.matches("-?[0-9]{1,9}")) {
            p.put(name, Integer.parseInt(v));
        } else if (v.matches("-?[0-9]{10,100}")) {
            // Still a whole number, so that the reader says it is too large rather than no whole number.
            p.put(name, new BigInteger(v));
        } else if (!v.isEmpty()) {
            // Left as written, so that the profile's reader names the field and what it needs.
            p.put(name, v);
        }
    }

    private static void text(ObjectNode p, String name, String value) {
        if (!value.isBlank()) {
            p.put(name, value.strip());
        }
    }

    private static void list(ObjectNode p, String name, String value) {
        ArrayNode a = p.putArray(name);
        // A name of several words ("Personnes noires", "Premières Nations") is one item, not one per word.
        ProfileReader.items(name, value).forEach(a::add);
    }

    private static ObjectNode answer(boolean ok, String text) {
        ObjectNode body = Replies.JSON.createObjectNode();
        body.put("ok", ok);
        body.put("text", text);
        return body;
    }
}
