package org.opdl.model.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.vocab.MatchKind;

/**
 * Reads one stage wording as a careful person would: the known phrases first (longest wins), then
 * lists, ranges and open ranges between them, "all stages" in its variants, negations, and words
 * that describe other people. Words it does not know are reported, criteria (numbers, credits,
 * experience) are left to the eligibility bounds, and nothing is guessed.
 */
final class WordingReader {

    /** What one item of the wording is once read. */
    private enum Kind { STAGE, WEAK_STAGE, ROLE, NUMBER, UNKNOWN, SEPARATOR }

    /** A phrase of the wording: a stage phrase, a known word with its role, a number, an unknown word. */
    private static final class Item {
        Kind kind;
        WordRole role;
        final List<WordingLexicon.Sense> stages;
        final int start;
        int end;
        /** True when the reading left it to the eligibility bounds (numbers, negated stages, "5 or more"). */
        boolean criterion;

        Item(Kind kind, WordRole role, List<WordingLexicon.Sense> stages, int start, int end) {
            this.kind = kind;
            this.role = role;
            this.stages = stages;
            this.start = start;
            this.end = end;
        }

        boolean is(WordRole r) {
            return kind == Kind.ROLE && role == r;
        }

        /** Words that change nothing where they stand. */
        boolean quiet() {
            return is(WordRole.FILLER) || is(WordRole.PEOPLE) || is(WordRole.STAGE_NOUN) || is(WordRole.OTHER);
        }
    }

    /**
     * A stretch of the wording.
     *
     * @param start where it starts
     * @param end where it ends
     */
    record Span(int start, int end) {
    }

    /**
     * What the reader found.
     *
     * @param groups the stages each stretch names, in the wording's order
     * @param unmapped the stretches with words the reader does not know
     * @param criteria the stretches left to the eligibility bounds
     */
    record Reading(List<WordingGroup> groups, List<Span> unmapped, List<Span> criteria) {
    }

    private final WordingLexicon lexicon;
    private final List<String> codes;

    WordingReader(WordingLexicon lexicon, List<String> codes) {
        this.lexicon = lexicon;
        this.codes = codes;
    }

