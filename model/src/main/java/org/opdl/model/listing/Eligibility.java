package org.opdl.model.listing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurable conditions an applicant must meet to take part in a program.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param minCompletedWorks Minimum completed works: The smallest number of completed works an
 *     applicant may have.
 * @param maxCompletedWorks Maximum completed works: The largest number of completed works an
 *     applicant may have.
 * @param minCredits Minimum professional credits: The smallest number of professional credits an
 *     applicant may have.
 * @param maxCredits Maximum professional credits: The largest number of professional credits an
 *     applicant may have.
 * @param minYears Minimum years of professional practice: The smallest number of years of
 *     professional practice an applicant may have.
 * @param maxYears Maximum years of professional practice: The largest number of years of
 *     professional practice an applicant may have.
 * @param minAge Minimum age: The youngest age, in years, at which an applicant may apply.
 * @param maxAge Maximum age: The oldest age, in years, at which an applicant may still apply.
 * @param residence Residence: Where applicants must live, as codes of the region scheme; any one
 *     of them is enough.
 * @param residencyStatus Citizenship or residency status: The citizenship or immigration statuses
 *     that qualify an applicant; any one of them is enough.
 * @param membershipRequired Membership required: The membership an applicant or the applicant's
 *     company must hold, such as membership in an association.
 * @param canadianOwned Canadian-owned company: True when the applicant's company must be
 *     Canadian-owned and controlled.
 * @param maxEmployees Maximum employees: The largest number of full-time employees the applicant's
 *     company may have.
 * @param targetGroups Target groups: The groups the program reserves places for, gives priority to
 *     or specially invites, as codes of the target-group scheme.
 * @param notes Eligibility notes: Conditions that the other fields cannot express, in the
 *     provider's words.
 */
public record Eligibility(
        Optional<Integer> minCompletedWorks,
        Optional<Integer> maxCompletedWorks,
        Optional<Integer> minCredits,
        Optional<Integer> maxCredits,
        Optional<Integer> minYears,
        Optional<Integer> maxYears,
        Optional<Integer> minAge,
        Optional<Integer> maxAge,
        List<String> residence,
        List<String> residencyStatus,
        Map<String, String> membershipRequired,
        Optional<Boolean> canadianOwned,
        Optional<Integer> maxEmployees,
        List<String> targetGroups,
        Map<String, String> notes) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Eligibility {
        Values.optional(minCompletedWorks, "minCompletedWorks");
        Values.optional(maxCompletedWorks, "maxCompletedWorks");
        Values.optional(minCredits, "minCredits");
        Values.optional(maxCredits, "maxCredits");
        Values.optional(minYears, "minYears");
        Values.optional(maxYears, "maxYears");
        Values.optional(minAge, "minAge");
        Values.optional(maxAge, "maxAge");
        residence = Values.list(residence, "residence", false);
        residencyStatus = Values.list(residencyStatus, "residencyStatus", false);
        membershipRequired = Values.text(membershipRequired, "membershipRequired", false);
        Values.optional(canadianOwned, "canadianOwned");
        Values.optional(maxEmployees, "maxEmployees");
        targetGroups = Values.list(targetGroups, "targetGroups", false);
        notes = Values.text(notes, "notes", false);
    }
}
