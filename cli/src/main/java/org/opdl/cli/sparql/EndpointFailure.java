package org.opdl.cli.sparql;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.opdl.cli.exit.InputException;
import org.opdl.model.text.Text;

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
        return new InputException(new Text(e + SLOW + s + " s; check that the store is running and "
                + "not overloaded, or allow it more time with --timeout",
                e + " n'a pas répondu en " + s + " s ; vérifiez que le magasin fonctionne et n'est pas surchargé, "
                + "ou laissez-lui plus de temps avec --timeout"));
    }

    /** True when {@code e} says that a store did not answer in time. */
    public static boolean isSlow(InputException e) {
        return e.text().en().contains(SLOW);
    }

    private static final String SLOW = " did not answer within ";

    /** The failure {@code cause} of an operation on {@code e}, as a message naming it. */
    public static InputException of(Endpoint e, Throwable cause) {
        if (cause instanceof InputException i) {
            return i;
        }
        Throwable root = cause;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new InputException(new Text("cannot reach " + e + " (" + describe(t) + "); check that the store "
                        + "is running and that the address is right", "impossible de joindre " + e + " (" + describe(t)
                        + ") ; vérifiez que le magasin fonctionne et que l'adresse est juste"));
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
        if (what.toLowerCase(java.util.Locale.ROOT).contains("text/html") || what.contains("<html") || what.contains("<!DOCTYPE")) {
            return notSparql(e);
        }
        return new InputException(new Text(e + " gave an answer opdl cannot read (" + what + "); check that the address "
                + "is that of a SPARQL dataset, such as http://localhost:3030/opdl",
                e + " a donné une réponse qu'opdl ne peut pas lire (" + what + ") ; vérifiez que l'adresse est celle d'un jeu "
                + "de données SPARQL, comme http://localhost:3030/opdl"));
    }

    /** The store answered with a web page where SPARQL results or a status were expected. */
    public static InputException notSparql(Endpoint e) {
        return new InputException(new Text(e + " answered with a web page (text/html), not SPARQL; give the address of "
                + "the dataset itself, such as http://localhost:3030/opdl for Fuseki",
                e + " a répondu par une page Web (text/html), pas en SPARQL ; donnez l'adresse du jeu de données lui-même, "
                + "comme http://localhost:3030/opdl pour Fuseki"));
    }

    private static InputException status(Endpoint e, int code) {
        if (code == 401 || code == 403) {
            return new InputException(new Text(e + " refused access (HTTP " + code + "); set " + Endpoint.USER_VARIABLE + " and "
                    + Endpoint.PASSWORD_VARIABLE + ", or give --credentials FILE, for an account allowed to write there",
                    e + " a refusé l'accès (HTTP " + code + ") ; définissez " + Endpoint.USER_VARIABLE + " et "
                    + Endpoint.PASSWORD_VARIABLE + ", ou donnez --credentials FICHIER, pour un compte qui peut y écrire"));
        }
        if (code == 404) {
            return new InputException(new Text(e + " has no such dataset (HTTP 404); give the dataset's address, such as "
                    + "http://localhost:3030/opdl, and create the dataset first",
                    e + " n'a pas ce jeu de données (HTTP 404) ; donnez l'adresse du jeu de données, comme "
                    + "http://localhost:3030/opdl, et créez-le d'abord"));
        }
        if (code >= 300 && code < 400) {
            return new InputException(new Text(e + " redirects elsewhere (HTTP " + code + "); opdl sends nothing to an address "
                    + "you did not give: give the final address", e + " redirige ailleurs (HTTP " + code
                    + ") ; opdl n'envoie rien à une adresse que vous n'avez pas donnée : donnez l'adresse finale"));
        }
        if (code >= 500) {
            return new InputException(new Text(e + " failed (HTTP " + code + "); the request changed nothing there; see the "
                    + "store's log, then try again", e + " a échoué (HTTP " + code + ") ; la requête n'y a rien changé ; "
                    + "consultez le journal du magasin, puis réessayez"));
        }
        return new InputException(new Text(e + " refused the request (HTTP " + code + "); check that the address is that of "
                + "a SPARQL dataset that accepts updates", e + " a refusé la requête (HTTP " + code
                + ") ; vérifiez que l'adresse est celle d'un jeu de données SPARQL qui accepte les mises à jour"));
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
