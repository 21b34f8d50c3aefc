package org.opdl.validator.match;

import org.opdl.model.text.Text;

/**
 * How the reader of a match text asks for more than it shows: with the options of {@code opdl
 * match}, or with the boxes of the page's form, which the text then names by their labels. A person
 * on the page has no command line.
 */
public sealed interface MatchControls permits MatchControls.CommandLine, MatchControls.Page {

    /** The options of {@code opdl match}: {@code --include-closed}, {@code --limit} and {@code --all}. */
    MatchControls COMMAND_LINE = new CommandLine();

    /** The options of {@code opdl match}. */
    record CommandLine() implements MatchControls {
    }

    /**
     * The boxes of the page's matching form, named by their labels.
     *
     * @param includeClosed the label of the box that also judges closed programs and passed deadlines
     * @param all the label of the box that lists every program
     */
    record Page(Text includeClosed, Text all) implements MatchControls {
    }
}
