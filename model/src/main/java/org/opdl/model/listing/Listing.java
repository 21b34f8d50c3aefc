package org.opdl.model.listing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A description of one professional-development program for media producers, as its provider
 *     publishes it: who may apply, what it offers, when and where, and at what cost. A paid
 *     placement is also a schema:WorkBasedProgram, as the paid-placement program type says.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param id Identifier: The stable identifier of the listing: an https IRI, or listing: followed
 *     by the provider's code, a slash and the provider's own code for the program. It stays the
 *     same from one edition to the next.
 * @param provider Provider: The organization that runs the program and answers for the listing.
 * @param partners Partners: Other organizations that deliver the program with the provider.
 * @param funders Funders: Organizations that pay for the program, in whole or in part.
 * @param title Title: The name of the program as the provider publishes it, in each language the
 *     provider uses.
 * @param description Description: What the program offers and how it runs, in a few sentences, in
 *     each language the provider uses.
 * @param url Program page: The web page where the provider describes the program and explains how
 *     to apply.
 * @param programTypes Program types: The kinds of offer the program is, as codes of the
 *     program-type scheme; a program can be several at once.
 * @param topics Topics: What the program teaches, as codes of the topic scheme.
 * @param careerStages Career stages: The stages of the standard's career-stage scale that the
 *     program admits. Give them, or eligibility bounds from which they follow, or both.
 * @param stageWording Provider's stage wording: The words the provider itself uses for the career
 *     stage it targets, kept as published because the same word means different things at
 *     different providers.
 * @param eligibility Eligibility: The conditions an applicant must meet, as measurable bounds and
 *     codes.
 * @param participationUnit Participation unit: Who applies and takes part as one unit: a person, a
 *     team, a company, or a mentor with a mentee.
 * @param deliveryMode Delivery mode: Whether participants take part in person, online, or both.
 * @param locations Locations: The places where the in-person parts of the program happen.
 * @param workingLanguages Working languages: The languages the program is run in, as BCP 47 tags
 *     such as en, fr or iu, the main one first.
 * @param accessibility Accessibility: How the program supports participants with disabilities or
 *     other access needs.
 * @param intakes Intakes: The rounds in which the program takes participants, each with its own
 *     dates and places, earliest first. An intake states at least one date or its number of
 *     places; a rolling program has one intake.
 * @param duration Duration: How long the program lasts from start to end, as an ISO 8601 duration
 *     in the form RDF accepts (xsd:duration): years, months, days and time, such as P8M (8 months)
 *     or P140D (20 weeks, written in days).
 * @param timeCommitment Time commitment: How much of a participant's working week the program
 *     takes.
 * @param recurrence Recurrence: How often the program is offered: every year, on a rolling basis,
 *     or once.
 * @param fees Fees: What a participant pays to apply or to take part.
 * @param stipend Stipend: Money paid to the participant for taking part, such as the pay of a
 *     placement.
 * @param award Award: Money given to the participant's project, as a fixed amount or as a range
 *     from a minimum to a maximum.
 * @param subsidy Cost subsidy: A share of the participant's costs that the program pays back, with
 *     an optional cap.
 * @param moneyNotes Money notes: Anything about fees, stipends, awards or subsidies that the other
 *     fields cannot express.
 * @param contact Contact: Whom applicants write to with questions about the program.
 * @param status Status: Where the listing stands for applicants: open, upcoming, closed or
 *     discontinued.
 * @param lastUpdated Last updated: When the information in the listing was last checked or
 *     changed, as a date and time with its offset from UTC.
 * @param source Source: The public page the information was taken from.
 */
public record Listing(
        String id,
        Organization provider,
        List<Organization> partners,
        List<Organization> funders,
        Map<String, String> title,
        Map<String, String> description,
        String url,
        List<String> programTypes,
        List<String> topics,
        List<String> careerStages,
        Map<String, String> stageWording,
        Optional<Eligibility> eligibility,
        String participationUnit,
        String deliveryMode,
        List<Place> locations,
        List<String> workingLanguages,
        Map<String, String> accessibility,
        List<Intake> intakes,
        Optional<String> duration,
        Optional<TimeCommitment> timeCommitment,
        Optional<String> recurrence,
        List<Fee> fees,
        Optional<Stipend> stipend,
        Optional<Award> award,
        Optional<Subsidy> subsidy,
        Map<String, String> moneyNotes,
        ContactPoint contact,
        String status,
        OffsetDateTime lastUpdated,
        String source) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Listing {
        Values.required(id, "id");
        Values.required(provider, "provider");
        partners = Values.list(partners, "partners", false);
        funders = Values.list(funders, "funders", false);
        title = Values.text(title, "title", true);
        description = Values.text(description, "description", true);
        Values.required(url, "url");
        programTypes = Values.list(programTypes, "programTypes", true);
        topics = Values.list(topics, "topics", false);
        careerStages = Values.list(careerStages, "careerStages", false);
        stageWording = Values.text(stageWording, "stageWording", false);
        Values.optional(eligibility, "eligibility");
        Values.required(participationUnit, "participationUnit");
        Values.required(deliveryMode, "deliveryMode");
        locations = Values.list(locations, "locations", false);
        workingLanguages = Values.list(workingLanguages, "workingLanguages", true);
        accessibility = Values.text(accessibility, "accessibility", false);
        intakes = Values.list(intakes, "intakes", true);
        Values.optional(duration, "duration");
        Values.optional(timeCommitment, "timeCommitment");
        Values.optional(recurrence, "recurrence");
        fees = Values.list(fees, "fees", false);
        Values.optional(stipend, "stipend");
        Values.optional(award, "award");
        Values.optional(subsidy, "subsidy");
        moneyNotes = Values.text(moneyNotes, "moneyNotes", false);
        Values.required(contact, "contact");
        Values.required(status, "status");
        Values.required(lastUpdated, "lastUpdated");
        Values.required(source, "source");
    }
}
