package jp.yui.ops.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's one table: each figure with its target, whether the target is met, and, given the figures of an
 * earlier run (e.g. at 10,000 events, read back from its {@code .tsv}), that value and whether this one stays within
 * 1.5 times of it in the worse direction.
 */
public final class ResultTable {

    /** Within this factor of the baseline, in the worse direction. */
    public static final double BASELINE_FACTOR = 1.5;

    /** Higher values are better (rates) or lower ones (times, sizes); NONE for what only describes the run. */
    public enum Better { HIGHER, LOWER, NONE }

    /**
     * A figure: {@code key} names it in the {@code .tsv}; {@code target} is a bound in the better direction
     * (NaN: none); {@code better} says which way is better, for the target and the baseline.
     */
    public record Row(String key, String label, double value, String unit, Better better, double target,
                      String targetText) {

        /** Met, not met, or null without a target or a value. */
        public Boolean met() {
            if (better == Better.NONE || Double.isNaN(target) || Double.isNaN(value)) {
                return null;
            }
            return better == Better.HIGHER ? value >= target : value <= target;
        }

        /** Within {@link #BASELINE_FACTOR} of the baseline value in the worse direction; null when not comparable. */
        public Boolean withinBaseline(Double baseline) {
            if (better == Better.NONE || baseline == null || Double.isNaN(baseline) || Double.isNaN(value)) {
                return null;
            }
            return better == Better.HIGHER ? value * BASELINE_FACTOR >= baseline
                    : value <= baseline * BASELINE_FACTOR;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> baseline;

    public ResultTable(Map<String, Double> baseline) {
        this.baseline = baseline == null ? Map.of() : baseline;
    }

    public ResultTable add(String key, String label, double value, String unit, Better better, double target,
                           String targetText) {
        rows.add(new Row(key, label, value, unit, better, target, targetText));
        return this;
    }

    /** A figure without a target of its own (still compared with the baseline). */
    public ResultTable add(String key, String label, double value, String unit, Better better) {
        return add(key, label, value, unit, better, Double.NaN, "");
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        boolean withBaseline = !baseline.isEmpty();
        StringBuilder out = new StringBuilder();
        out.append("| figure | measured | target | met |");
        out.append(withBaseline ? " baseline | within 1.5× |\n" : "\n");
        out.append("|---|---:|---|---|");
        out.append(withBaseline ? "---:|---|\n" : "\n");
        for (Row row : rows) {
            out.append("| ").append(row.label()).append(" | ").append(format(row.value())).append(row.unit().isEmpty()
                    || Double.isNaN(row.value()) ? "" : " " + row.unit()).append(" | ").append(row.targetText())
                    .append(" | ").append(yesNo(row.met())).append(" |");
            if (withBaseline) {
                Double base = baseline.get(row.key());
                out.append(' ').append(base == null ? "" : format(base)).append(" | ")
                        .append(yesNo(row.withinBaseline(base))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code key<TAB>value} per line, to be read back as a baseline. */
    public String tsv() {
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            out.append(row.key()).append('\t').append(Double.toString(row.value())).append('\n');
        }
        return out.toString();
    }

    public static Map<String, Double> readTsv(Path file) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                values.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        return values;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "yes" : "**no**";
    }
}
