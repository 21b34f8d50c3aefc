/**
 * The local page of {@code opdl serve}: a small web server on the JDK's own HTTP server, bound to
 * the loopback address, that checks a dropped file with the same readers, validator and report
 * renderers as the command line and offers its reports and conversions for download. Each class
 * does one thing: {@link org.opdl.cli.serve.Guard} refuses foreign hosts and origins,
 * {@link org.opdl.cli.serve.Upload} holds one upload under the limits in a private directory, and
 * the handlers answer. Nothing is logged or kept once a response is sent.
 */
package org.opdl.cli.serve;
