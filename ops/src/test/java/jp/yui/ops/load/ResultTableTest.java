package jp.yui.ops.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.yui.ops.load.ResultTable.Better;

class ResultTableTest {

    @Test
    void givenRatesAndTimesThenEachIsHeldAgainstItsTargetInItsOwnDirection() {
        ResultTable table = new ResultTable(null)
                .add("bookings_per_s", "bookings", 320, "/s", Better.HIGHER, 300, "≥ 300/s")
                .add("rebuild", "rebuild", 9_999, "events/s", Better.HIGHER, 10_000, "≥ 10,000 events/s")
                .add("booking_p99_ms", "booking p99", 50, "ms", Better.LOWER, 50, "≤ 50 ms")
                .add("stats_p99_ms", "stats p99", 20.5, "ms", Better.LOWER, 20, "≤ 20 ms")
                .add("rss", "peak RSS", 400, "MiB", Better.LOWER)
                .add("bookings_of_raw_pct", "at the target exactly", 40, "%", Better.HIGHER, 40, "≥ 40 %");
        assertThat(table.rows()).extracting(ResultTable.Row::met)
                .containsExactly(true, false, true, false, null, true);
        assertThat(table.markdown())
                .contains("| bookings | 320 /s | ≥ 300/s | yes |")
                .contains("| rebuild | 9,999 events/s | ≥ 10,000 events/s | **no** |")
                .contains("| stats p99 | 20.5 ms | ≤ 20 ms | **no** |")
                .doesNotContain("baseline");
    }

    @Test
    void givenABaselineThenAFigureMayBeAtMostOneAndAHalfTimesWorse() {
        Map<String, Double> baseline = Map.of("p99", 10.0, "rate", 600.0, "other", 1.0);
        ResultTable table = new ResultTable(baseline)
                .add("p99", "p99 within", 15, "ms", Better.LOWER)
                .add("rate", "rate within", 400, "/s", Better.HIGHER);
        assertThat(table.rows()).extracting(r -> r.withinBaseline(baseline.get(r.key()))).containsExactly(true, true);
        ResultTable worse = new ResultTable(baseline)
                .add("p99", "p99 worse", 15.1, "ms", Better.LOWER)
                .add("rate", "rate worse", 399, "/s", Better.HIGHER)
                .add("new", "not in the baseline", 1, "", Better.LOWER)
                .add("other", "describes the run only", 100, "", Better.NONE);
        assertThat(worse.rows()).extracting(r -> r.withinBaseline(baseline.get(r.key())))
                .containsExactly(false, false, null, null);
        assertThat(worse.markdown()).contains("| figure | measured | target | met | baseline | within 1.5× |")
                .contains("| p99 worse | 15.1 ms |  |  | 10.0 | **no** |");
    }

    @Test
    void givenTheFiguresWrittenAsTsvThenTheyAreReadBackAsABaseline(@TempDir Path dir) throws Exception {
        ResultTable table = new ResultTable(null)
                .add("a", "a", 1234.5, "/s", Better.HIGHER)
                .add("b", "b", Double.NaN, "ms", Better.LOWER);
        Path file = dir.resolve("figures.tsv");
        Files.writeString(file, table.tsv());
        Map<String, Double> read = ResultTable.readTsv(file);
        assertThat(read.get("a")).isEqualTo(1234.5);
        assertThat(read.get("b")).isNaN();
    }

    @Test
    void givenNoValueThenADashAndNoVerdict() {
        ResultTable table = new ResultTable(null).add("x", "x", Double.NaN, "ms", Better.LOWER, 20, "≤ 20 ms");
        assertThat(table.markdown()).contains("| x | – | ≤ 20 ms |  |");
    }
}
