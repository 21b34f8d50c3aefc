package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a validator runs, by id, in catalogue order, and their words. It rejects two rules with
 * the same id, so that an id always names one check, and a rule without its words, so that a
 * finding is never left without a message. Built-ins come from
 * {@link org.opdl.validator.rules.BuiltInRules}; a rule from outside is added with
 * {@link #with(Rule, Messages)}, bringing its own message bundle.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules;
    private final Messages messages;

    private RuleRegistry(Map<String, Rule> rules, Messages messages) {
        this.rules = Collections.unmodifiableMap(rules);
        this.messages = messages;
    }

    /** A registry of these rules, in this order, whose words are among the built-in rules' words. */
    public static RuleRegistry of(List<? extends Rule> rules) {
        return of(rules, Messages.standard());
    }

    private static RuleRegistry of(List<? extends Rule> rules, Messages messages) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (map.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules have the id " + r.id());
            }
            if (!messages.has(r.id() + ".title")) {
                throw new IllegalArgumentException("rule " + r.id() + " has no words: give its message bundle"
                        + " (English and French) with RuleRegistry.with(rule, Messages.bundle(...))");
            }
        }
        return new RuleRegistry(map, messages);
    }

    /** A copy with one more rule, whose words are already known to this registry. */
    public RuleRegistry with(Rule rule) {
        return with(rule, messages);
    }

    /**
     * A copy with one more rule and its words, such as a rule from outside the built-in set with
     * {@code Messages.bundle(MyRule.class, "messages")}. The built-in words keep their meaning.
     */
    public RuleRegistry with(Rule rule, Messages words) {
        List<Rule> all = new ArrayList<>(rules.values());
        all.add(rule);
        return of(all, words == messages ? messages : messages.with(words));
    }

    /** The words of every rule here, in English and French. */
    public Messages messages() {
        return messages;
    }

    /** Every rule, in catalogue order. */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    /** The rule with this id, if any. */
    public Optional<Rule> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** True when a rule has this id. */
    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /** The rules of one kind, in catalogue order. */
    public <T extends Rule> List<T> ofKind(Class<T> kind) {
        return rules.values().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
