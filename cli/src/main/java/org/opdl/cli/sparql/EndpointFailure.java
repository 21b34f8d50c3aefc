package org.opdl.cli.sparql;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.opdl.cli.exit.InputException;

/**
 * What went wrong with a SPARQL store, said in one line that names the store and what to do: it is
 * down, too slow, refuses the credentials, fails, or is not a SPARQL store at all (a web page).
 * Every such failure ends the command with exit code 3.
 */
public final class EndpointFailure {

    private EndpointFailure() {
    }

    /** The store did not answer within its time limit. */
    public static InputException slow(Endpoint e) {
        long s = e.timeout().toSeconds();
        return new InputException(SparqlMessages.ENDPOINT_FAILURE_DID_NOT_ANSWER.text(e, s));
    }

    /** True when {@code e} says that a store did not answer in time. */
    public static boolean isSlow(InputException e) {
        return e.text().en().contains(SLOW);
    }

    /** The words of the English message of {@link #slow} that tell it apart (the bundle's endpoint-failure-did-not-answer). */
    private static final String SLOW = " did not answer within ";

    /** The failure {@code cause} of an operation on {@code e}, as a message naming it. */
    public static InputException of(Endpoint e, Throwable cause) {
        if (cause instanceof InputException i) {
            return i;
        }
        Throwable root = cause;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new InputException(SparqlMessages.ENDPOINT_FAILURE_CANNOT_REACH_CHECK.text(e, describe(t)));
            }
            if (t instanceof HttpTimeoutException) {
                return slow(e);
            }
            root = t;
        }
        int code = statusOf(cause);
        if (code > 0) {
            return status(e, code);
        }
        String what = describe(root);
        if (what.toLowerCase(Locale.ROOT).contains("text/html") || what.contains("<html") || what.contains("<!DOCTYPE")) {
            return notSparql(e);
        }
        return new InputException(SparqlMessages.ENDPOINT_FAILURE_GAVE_ANSWER_OPDL.text(e, what));
    }

    /** The store answered with a web page where SPARQL results or a status were expected. */
    public static InputException notSparql(Endpoint e) {
        return new InputException(SparqlMessages.ENDPOINT_FAILURE_ANSWERED_WEB_PAGE.text(e));
    }

    private static InputException status(Endpoint e, int code) {
        if (code == 401 || code == 403) {
            return new InputException(SparqlMessages.ENDPOINT_FAILURE_REFUSED_ACCESS_HTTP.text(e, code, Endpoint.USER_VARIABLE, Endpoint.PASSWORD_VARIABLE));
        }
        if (code == 404) {
            return new InputException(SparqlMessages.ENDPOINT_FAILURE_NO_SUCH_DATASET.text(e));
        }
        if (code >= 300 && code < 400) {
            return new InputException(SparqlMessages.ENDPOINT_FAILURE_REDIRECTS_ELSEWHERE_HTTP.text(e, code));
        }
        if (code >= 500) {
            return new InputException(SparqlMessages.ENDPOINT_FAILURE_FAILED_HTTP_REQUEST.text(e, code));
        }
        return new InputException(SparqlMessages.ENDPOINT_FAILURE_REFUSED_REQUEST_HTTP.text(e, code));
    }

    /** The HTTP status the store answered with, or 0 when the failure is not one. */
    private static int statusOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpException h && h.getStatusCode() > 0) {
                return h.getStatusCode();
            }
            if (c instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
                return q.getStatusCode();
            }
        }
        return 0;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        m = m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
        m = m.replaceAll("\\s+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
