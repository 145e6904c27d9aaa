package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * 運賃の決め方: what a ride on a service costs. The price comes from the fare table in force on the day of the run
 * (the latest one that took effect on or before it), unless the operator overrides it with a reason. A volunteer
 * service takes no fare (the run refuses any amount there). Without a table that can price the ride the fare counts
 * as an override, so the run asks for a reason. Extra charges (迎車・待機・介助) are kept apart from the fare.
 */
public final class FarePolicy {

    private static final FarePolicy UNKNOWN_SERVICE = new FarePolicy(null, Map.of());

    private final ServiceKind kind;
    private final NavigableMap<LocalDate, FareTable> tables;

    private FarePolicy(ServiceKind kind, Map<LocalDate, FareTable> tablesByEffectiveFrom) {
        this.kind = kind;
        this.tables = new TreeMap<>(tablesByEffectiveFrom);
    }

    /** The policy of a service of this kind with its fare tables by the date each takes effect. */
    public static FarePolicy of(ServiceKind kind, Map<LocalDate, FareTable> tablesByEffectiveFrom) {
        return new FarePolicy(kind, tablesByEffectiveFrom == null ? Map.of() : tablesByEffectiveFrom);
    }

    /** A service that is not known: no table, so only an override or nothing. */
    public static FarePolicy unknownService() {
        return UNKNOWN_SERVICE;
    }

    /** The fare table in force on a date: the latest one that took effect on or before it. */
    public Optional<FareTable> tableOn(LocalDate date) {
        Map.Entry<LocalDate, FareTable> entry = tables.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** The table's price of a ride on a run of that date, or empty when no table in force can price it. */
    public OptionalInt tablePrice(LocalDate runDate, Place pickup, Place dropOff, Double distanceKm) {
        return tableOn(runDate).map(t -> t.fareFor(pickup, dropOff, distanceKm)).orElse(OptionalInt.empty());
    }

    /** The fare of a ride on a run of that date, from the table, without an override or extra charges. */
    public Fare quote(LocalDate runDate, Place pickup, Place dropOff, Double distanceKm) {
        return quote(runDate, pickup, dropOff, distanceKm, null, null, 0, null);
    }

    /** The fare of a ride on a run of that date; {@code overrideYen} (with its reason) replaces the table's price. */
    public Fare quote(LocalDate runDate, Place pickup, Place dropOff, Double distanceKm, Integer overrideYen,
                      String overrideReason, int extraYen, String extraNote) {
        OptionalInt price = tablePrice(runDate, pickup, dropOff, distanceKm);
        Integer tableYen = price.isPresent() ? price.getAsInt() : null;
        if (overrideYen != null) {
            return new Fare(overrideYen, tableYen, overrideReason, extraYen, extraNote);
        }
        if (kind != null && !kind.takesFares()) {
            return new Fare(0, 0, null, extraYen, extraNote);
        }
        return new Fare(tableYen == null ? 0 : tableYen, tableYen, null, extraYen, extraNote);
    }
}
