package org.opdl.cli.command;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the commands in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum CommandMessages implements Message {
    CLASSIFY_CANNOT_NEGATIVE_USE("classify.cannot-negative-use"),
    CLASSIFY_COLON("classify.colon"),
    CLASSIFY_FIGURE_PROBLEM("classify.figure-problem"),
    CLASSIFY_MORE("classify.more"),
    CLASSIFY_MUST_WHOLE_NUMBER("classify.must-whole-number"),
    CLASSIFY_NEXT_STAGE_NONE("classify.next-stage-none"),
    CLASSIFY_OPDL_CLASSIFY_PRINTS("classify.opdl-classify-prints"),
    CLASSIFY_REACH("classify.reach"),
    CLASSIFY_STAGE("classify.stage"),
    CLASSIFY_TOO_LARGE_MOST("classify.too-large-most"),
    CLASSIFY_WHY("classify.why"),
    CONVERT_CANNOT_CONVERT_NOTHING("convert.cannot-convert-nothing"),
    CONVERT_CANNOT_TELL_OUTPUT("convert.cannot-tell-output"),
    CONVERT_CONVERTED("convert.converted"),
    CONVERT_EVERY_MAX_LIMIT("convert.every-max-limit"),
    CONVERT_LARGER_THAN_MAX("convert.larger-than-max"),
    CONVERT_OPDL_CONVERTED_LISTING("convert.opdl-converted-listing"),
    CONVERT_SAY_FORMAT_WRITE("convert.say-format-write"),
    CONVERT_STANDARD_OUTPUT("convert.standard-output"),
    INPUT_FORMATS_UNKNOWN_FORMAT_USE("input-formats.unknown-format-use"),
    MATCH_CANNOT_READ_PROFILE("match.cannot-read-profile"),
    MATCH_CANNOT_READ_PROFILE_2("match.cannot-read-profile-2"),
    MATCH_DATASET_OPDL_OPDL("match.dataset-opdl-opdl"),
    MATCH_FORMAT_MUST_TEXT("match.format-must-text"),
    MATCH_HOLDS_NO_LISTING("match.holds-no-listing"),
    MATCH_LIMIT_NEGATIVE("match.limit-negative"),
    MATCH_PROFILE_CANNOT_MATCHED("match.profile-cannot-matched"),
    MERGE_CANNOT_TELL_FORMAT("merge.cannot-tell-format"),
    MERGE_NO_LISTING_NOTHING("merge.no-listing-nothing"),
    MERGE_OPDL("merge.opdl"),
    MERGE_OPDL_LISTING_S("merge.opdl-listing-s"),
    MERGE_PREFER_MUST_NEWEST("merge.prefer-must-newest"),
    NOTES_FIX("notes.fix"),
    NOTES_OPDL_MORE_NOT("notes.opdl-more-not"),
    PUBLISH_CANNOT_PREPARE_STORE("publish.cannot-prepare-store"),
    PUBLISH_NOTHING_SENT_ALREADY("publish.nothing-sent-already"),
    PUBLISH_OPDL_NOTHING_SENT("publish.opdl-nothing-sent"),
    PUBLISH_OPDL_PUBLISHED_LISTING("publish.opdl-published-listing"),
    PUBLISH_OPDL_VOCABULARY_PUBLISHED("publish.opdl-vocabulary-published"),
    PUBLISH_TIMEOUT_TAKES_WHOLE("publish.timeout-takes-whole"),
    QUERY_CANNOT_READ("query.cannot-read"),
    QUERY_CANNOT_READ_NO("query.cannot-read-no"),
    QUERY_FORMAT_TAKES_TABLE("query.format-takes-table"),
    QUERY_GIVE_EITHER_LISTING("query.give-either-listing"),
    REPORT_FORMAT_MUST_HTML("report.format-must-html"),
    REPORT_HOLDS_NO_LISTING("report.holds-no-listing"),
    REPORT_OPDL_REPORTED_LISTING("report.opdl-reported-listing"),
    SCHEMA_CANNOT_WRITE_NOTHING("schema.cannot-write-nothing"),
    SCHEMA_UNKNOWN_ARTIFACT_USE("schema.unknown-artifact-use"),
    SERVE_OPDL_CANNOT_OPEN("serve.opdl-cannot-open"),
    SERVE_OPDL_PAGE_READY("serve.opdl-page-ready"),
    SERVE_PORT_TAKES_0("serve.port-takes-0"),
    SERVE_PORT_USE_START("serve.port-use-start"),
    STAGES_AND("stages.and"),
    STAGES_MINIMUMS("stages.minimums"),
    STAGES_NONE("stages.none"),
    STANDARD_CHECK_FIX("standard-check.fix"),
    STANDARD_CHECK_NOT_FOLDER_STANDARD("standard-check.not-folder-standard"),
    STANDARD_CHECK_NO_PROBLEM_THESE("standard-check.no-problem-these"),
    STANDARD_CHECK_PROBLEM_FIX("standard-check.problem-fix"),
    STANDARD_DIFF_CHANGE_S_MAJOR("standard-diff.change-s-major"),
    STANDARD_DIFF_FIX("standard-diff.fix"),
    STANDARD_DIFF_MAJOR("standard-diff.level.major"),
    STANDARD_DIFF_MINOR("standard-diff.level.minor"),
    STANDARD_DIFF_NOT_FOLDER_STANDARD("standard-diff.not-folder-standard"),
    STANDARD_DIFF_PATCH("standard-diff.level.patch"),
    STANDARD_DIFF_VERSIONS("standard-diff.versions"),
    STANDARD_DIFF_VERSIONS_FOLLOW_CHANGES("standard-diff.versions-follow-changes"),
    STANDARD_DIFF_VERSIONS_MUST_CHANGE("standard-diff.versions-must-change"),
    STANDARD_DIFF_WHY("standard-diff.why"),
    TEMPLATE_UNKNOWN_TEMPLATE_FORMAT("template.unknown-template-format"),
    TEMPLATE_WORKBOOK_CANNOT_WRITTEN("template.workbook-cannot-written"),
    VALIDATE_OPDL_ANNOTATED_COPY("validate.opdl-annotated-copy"),
    VALIDATE_OPDL_REPORT_WRITTEN("validate.opdl-report-written"),
    VALIDATE_VALIDATED("validate.validated"),
    VALIDATION_SETTINGS_EVERY_MAX_LIMIT("validation-settings.every-max-limit"),
    VALIDATION_SETTINGS_MAX_SHOWN_TAKES("validation-settings.max-shown-takes"),
    VALIDATION_SETTINGS_RULE_TAKES_ID("validation-settings.rule-takes-id"),
    VALIDATION_SETTINGS_TAKES_DATE_NOT("validation-settings.takes-date-not"),
    VALIDATION_SETTINGS_TAKES_DATE_YYYY("validation-settings.takes-date-yyyy"),
    VALIDATION_SETTINGS_UNKNOWN_LEVEL_USE("validation-settings.unknown-level-use"),
    VOCAB_ALSO("vocab.also"),
    VOCAB_BROADER("vocab.broader"),
    VOCAB_CLOSE_MATCH("vocab.close-match"),
    VOCAB_COLON("vocab.colon"),
    VOCAB_DEPRECATED_REPLACED("vocab.deprecated-replaced"),
    VOCAB_EXACT_MATCH("vocab.exact-match"),
    VOCAB_LOOKUP_ALTERNATIVE_LABEL("vocab-lookup.alternative-label"),
    VOCAB_LOOKUP_CLOSE("vocab-lookup.close"),
    VOCAB_LOOKUP_CRITERION_LEFT_ELIGIBILITY("vocab-lookup.criterion-left-eligibility"),
    VOCAB_LOOKUP_CROSSWALK("vocab-lookup.crosswalk"),
    VOCAB_LOOKUP_LABEL("vocab-lookup.label"),
    VOCAB_LOOKUP_LOOKUP_NEEDS_WORD("vocab-lookup.lookup-needs-word"),
    VOCAB_LOOKUP_NEAREST("vocab-lookup.nearest"),
    VOCAB_LOOKUP_NEAREST_LABELS("vocab-lookup.nearest-labels"),
    VOCAB_LOOKUP_NO_CONCEPT_MATCHES("vocab-lookup.no-concept-matches"),
    VOCAB_LOOKUP_NO_LABEL_CLOSE("vocab-lookup.no-label-close"),
    VOCAB_LOOKUP_QUOTED("vocab-lookup.quoted"),
    VOCAB_LOOKUP_UNMAPPED_NAMES_NO("vocab-lookup.unmapped-names-no"),
    VOCAB_OPDL_VOCAB_PRINTS("vocab.opdl-vocab-prints"),
    VOCAB_UNKNOWN_SCHEME_SCHEMES("vocab.unknown-scheme-schemes"),
    WORKBOOK_NOTES_ANNOTATE_WRITES_COPY("workbook-notes.annotate-writes-copy"),
    WORKBOOK_NOTES_ANNOTATE_WRITES_WORKBOOK("workbook-notes.annotate-writes-workbook"),
    MIGRATE_CANNOT_STDOUT("migrate.cannot-stdout"),
    MIGRATE_CANNOT_FILE("migrate.cannot-file"),
    MIGRATE_MIGRATED("migrate.migrated");

    private static final Bundle BUNDLE = Bundle.of(CommandMessages.class, "messages");

    private final String key;

    CommandMessages(String key) {
        this.key = key;
    }

    @Override
    public Bundle bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return key;
    }
}
