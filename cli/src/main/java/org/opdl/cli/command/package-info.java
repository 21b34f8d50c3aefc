/**
 * One class per {@code opdl} subcommand. Each is a picocli {@code Callable<Integer>} that parses
 * its options, calls the library, and prints the result through picocli's writers; none holds
 * logic that another tool would need.
 */
package org.opdl.cli.command;
