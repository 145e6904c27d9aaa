package jp.yui.ops.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void givenOneToHundredMillisecondsThenEachPercentileIsItsNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.percentileMillis(0.1)).isEqualTo(1.0);
    }

    @Test
    void givenFewTimesThenTheHighPercentilesAreTheLongest() {
        Latencies latencies = new Latencies();
        latencies.record(3_000_000);
        latencies.record(1_000_000);
        latencies.record(2_000_000);
        assertThat(latencies.percentileMillis(50)).isEqualTo(2.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(3.0);
    }

    @Test
    void givenMoreTimesThanTheFirstArrayHoldsThenNoneIsLost() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 5_000; i++) {
            latencies.record(i == 4_321 ? 9_000_000_000L : 1_000);
        }
        assertThat(latencies.count()).isEqualTo(5_000);
        assertThat(latencies.percentileMillis(100)).isEqualTo(9_000.0);
    }

    @Test
    void givenNothingRecordedThenThereIsNoPercentile() {
        assertThat(new Latencies().percentileMillis(99)).isNaN();
    }

    @Test
    void givenAPercentileOutsideZeroToHundredThenRefused() {
        assertThatThrownBy(() -> Latencies.rank(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.rank(100.5, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
