package org.opdl.validator.landscape;

import java.util.List;
import java.util.Set;

/**
 * The figures of the industry report behind the standard (CMPA, "Professional development for media
 * producers in Canada", September 2023) that a dataset can be set beside: it analysed over 200
 * programs, found over half of them to be mentorships and internships, and most of them aimed at
 * the very early career.
 */
final class Comparisons {

    /** Program types the industry report calls mentorships and internships. */
    static final Set<String> MENTORING = Set.of("mentorship", "paid-placement", "shadowing");
    /** Stages the industry report calls the very early stages of a career. */
    static final Set<String> EARLY = Set.of("entry", "emerging", "early-career");
    /** Programs the industry report analysed: over 200. */
    static final double PROGRAMS = 200;
    /** Over 50% were mentorships and internships; most were for the early career. */
    static final double HALF = 0.5;

    private Comparisons() {
    }

    static List<Landscape.Comparison> of(long included, long mentoring, long early, long staged) {
        return List.of(
                new Landscape.Comparison("programs", included, included, PROGRAMS, included > PROGRAMS),
                new Landscape.Comparison("mentorship-share", mentoring, included, HALF, 2 * mentoring > included),
                new Landscape.Comparison("early-career-share", early, staged, HALF, 2 * early > staged));
    }
}
