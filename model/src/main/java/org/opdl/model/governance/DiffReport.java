package org.opdl.model.governance;

import java.util.List;
import java.util.Optional;

/**
 * What changed between two copies of the standard's tables, and whether the versions moved enough.
 *
 * @param changes every change, in the order of the tables and then of their rows
 * @param bumps the standard's version and each scheme's, with the class their changes need
 * @param beforeProblems tables of the older copy that could not be read (left out of the comparison)
 * @param afterProblems tables of the newer copy that could not be read (left out of the comparison), and the
 *     problems {@link StandardCheck} finds in it
 */
public record DiffReport(List<StandardChange> changes, List<VersionBump> bumps, List<TableProblem> beforeProblems,
        List<TableProblem> afterProblems) {

    /** Copies the lists. */
    public DiffReport {
        changes = List.copyOf(changes);
        bumps = List.copyOf(bumps);
        beforeProblems = List.copyOf(beforeProblems);
        afterProblems = List.copyOf(afterProblems);
    }

    /** The most serious class among the changes, or empty when the tables say the same. */
    public Optional<ChangeLevel> level() {
        return changes.stream().map(StandardChange::level).max(Enum::compareTo);
    }

    /** The bumps that fall short of what their changes need. */
    public List<VersionBump> missingBumps() {
        return bumps.stream().filter(b -> !b.sufficient()).toList();
    }

    /** Whether both copies were read whole and every version moved as far as its changes need. */
    public boolean releasable() {
        return beforeProblems.isEmpty() && afterProblems.isEmpty() && missingBumps().isEmpty();
    }
}
