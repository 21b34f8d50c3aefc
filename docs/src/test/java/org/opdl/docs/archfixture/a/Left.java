package org.opdl.docs.archfixture.a;

import org.opdl.docs.archfixture.b.Right;

/** Depends on {@link Right}, which depends back on it. */
public final class Left {

    /** The other side. */
    public Right other() {
        return new Right();
    }
}