    Reading read(String text) {
        List<Item> items = items(text);
        List<WordingGroup> groups = new ArrayList<>();
        List<Span> unmapped = new ArrayList<>();
        List<Span> criteria = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= items.size(); i++) {
            if (i == items.size() || items.get(i).kind == Kind.SEPARATOR) {
                List<Item> clause = clause(new ArrayList<>(items.subList(from, i)), groups);
                spans(clause, unmapped, criteria);
                from = i + 1;
            }
        }
        return new Reading(groups, unmapped, criteria);
    }

    private List<Item> items(String text) {
        List<WordingTokens.Token> tokens = WordingTokens.of(text);
        List<Item> items = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            WordingTokens.Token t = tokens.get(i);
            if (t.separator()) {
                items.add(new Item(Kind.SEPARATOR, null, List.of(), t.start(), t.end()));
                i++;
                continue;
            }
            Optional<WordingLexicon.Hit> hit = lexicon.longest(tokens, i);
            if (hit.isEmpty()) {
                boolean number = t.key().chars().allMatch(Character::isDigit);
                items.add(new Item(number ? Kind.NUMBER : Kind.UNKNOWN, null, List.of(), t.start(), t.end()));
                i++;
                continue;
            }
            WordingLexicon.Meaning m = hit.get().meaning();
            int end = tokens.get(i + hit.get().length() - 1).end();
            if (!m.stages().isEmpty()) {
                items.add(new Item(m.role().isPresent() ? Kind.WEAK_STAGE : Kind.STAGE, null, m.stages(), t.start(), end));
            } else {
                items.add(new Item(Kind.ROLE, m.role().orElseThrow(), List.of(), t.start(), end));
            }
            i += hit.get().length();
        }
        return items;
    }

    /** Reads one clause (the items between two separators) into groups of stages; gives back its items as read. */
    private List<Item> clause(List<Item> clause, List<WordingGroup> groups) {
        settleWeakStages(clause);
        dropOthers(clause);
        List<Item> items = readAll(clause);
        WordingGroup prev = null;
        boolean gap = true;
        boolean to = false;
        boolean between = false;
        boolean negate = false;
        WordRole open = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind == Kind.STAGE) {
                if (negate) {
                    it.kind = Kind.ROLE;
                    it.role = WordRole.CRITERION;
                    it.criterion = true;
                    negate = false;
                    gap = true;
                    continue;
                }
                WordingGroup g = group(it);
                if (to && prev != null) {
                    groups.remove(groups.size() - 1);
                    g = prev.through(g);
                } else if (open == WordRole.UP_TO) {
                    g = g.extend(0, g.end());
                } else if (open == WordRole.FROM_UP) {
                    g = g.extend(codes.size() - 1, g.end());
                }
                groups.add(g);
                prev = g;
                gap = false;
                to = false;
                open = null;
                continue;
            }
            if (it.kind != Kind.ROLE) {
                it.criterion = it.kind == Kind.NUMBER;
                gap = true;
                to = false;
                continue;
            }
            // Only the words whose meaning depends on what follows look ahead, so fillers cost nothing.
            boolean stageNext = switch (it.role) {
                case TO, AND_UP, AND_BELOW, UP_TO, FROM_UP -> nextIsStage(items, i);
                default -> false;
            };
            switch (it.role) {
                case AND, OR -> {
                    to = between && prev != null && !gap;
                    between = false;
                    negate = false;
                    gap = true;
                }
                case TO -> {
                    to = prev != null && !gap && stageNext;
                    it.criterion = !to;
                    gap = true;
                }
                case BETWEEN -> between = true;
                case AND_UP, AND_BELOW -> {
                    if (!stageNext && prev != null && !gap) {
                        WordingGroup ext = prev.extend(it.is(WordRole.AND_UP) ? codes.size() - 1 : 0, it.end);
                        groups.set(groups.size() - 1, ext);
                        prev = ext;
                    } else if (!stageNext) {
                        it.criterion = true;
                    }
                    gap = true;
                }
                case UP_TO, FROM_UP -> {
                    if (stageNext && it.is(WordRole.UP_TO) && prev != null && !gap) {
                        to = true;
                    } else if (stageNext) {
                        open = it.role;
                    } else {
                        it.criterion = true;
                    }
                    gap = true;
                }
                case NOT -> {
                    negate = true;
                    it.criterion = true;
                    gap = true;
                }
                case CRITERION -> {
                    it.criterion = true;
                    gap = true;
                    to = false;
                }
                default -> {
                    // fillers, people, other people and stage nouns change nothing where they stand
                }
            }
        }
        return items;
    }

    /** "Professional" is a people noun where another stage word in its list names the stage. */
    private static void settleWeakStages(List<Item> items) {
        int from = 0;
        for (int i = 0; i <= items.size(); i++) {
            if (i == items.size() || items.get(i).is(WordRole.AND) || items.get(i).is(WordRole.OR)) {
                List<Item> run = items.subList(from, i);
                boolean strong = run.stream().anyMatch(it -> it.kind == Kind.STAGE);
                for (Item it : run) {
                    if (it.kind == Kind.WEAK_STAGE) {
                        it.kind = strong ? Kind.ROLE : Kind.STAGE;
                        it.role = strong ? WordRole.PEOPLE : null;
                    }
                }
                from = i + 1;
            }
        }
    }

    /** A stage word next to a mentor or a company (only fillers between) describes them, not the participants. */
    private static void dropOthers(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind != Kind.STAGE) {
                continue;
            }
            if (besideOther(items, i, 1) || besideOther(items, i, -1)) {
                items.get(i).kind = Kind.ROLE;
                items.get(i).role = WordRole.FILLER;
            }
        }
    }

    private static boolean besideOther(List<Item> items, int i, int step) {
        for (int j = i + step; j >= 0 && j < items.size(); j += step) {
            Item it = items.get(j);
            if (it.is(WordRole.OTHER)) {
                return true;
            }
            if (!it.is(WordRole.FILLER)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "All", "every", "tous" before a stage noun ("stages", "niveaux", "étapes") names every stage.
     * One pass that builds a new list: each "all" looks only as far as the next word that is not
     * a filler, a people noun or a criterion, so a long wording costs linear time.
     */
    private List<Item> readAll(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            int noun = -1;
            if (it.is(WordRole.ALL)) {
                for (int j = i + 1; j < items.size(); j++) {
                    Item next = items.get(j);
                    if (next.is(WordRole.STAGE_NOUN)) {
                        noun = j;
                        break;
                    }
                    if (!(next.is(WordRole.FILLER) || next.is(WordRole.PEOPLE) || next.is(WordRole.CRITERION))) {
                        break;
                    }
                }
            }
            if (noun < 0) {
                out.add(it);
                i++;
                continue;
            }
            List<WordingLexicon.Sense> all = codes.stream().map(c -> new WordingLexicon.Sense(c, MatchKind.CLOSE)).toList();
            out.add(new Item(Kind.STAGE, null, all, it.start, items.get(noun).end));
            i = noun + 1;
        }
        return out;
    }

    private static boolean nextIsStage(List<Item> items, int i) {
        for (int j = i + 1; j < items.size(); j++) {
            Item it = items.get(j);
            if (it.kind == Kind.STAGE) {
                return true;
            }
            if (!it.quiet()) {
                return false;
            }
        }
        return false;
    }

    private WordingGroup group(Item it) {
        Map<Integer, MatchKind> ranks = new LinkedHashMap<>();
        for (WordingLexicon.Sense s : it.stages) {
            ranks.merge(codes.indexOf(s.stage()), s.match(), WordingGroup::stronger);
        }
        return new WordingGroup(ranks, it.start, it.end);
    }

    /**
     * The stretches to report: between stages, list words and separators, the unknown words of a
     * stretch (first to last), or else its criteria.
     */
    private static void spans(List<Item> items, List<Span> unmapped, List<Span> criteria) {
        int unknownFrom = -1;
        int unknownTo = -1;
        int criterionFrom = -1;
        int criterionTo = -1;
        for (int i = 0; i <= items.size(); i++) {
            Item it = i < items.size() ? items.get(i) : null;
            boolean cut = it == null || it.kind == Kind.STAGE
                    || (it.is(WordRole.AND) || it.is(WordRole.OR)) && !it.criterion;
            if (cut) {
                if (unknownFrom >= 0) {
                    unmapped.add(new Span(unknownFrom, unknownTo));
                } else if (criterionFrom >= 0) {
                    criteria.add(new Span(criterionFrom, criterionTo));
                }
                unknownFrom = -1;
                criterionFrom = -1;
                continue;
            }
            if (it.kind == Kind.UNKNOWN) {
                unknownFrom = unknownFrom < 0 ? it.start : unknownFrom;
                unknownTo = it.end;
            } else if (it.criterion) {
                criterionFrom = criterionFrom < 0 ? it.start : criterionFrom;
                criterionTo = it.end;
            }
        }
    }
}
