package org.athanor.pool;

import java.util.Arrays;

/** Copy-on-write array edits for the pool's listener and record arrays. Stateless; thread-safe. */
final class CopyOnWrite {
    private CopyOnWrite() {
    }

    /** Returns a copy of {@code array} with {@code element} appended. */
    static <T> T[] with(T[] array, T element) {
        T[] grown = Arrays.copyOf(array, array.length + 1);
        grown[array.length] = element;
        return grown;
    }

    /** Returns a copy of {@code array} without the first occurrence (by identity) of {@code element}. */
    static <T> T[] without(T[] array, T element) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == element) {
                T[] shrunk = Arrays.copyOf(array, array.length - 1);
                System.arraycopy(array, i + 1, shrunk, i, array.length - i - 1);
                return shrunk;
            }
        }
        return array;
    }
}
