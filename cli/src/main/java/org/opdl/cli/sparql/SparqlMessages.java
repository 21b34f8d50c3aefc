package org.opdl.cli.sparql;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the SPARQL store commands in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum SparqlMessages implements Message {
    ENDPOINT_CANNOT_READ_CREDENTIALS("endpoint.cannot-read-credentials"),
    ENDPOINT_CARRIES_CREDENTIALS_COMMAND("endpoint.carries-credentials-command"),
    ENDPOINT_FAILURE_ANSWERED_WEB_PAGE("endpoint-failure.answered-web-page"),
    ENDPOINT_FAILURE_CANNOT_REACH_CHECK("endpoint-failure.cannot-reach-check"),
    ENDPOINT_FAILURE_DID_NOT_ANSWER("endpoint-failure.did-not-answer"),
    ENDPOINT_FAILURE_FAILED_HTTP_REQUEST("endpoint-failure.failed-http-request"),
    ENDPOINT_FAILURE_GAVE_ANSWER_OPDL("endpoint-failure.gave-answer-opdl"),
    ENDPOINT_FAILURE_NO_SUCH_DATASET("endpoint-failure.no-such-dataset"),
    ENDPOINT_FAILURE_REDIRECTS_ELSEWHERE_HTTP("endpoint-failure.redirects-elsewhere-http"),
    ENDPOINT_FAILURE_REFUSED_ACCESS_HTTP("endpoint-failure.refused-access-http"),
    ENDPOINT_FAILURE_REFUSED_REQUEST_HTTP("endpoint-failure.refused-request-http"),
    ENDPOINT_MUST_HOLD_ONE("endpoint.must-hold-one"),
    ENDPOINT_NOT_ADDRESS_GIVE("endpoint.not-address-give"),
    ENDPOINT_NOT_HTTP_S("endpoint.not-http-s"),
    ENDPOINT_PLAIN_HTTP_ANOTHER("endpoint.plain-http-another"),
    PROVIDER_GRAPHS_CANNOT_NAME_GRAPH("provider-graphs.cannot-name-graph"),
    PROVIDER_GRAPHS_DATASET_LISTINGS_MORE("provider-graphs.dataset-listings-more"),
    PROVIDER_GRAPHS_NAMES_PROVIDER_NEITHER("provider-graphs.names-provider-neither"),
    PUBLISHER_EITHER_ALL_OR_NONE("publisher.either-all-or-none"),
    PUBLISHER_NONE_CHANGED("publisher.none-changed"),
    QUERY_RUNNER_LINE_COLUMN_FIX("query-runner.line-column-fix"),
    QUERY_RUNNER_RAN_LONGER_THAN("query-runner.ran-longer-than"),
    QUERY_RUNNER_SERVICE_CLAUSE_WOULD("query-runner.service-clause-would");

    private static final Bundle BUNDLE = Bundle.of(SparqlMessages.class, "messages");

    private final String key;

    SparqlMessages(String key) {
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
