package org.opdl.docs.archfixture;

import org.opdl.validator.internal.memo.Memo;

/** Breaks the internal rule: code outside the validator that uses its internal memo. */
public final class UsesInternal {

    /** A memo no other module may build. */
    public static Memo<Integer> lengths() {
        return new Memo<>(16, String::length);
    }
}
