package org.opdl.validator.match;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What an applicant must bring besides a career: a company that applies, a host company that
 * applies with the producer, or a project of its own at one of the stages the program names. A profile shows
 * none of them, so each is said with its fit unknown, never a fit that would send a producer without
 * them to apply.
 */
final class Applicant implements Criterion {

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        String unit = listing.path("participationUnit").asString("");
        if (unit.equals("company") || unit.equals("mentor-mentee-pair")) {
            String key = unit.equals("company") ? "applicant.company" : "applicant.mentor-mentee-pair";
            out.add(new Match.Check("applicant", Match.Outcome.UNKNOWN, Reason.of(key), false));
        }
        List<String> stages = Audience.codes(listing.path("eligibility").path("projectStages"));
        if (!stages.isEmpty()) {
            out.add(new Match.Check("project", Match.Outcome.UNKNOWN,
                    Reason.of("project.required", Reason.either("project-stage", stages)), false));
        }
    }
}
