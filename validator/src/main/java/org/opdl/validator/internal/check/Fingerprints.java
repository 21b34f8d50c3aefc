package org.opdl.validator.internal.check;

import java.util.Arrays;

/**
 * A compact map from 64-bit fingerprints to a value (such as the index) of the first listing that had them: two
 * primitive arrays with open addressing, 12 to 24 bytes a listing, so that duplicate checks over a
 * million listings stay small. Two different strings share a fingerprint with a chance of about one
 * in 10^7 over a million listings, an acceptable cost for a warning-level check.
 */
public final class Fingerprints {

    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean zeroSeen;
    private int zeroValue;
    private int size;

    /** A 64-bit fingerprint of a string (FNV-1a over its characters, then a final mix). */
    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Records the key with this value (not negative) unless present; returns the earlier value, or
     * -1 if new.
     */
    public int putIfAbsent(long key, int value) {
        if (key == 0) {
            if (zeroSeen) {
                return zeroValue;
            }
            zeroSeen = true;
            zeroValue = value;
            return -1;
        }
        int mask = keys.length - 1;
        int i = (int) (key ^ key >>> 32) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = i + 1 & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = (int) (k ^ k >>> 32) & mask;
                while (keys[i] != 0) {
                    i = i + 1 & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
