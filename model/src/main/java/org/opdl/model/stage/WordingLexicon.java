package org.opdl.model.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.MatchKind;

/**
 * The words and phrases the stage-wording reader knows, as a tree of word keys so that the
 * longest phrase wins ("less experienced" before "less", "nouveaux arrivants" before "nouveaux").
 * Stage wordings come from the crosswalk and the scale's labels; the other words, with their
 * roles, from {@code wording-words.csv}; the target groups' labels are known qualifiers.
 */
final class WordingLexicon {

    /** The table of words that name no stage. */
    static final String WORDS = "career-stage/wording-words.csv";

    /**
     * A stage a phrase names.
     *
     * @param stage the stage's code
     * @param match exact or close
     */
    record Sense(String stage, MatchKind match) {
    }

    /**
     * What a known phrase is.
     *
     * @param stages the stages it names, empty for a word that names none
     * @param role its role when it names none, or {@link WordRole#NOUN_OR_STAGE} beside stages
     */
    record Meaning(List<Sense> stages, Optional<WordRole> role) {
    }

    /**
     * The longest known phrase at a place.
     *
     * @param length how many tokens it spans
     * @param meaning what it is
     */
    record Hit(int length, Meaning meaning) {

        /** Between phrases of one length, a stage beats a role, which beats a target group's label. */
        int weight() {
            return !meaning.stages().isEmpty() ? 2 : meaning.role().orElseThrow() == WordRole.FILLER ? 0 : 1;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Sense> stages = new ArrayList<>();
        WordRole role;
        boolean qualifier;

        Optional<Meaning> meaning() {
            if (!stages.isEmpty()) {
                return Optional.of(new Meaning(List.copyOf(stages),
                        role == WordRole.NOUN_OR_STAGE ? Optional.of(role) : Optional.empty()));
            }
            if (role != null) {
                return Optional.of(new Meaning(List.of(), Optional.of(role)));
            }
            return qualifier ? Optional.of(new Meaning(List.of(), Optional.of(WordRole.FILLER))) : Optional.empty();
        }
    }

    private final Node root = new Node();

    /** Adds a stage a phrase names; phrases of the crosswalk come before the scale's labels, which add only when new. */
    void stage(String phrase, Sense sense, boolean onlyIfNew) {
        Node n = node(phrase);
        if (n != null && (!onlyIfNew || n.stages.isEmpty()) && !n.stages.contains(sense)) {
            n.stages.add(sense);
        }
    }

    /** Adds a target group's label: a qualifier of the people, unless the phrase is known otherwise. */
    void qualifier(String phrase) {
        Node n = node(phrase);
        if (n != null) {
            n.qualifier = true;
        }
    }

    /** Loads the roles of {@code wording-words.csv}; a phrase with two roles, or a role beside stages, is refused. */
    void roles(DataTable table) {
        for (DataTable.Row row : table.rows()) {
            String word = row.required("word");
            WordRole role = WordRole.of(row.required("role")).orElseThrow(() -> new DefinitionException(
                    row.table(), row.line(), "unknown role " + row.get("role")));
            Lang.fromTag(row.required("lang")).orElseThrow(
                    () -> new DefinitionException(row.table(), row.line(), "lang must be en or fr"));
            Node n = node(word);
            if (n == null) {
                throw new DefinitionException(row.table(), row.line(), "no word in \"" + word + "\"");
            }
            if (n.role != null && n.role != role) {
                throw new DefinitionException(row.table(), row.line(),
                        "\"" + word + "\" is already " + n.role.code() + "; a word has one role");
            }
            if (!n.stages.isEmpty() && role != WordRole.NOUN_OR_STAGE) {
                throw new DefinitionException(row.table(), row.line(),
                        "\"" + word + "\" names a stage in the crosswalk; only noun-or-stage may share it");
            }
            n.role = role;
            if (role == WordRole.NOUN_OR_STAGE) {
                // The plural and feminine forms the crosswalk lists (professionnels, professionnelles) read alike.
                String key = WordingTokens.key(word);
                root.next.forEach((k, other) -> {
                    if (!other.stages.isEmpty() && WordingTokens.forms(k).contains(key)) {
                        other.role = WordRole.NOUN_OR_STAGE;
                    }
                });
            }
        }
    }

    /** The longest known phrase that starts at the token, or empty. */
    Optional<Hit> longest(List<WordingTokens.Token> tokens, int from) {
        Hit[] best = new Hit[1];
        walk(root, tokens, from, 0, best);
        return Optional.ofNullable(best[0]);
    }

    private static void walk(Node node, List<WordingTokens.Token> tokens, int at, int depth, Hit[] best) {
        if (depth > 0) {
            Optional<Meaning> m = node.meaning();
            if (m.isPresent()) {
                Hit hit = new Hit(depth, m.get());
                if (best[0] == null || depth > best[0].length()
                        || depth == best[0].length() && hit.weight() > best[0].weight()) {
                    best[0] = hit;
                }
            }
        }
        if (at >= tokens.size() || tokens.get(at).separator()) {
            return;
        }
        for (String form : WordingTokens.forms(tokens.get(at).key())) {
            Node next = node.next.get(form);
            if (next != null) {
                walk(next, tokens, at + 1, depth + 1, best);
            }
        }
    }

    private Node node(String phrase) {
        List<WordingTokens.Token> tokens = WordingTokens.of(phrase);
        if (tokens.isEmpty() || tokens.stream().anyMatch(WordingTokens.Token::separator)) {
            return null;
        }
        Node n = root;
        for (WordingTokens.Token t : tokens) {
            n = n.next.computeIfAbsent(t.key(), k -> new Node());
        }
        return n;
    }
}
