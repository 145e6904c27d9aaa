package jp.yui.domain.transport.api;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * 運賃表 of a service, in yen. FLAT uses {@code flatYen}; SECTION gives each stop a section number and prices a ride
 * by the sections crossed ({@code yenBySectionsCrossed[0]} within one section); DISTANCE is {@code baseYen} for the
 * first {@code baseKm} and {@code yenPerKm} for each started kilometre after that.
 */
public record FareTable(FareKind kind, int flatYen, Map<String, Integer> sectionOfStop,
                        List<Integer> yenBySectionsCrossed, int baseYen, int baseKm, int yenPerKm) {

    public FareTable {
        sectionOfStop = sectionOfStop == null ? Map.of() : Map.copyOf(sectionOfStop);
        yenBySectionsCrossed = yenBySectionsCrossed == null ? List.of() : List.copyOf(yenBySectionsCrossed);
    }

    public static FareTable flat(int yen) {
        return new FareTable(FareKind.FLAT, yen, Map.of(), List.of(), 0, 0, 0);
    }

    public static FareTable distance(int baseYen, int baseKm, int yenPerKm) {
        return new FareTable(FareKind.DISTANCE, 0, Map.of(), List.of(), baseYen, baseKm, yenPerKm);
    }

    public static FareTable sections(Map<String, Integer> sectionOfStop, List<Integer> yenBySectionsCrossed) {
        return new FareTable(FareKind.SECTION, 0, sectionOfStop, yenBySectionsCrossed, 0, 0, 0);
    }

    /**
     * True when every price is zero or more and the table has what its kind needs. Not a bean-style name, so JSON
     * answers and stored events do not carry it (old {@code "complete"} fields are ignored on reading).
     */
    public boolean complete() {
        return switch (kind) {
            case FLAT -> flatYen >= 0;
            case SECTION -> !sectionOfStop.isEmpty() && !yenBySectionsCrossed.isEmpty()
                    && yenBySectionsCrossed.stream().allMatch(y -> y != null && y >= 0);
            case DISTANCE -> baseYen >= 0 && baseKm >= 0 && yenPerKm >= 0;
        };
    }

    /**
     * The fare of a ride, or empty when this table cannot price it (a section fare needs two stops it knows, a
     * distance fare needs the distance); the operator then enters the fare by hand with a reason.
     */
    public OptionalInt fareFor(Place from, Place to, Double distanceKm) {
        switch (kind) {
            case FLAT:
                return OptionalInt.of(flatYen);
            case DISTANCE:
                if (distanceKm == null || distanceKm < 0) {
                    return OptionalInt.empty();
                }
                int extraKm = (int) Math.ceil(Math.max(0, distanceKm - baseKm));
                return OptionalInt.of(baseYen + extraKm * yenPerKm);
            case SECTION:
                if (from == null || to == null || from.home() || to.home()) {
                    return OptionalInt.empty();
                }
                Integer a = sectionOfStop.get(from.stopId());
                Integer b = sectionOfStop.get(to.stopId());
                if (a == null || b == null) {
                    return OptionalInt.empty();
                }
                int crossed = Math.min(Math.abs(a - b), yenBySectionsCrossed.size() - 1);
                return OptionalInt.of(yenBySectionsCrossed.get(crossed));
            default:
                throw new IllegalStateException();
        }
    }
}
