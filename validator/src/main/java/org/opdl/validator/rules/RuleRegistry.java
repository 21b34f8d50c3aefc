package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a validator runs, by id, in catalogue order. It rejects two rules with the same id, so
 * that an id always names one check. Built-ins come from {@link BuiltInRules}; extensions are added
 * with {@link #with(Rule)}.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** A registry of these rules, in this order. */
    public static RuleRegistry of(List<? extends Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (map.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules have the id " + r.id());
            }
        }
        return new RuleRegistry(map);
    }

    /** A copy with one more rule. */
    public RuleRegistry with(Rule rule) {
        List<Rule> all = new ArrayList<>(rules.values());
        all.add(rule);
        return of(all);
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
