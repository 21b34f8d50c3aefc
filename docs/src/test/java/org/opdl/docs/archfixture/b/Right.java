package org.opdl.docs.archfixture.b;

import org.opdl.docs.archfixture.a.Left;

/** Depends on {@link Left}, which depends on it: a package cycle. */
public final class Right {

    /** The other side. */
    public Left other() {
        return new Left();
    }
}
