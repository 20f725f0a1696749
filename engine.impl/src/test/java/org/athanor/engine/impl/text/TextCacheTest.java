package org.athanor.engine.impl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextCacheTest {

    @Test
    void computesOncePerKey() {
        TextCache<String> cache = new TextCache<>(10);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThat(cache.get("select 1", k -> {
                computed.incrementAndGet();
                return k.toUpperCase();
            })).isEqualTo("SELECT 1");
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void staysBoundedAndKeepsTheRecentlyUsed() {
        TextCache<Integer> cache = new TextCache<>(100);
        cache.get("hot", k -> 0);
        for (int i = 0; i < 1000; i++) {
            cache.get("k" + i, k -> 1);
            cache.get("hot", k -> {
                throw new AssertionError("the hot entry was evicted");
            });
        }
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }
}
