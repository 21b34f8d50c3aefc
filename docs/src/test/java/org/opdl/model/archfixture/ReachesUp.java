package org.opdl.model.archfixture;

import org.opdl.cli.Main;

/** Breaks the layer rule: model code that calls the command line. */
public final class ReachesUp {

    /** Runs the command line, which a model class has no business doing. */
    public static Runnable command() {
        return new Main();
    }
}
