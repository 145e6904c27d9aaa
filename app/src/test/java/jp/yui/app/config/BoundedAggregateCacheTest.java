package jp.yui.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** At most so many aggregates stay in memory, the least recently used going first. */
class BoundedAggregateCacheTest {

    @Test
    void theLeastRecentlyUsedGoesWhenTheCacheIsFull() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("Run:1", "one");
        cache.put("Run:2", "two");
        assertThat((String) cache.get("Run:1")).isEqualTo("one");

        cache.put("Run:3", "three");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("Run:2")).isFalse();
        assertThat(cache.containsKey("Run:1")).isTrue();
        assertThat(cache.containsKey("Run:3")).isTrue();
    }

    @Test
    void aRemovedAggregateIsGone() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("Run:1", "one");

        assertThat(cache.remove("Run:1")).isTrue();

        assertThat((Object) cache.get("Run:1")).isNull();
        assertThat(cache.remove("Run:1")).isFalse();
    }
}
