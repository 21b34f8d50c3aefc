/**
 * Options that several {@code opdl} commands share, as picocli mixins: the language of output
 * ({@code --lang}), the output format ({@code --format}) and the limits on untrusted input.
 */
package org.opdl.cli.option;
