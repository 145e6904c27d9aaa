package jp.yui.domain.attendance.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.yui.domain.attendance.api.AgeBand;

/**
 * 参加実績: the figures of a session, a series, a month or a fiscal year, always counted from the sessions' summaries
 * ({@link SessionSummary}), never kept as counters; 実人数 and repeat attendance are worked out over all the
 * sessions given, so a year's figures are counted from its months' sessions, not added up from the months' figures.
 *
 * @param sessions              回数: sessions counted
 * @param registered            申込者数: people registered (registrants and companions, not cancelled, not waiting)
 * @param attended              参加者数 (申込): registered people who came, companions included
 * @param walkIns               当日参加: walk-ins
 * @param noShows               無断欠席: people of registrations not checked in when the session closed
 * @param attendances           延べ人数: attended + walk-ins
 * @param distinctPeople        実人数: distinct people among those who came
 * @param attendancesByAgeBand  延べ人数 by age band
 * @param peopleByAgeBand       実人数 by age band (a person's band at their first session counted)
 * @param attendancesByDistrict 延べ人数 by district
 * @param peopleByDistrict      実人数 by district
 * @param repeatAttendees       people who came to 3 or more sessions of one series
 * @param feeRevenueYen         参加費収入: each session's fee times its attendances
 */
public record AttendanceFigures(long sessions, long registered, long attended, long walkIns, long noShows,
                                long attendances, long distinctPeople, Map<AgeBand, Long> attendancesByAgeBand,
                                Map<AgeBand, Long> peopleByAgeBand, Map<String, Long> attendancesByDistrict,
                                Map<String, Long> peopleByDistrict, long repeatAttendees, long feeRevenueYen) {

    /** Sessions of one series a person comes to, at least, to count as a repeat attendee. */
    public static final int REPEAT_SESSIONS = 3;

    public static final AttendanceFigures NONE = of(java.util.List.of());

    public AttendanceFigures {
        attendancesByAgeBand = sortedBands(attendancesByAgeBand);
        peopleByAgeBand = sortedBands(peopleByAgeBand);
        // Sorted by key, so that the JSON and the stored documents list them the same way every time.
        attendancesByDistrict = attendancesByDistrict == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(attendancesByDistrict));
        peopleByDistrict = peopleByDistrict == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(peopleByDistrict));
    }

    private static Map<AgeBand, Long> sortedBands(Map<AgeBand, Long> bands) {
        Map<AgeBand, Long> sorted = new EnumMap<>(AgeBand.class);
        if (bands != null) {
            sorted.putAll(bands);
        }
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /** The figures of these sessions (each counted once by id), in date order. */
    public static AttendanceFigures of(Collection<SessionSummary> summaries) {
        Map<String, SessionSummary> byId = new TreeMap<>();
        summaries.forEach(s -> byId.put(s.sessionId(), s));
        long registered = 0, attended = 0, walkIns = 0, noShows = 0, revenue = 0;
        Map<AgeBand, Long> attendancesByBand = new EnumMap<>(AgeBand.class);
        Map<String, Long> attendancesByDistrict = new HashMap<>();
        Map<String, AttendanceLine> people = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> sessionsBySeries = new HashMap<>();
        for (SessionSummary s : byId.values().stream()
                .sorted(Comparator.comparing(SessionSummary::date).thenComparing(SessionSummary::sessionId))
                .toList()) {
            registered += s.registered();
            noShows += s.noShows();
            revenue += (long) s.feeYen() * s.lines().size();
            for (AttendanceLine line : s.lines()) {
                if (line.walkIn()) {
                    walkIns++;
                } else {
                    attended++;
                }
                attendancesByBand.merge(AgeBand.orUnknown(line.ageBand()), 1L, Long::sum);
                attendancesByDistrict.merge(district(line), 1L, Long::sum);
                people.putIfAbsent(line.personKey(), line);
                sessionsBySeries.computeIfAbsent(line.personKey(), k -> new HashMap<>())
                        .computeIfAbsent(String.valueOf(s.seriesId()), k -> new HashSet<>()).add(s.sessionId());
            }
        }
        Map<AgeBand, Long> peopleByBand = new EnumMap<>(AgeBand.class);
        Map<String, Long> peopleByDistrict = new HashMap<>();
        people.values().forEach(line -> {
            peopleByBand.merge(AgeBand.orUnknown(line.ageBand()), 1L, Long::sum);
            peopleByDistrict.merge(district(line), 1L, Long::sum);
        });
        long repeat = sessionsBySeries.values().stream()
                .filter(bySeries -> bySeries.values().stream().anyMatch(ids -> ids.size() >= REPEAT_SESSIONS))
                .count();
        return new AttendanceFigures(byId.size(), registered, attended, walkIns, noShows, attended + walkIns,
                people.size(), attendancesByBand, peopleByBand, attendancesByDistrict, peopleByDistrict, repeat,
                revenue);
    }

    private static String district(AttendanceLine line) {
        return line.district() == null || line.district().isBlank() ? AttendanceLine.UNKNOWN_DISTRICT
                : line.district();
    }
}
