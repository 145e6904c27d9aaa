package jp.yui.domain.transport.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.FarePolicy;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;

/** A service as operators and the booking screen see it. */
public record ServiceView(String serviceId, String organizationId, String code, String name, ServiceKind kind,
                          BookingDeadline deadline, ServiceCalendar calendar, List<Stop> stops,
                          List<FareVersion> fares) {

    public record Stop(String stopId, String name, String kana, double latitude, double longitude) {
    }

    public record FareVersion(LocalDate effectiveFrom, FareTable table) {
    }

    public ServiceView {
        stops = stops == null ? List.of() : List.copyOf(stops);
        fares = fares == null ? List.of() : List.copyOf(fares);
    }

    /** The fare table in effect on a date: the latest one that took effect on or before it. */
    public Optional<FareTable> fareTableOn(LocalDate date) {
        return farePolicy().tableOn(date);
    }

    /** What a ride on this service costs, by the fare tables it has (not a JSON property: no bean name). */
    public FarePolicy farePolicy() {
        Map<LocalDate, FareTable> tables = new HashMap<>();
        fares.forEach(f -> tables.put(f.effectiveFrom(), f.table()));
        return FarePolicy.of(kind, tables);
    }

    public Optional<Stop> stop(String stopId) {
        return stops.stream().filter(s -> s.stopId().equals(stopId)).findFirst();
    }

    ServiceView withStop(Stop stop) {
        return new ServiceView(serviceId, organizationId, code, name, kind, deadline, calendar,
                Stream.concat(stops.stream().filter(s -> !s.stopId().equals(stop.stopId())), Stream.of(stop)).toList(),
                fares);
    }

    ServiceView withCalendar(ServiceCalendar newCalendar, BookingDeadline newDeadline) {
        return new ServiceView(serviceId, organizationId, code, name, kind, newDeadline, newCalendar, stops, fares);
    }

    ServiceView withFares(FareVersion version) {
        return new ServiceView(serviceId, organizationId, code, name, kind, deadline, calendar, stops,
                Stream.concat(fares.stream().filter(f -> !f.effectiveFrom().equals(version.effectiveFrom())),
                        Stream.of(version)).sorted(Comparator.comparing(FareVersion::effectiveFrom)).toList());
    }
}
