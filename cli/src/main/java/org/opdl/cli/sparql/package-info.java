/**
 * The SPARQL stores that {@code opdl publish} and {@code opdl query} talk to. {@link
 * org.opdl.cli.sparql.Endpoint} is an address the user gave, checked (HTTPS, or plain HTTP to this
 * machine only), with credentials read from the environment or a file and a time limit; its
 * connections follow no redirects, so nothing is sent to an address the user did not give. {@link
 * org.opdl.cli.sparql.EndpointFailure} turns what went wrong into one line that names the endpoint
 * and says what to do.
 */
package org.opdl.cli.sparql;
