package org.opdl.schema.rdf;

import com.apicatalog.jsonld.JsonLdErrorCode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.ErrorHandler;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * Turns Jena's parse errors into {@link ReadException}s with the line and column. The warnings that
 * mean the syntax is wrong (an illegal character in an IRI, a name that is not an XML NCName, a
 * reused {@code rdf:ID}) are errors too: without that, 19 negative W3C syntax tests are accepted.
 * Other warnings (such as an ill-formed date literal) are left to the validator, which judges the
 * lexical form kept as written.
 */
final class RiotErrors implements ErrorHandler {

    /** The address of a context refused, in opdl's words or in titanium's for a context scoped to a term. */
    private static final Pattern REFUSED_CONTEXT = Pattern.compile(
            "(?:" + Pattern.quote(JsonLdLoading.REFUSED) + "|loading a remote context \\[)([^\\s\\]]+)");

    /** The code titanium gives when a document's processing passes its deadline. */
    private static final String TIMEOUT = JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED.name();

    private final String source;
    private final String format;
    private final Duration jsonLdTime;
    private final Duration jsonLdTimeEach;

    /** Errors of {@code source}, whose JSON-LD processing had {@code jsonLdTime}, {@code jsonLdTimeEach} for each 4 MiB begun. */
    RiotErrors(String source, String format, Duration jsonLdTime, Duration jsonLdTimeEach) {
        this.source = source;
        this.format = format;
        this.jsonLdTime = jsonLdTime;
        this.jsonLdTimeEach = jsonLdTimeEach;
    }

    @Override
    public void warning(String message, long line, long col) {
        if (isSyntax(message)) {
            throw syntax(message, line, col);
        }
    }

    /** True for the warnings that mean the file breaks its syntax rather than a value's lexical form. */
    static boolean isSyntax(String message) {
        return message != null && (message.startsWith("Illegal character in IRI") || message.contains("Spaces are not legal")
                || message.contains("UNWISE_CHARACTER") || message.contains("ILLEGAL_CHARACTER")
                || message.startsWith("Not a valid XML NCName") || message.startsWith("Reuse of rdf:ID")
                || message.contains("surrogate"));
    }

    @Override
    public void error(String message, long line, long col) {
        throw syntax(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw syntax(message, line, col);
    }

    ReadException syntax(String message, long line, long col) {
        // A parser may name an IRI as resolved against the stand-in base: it is shown against the OPDL namespace.
        String text = message == null ? "" : RelativeIris.withOpdlHost(message);
        String detail = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        Matcher refused = REFUSED_CONTEXT.matcher(text);
        if (refused.find()) {
            return new ReadException(ReaderRule.SYNTAX_JSONLD_CONTEXT, new Location.Text(source, Math.max(0, line), Math.max(0, col)),
                    RdfMessages.SYNTAX_JSONLD_CONTEXT_JSON_LD_CONTEXT.text(refused.group(1)),
                    RdfMessages.SYNTAX_JSONLD_CONTEXT_USE_CONTEXT.text(OpdlContext.IRI));
        }
        if (detail.contains(TIMEOUT)) {
            long ms = jsonLdTime.toMillis();
            long each = jsonLdTimeEach.toMillis();
            Text limit = ms > each ? RdfMessages.LIMIT_TIME_JSON_LD_PROCESSING_SIZED.text(ms, each)
                    : RdfMessages.LIMIT_TIME_JSON_LD_PROCESSING.text(ms);
            return LimitErrors.limit(ReaderRule.LIMIT_TIME, new Location.Text(source, Math.max(0, line), Math.max(0, col)), limit, "--jsonld-time");
        }
        if (detail.isBlank()) {
            // Jena passes on an exception of the JSON-LD processor that has no message, such as for
            // {"@list": [...]} straight under "@graph": say what the file should look like instead.
            return new ReadException(ReaderRule.SYNTAX_RDF, new Location.Text(source, Math.max(0, line), Math.max(0, col)),
                    RdfMessages.SYNTAX_RDF_FILE_NOT_VALID_2.text(format),
                    RdfMessages.SYNTAX_RDF_WRITE_LISTINGS_PLAIN.text());
        }
        // The whole message: an address the parser quotes may be longer than the part shown.
        ReadException graphName = RiotWords.explain(source, format, text, line, col);
        if (graphName != null) {
            return graphName;
        }
        return new ReadException(ReaderRule.SYNTAX_RDF, new Location.Text(source, Math.max(0, line), Math.max(0, col)),
                RdfMessages.SYNTAX_RDF_FILE_NOT_VALID_3.text(format, detail),
                RdfMessages.SYNTAX_RDF_CORRECT_PLACE.text(format));
    }
}
