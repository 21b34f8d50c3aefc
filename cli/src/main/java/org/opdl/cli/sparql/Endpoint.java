package org.opdl.cli.sparql;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.SideFile;

/**
 * A SPARQL store the user named: its dataset address (queries, updates and the Graph Store Protocol
 * all at that address, as Fuseki serves them), the credentials to send it, and how long to wait.
 *
 * @param uri the dataset's address, HTTPS or plain HTTP to this machine
 * @param user the user name, or null to send no credentials
 * @param password the password, or null
 * @param timeout how long one operation may take before the command gives up
 */
public record Endpoint(URI uri, String user, String password, Duration timeout) {

    /** The environment variable that holds the user name. */
    public static final String USER_VARIABLE = "OPDL_SPARQL_USER";
    /** The environment variable that holds the password. */
    public static final String PASSWORD_VARIABLE = "OPDL_SPARQL_PASSWORD";

    /** Leaves the password out, so that it never reaches a log or a message. */
    @Override
    public String toString() {
        return uri.toString();
    }

    /**
     * The endpoint at {@code address}, checked.
     *
     * @param credentials a file holding one line {@code user:password}, or null to read the
     *     environment variables {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}
     * @param environment the process environment
     * @throws UsageException for an address that is not HTTPS or local, or that carries credentials
     * @throws InputException for a credentials file that cannot be read
     */
    public static Endpoint of(String address, Path credentials, Map<String, String> environment, Duration timeout) {
        URI uri = parse(address);
        String user = null;
        String password = null;
        if (credentials != null) {
            String line = readCredentials(credentials);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InputException(SparqlMessages.ENDPOINT_MUST_HOLD_ONE.text(credentials));
            }
            user = line.substring(0, colon);
            password = line.substring(colon + 1);
        } else if (environment.get(USER_VARIABLE) != null) {
            user = environment.get(USER_VARIABLE);
            password = environment.getOrDefault(PASSWORD_VARIABLE, "");
        }
        return new Endpoint(uri, user, password, timeout);
    }

    private static URI parse(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new UsageException(SparqlMessages.ENDPOINT_NOT_ADDRESS_GIVE.text(address, e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new UsageException(SparqlMessages.ENDPOINT_NOT_HTTP_S.text(address));
        }
        if (uri.getRawUserInfo() != null) {
            address = address.replace(uri.getRawUserInfo() + "@", "…@");
            throw new UsageException(SparqlMessages.ENDPOINT_CARRIES_CREDENTIALS_COMMAND.text(address, USER_VARIABLE, PASSWORD_VARIABLE));
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            throw new UsageException(SparqlMessages.ENDPOINT_PLAIN_HTTP_ANOTHER.text(address));
        }
        return uri;
    }

    /** True for this machine's names and addresses, without asking a name server. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.startsWith("[")) {
            try {
                return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static String readCredentials(Path file) {
        return SideFile.text(file).lines().findFirst().orElse("").strip();
    }

    /** A connection to the dataset: no redirects followed, credentials sent only to its host. */
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder().destination(uri.toString()).httpClient(http()).build();
    }

    /** An HTTP client for the dataset: no redirects followed, credentials sent only to its host. */
    HttpClient http() {
        HttpClient.Builder http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout);
        if (user != null) {
            String host = uri.getHost();
            http.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    if (getRequestorType() != RequestorType.SERVER || !host.equalsIgnoreCase(getRequestingHost())) {
                        return null;
                    }
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        return http.build();
    }

    /**
     * Runs one operation against the endpoint within the time limit.
     *
     * @throws InputException naming the endpoint and what to do when it fails or does not answer in time
     */
    public <T> T call(Callable<T> operation) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "opdl-endpoint");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> result = worker.submit(operation);
            try {
                return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                throw EndpointFailure.slow(this);
            } catch (ExecutionException e) {
                throw EndpointFailure.of(this, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw EndpointFailure.slow(this);
            }
        } finally {
            worker.shutdownNow();
        }
    }
}
