package jp.yui.app.attendance;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.attendance.usecase.AttendanceReports;
import jp.yui.app.attendance.usecase.AttendeeErasure;
import jp.yui.app.attendance.usecase.Door;
import jp.yui.app.attendance.usecase.Registrants;
import jp.yui.app.attendance.usecase.Registrations;
import jp.yui.app.attendance.usecase.Series;
import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;

/**
 * 行事と参加 over the API: series and sessions, registrations by phone (resident or sealed guest, companions),
 * cancellation and the waitlist's offers, the door (check-ins and walk-ins with ids made on the tablet, undo, close)
 * and the figures. Every write is answered once its events are stored; times are Japanese local times (when it
 * happened; the server's now when not given).
 */
@RestController
@Validated
@RequestMapping("/api/orgs/{org}/attendance")
class AttendanceController {

    record SeriesRequest(@NotBlank @Size(max = 200) String title, @Size(max = 200) String targetGroup,
                         @Size(max = 20) List<@NotNull @Pattern(regexp = Identifiers.SLUG) String> participatingOrganizations) {
    }

    record SessionRequest(@Min(1) @Max(1000) int number, @NotBlank @Size(max = 200) String venue,
                          @NotNull LocalDateTime startsAt, @NotNull LocalDateTime endsAt,
                          @Min(1) @Max(100_000) int capacity, @Min(0) @Max(1_000_000) int feeYen,
                          @Size(max = 200) String targetGroup, @Min(1) @Max(24 * 30) Integer offerHeldForHours) {
    }

    record GuestRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String kana,
                        @Size(max = 30) String phone) {
        GuestDetails details() {
            return new GuestDetails(name, kana, phone);
        }
    }

    record RegistrationRequest(@Pattern(regexp = Identifiers.REGISTRATION_ID) String registrationId,
                               @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                               @Valid GuestRequest guest, AgeBand ageBand, @Size(max = 50) String district,
                               @Min(0) @Max(50) int companions, boolean waitlistIfFull, LocalDateTime at) {
    }

    record AtRequest(LocalDateTime at) {
    }

    record CheckInRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String checkInId,
                          @NotNull @Pattern(regexp = Identifiers.REGISTRATION_ID) String registrationId,
                          @Min(0) @Max(50) Integer companions, LocalDateTime at) {
    }

    record WalkInRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String checkInId,
                         @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                         @Valid GuestRequest name, @NotNull AgeBand ageBand, @NotBlank @Size(max = 50) String district,
                         LocalDateTime at) {
    }

    /** {@code undoId}: the tablet's id of the undo (optional), so the same undo sent again is recorded once. */
    record UndoRequest(@NotBlank @Size(max = 200) String reason, LocalDateTime at,
                       @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String undoId) {
    }

    private final Series series;
    private final Registrations registrations;
    private final Door door;
    private final Registrants registrants;
    private final AttendanceReports reports;
    private final AttendeeErasure erasure;
    private final Clock clock;

    AttendanceController(Series series, Registrations registrations, Door door, Registrants registrants,
                         AttendanceReports reports, AttendeeErasure erasure, Clock clock) {
        this.series = series;
        this.registrations = registrations;
        this.door = door;
        this.registrants = registrants;
        this.reports = reports;
        this.erasure = erasure;
        this.clock = clock;
    }

    private Instant at(LocalDateTime given) {
        return given == null ? clock.instant() : given.atZone(clock.getZone()).toInstant();
    }

    // Series and sessions (office)

    @PostMapping("/series")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> createSeries(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                     @Valid @RequestBody SeriesRequest r, Principal by) {
        return Map.of("seriesId", series.create(org, r.title(), r.targetGroup(), r.participatingOrganizations(),
                by.getName()));
    }

    @GetMapping("/series/{seriesId}")
    AttendanceSeriesView series(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @PathVariable @Pattern(regexp = Identifiers.EVENT_SERIES_ID) String seriesId) {
        return series.series(org, seriesId).orElseThrow(NotFound::new);
    }

    @GetMapping("/series/{seriesId}/sessions")
    List<AttendanceSessionView> sessionsOf(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                           @PathVariable @Pattern(regexp = Identifiers.EVENT_SERIES_ID) String seriesId) {
        series.series(org, seriesId).orElseThrow(NotFound::new);
        return series.sessionsOf(org, seriesId);
    }

    @PostMapping("/series/{seriesId}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> schedule(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @PathVariable @Pattern(regexp = Identifiers.EVENT_SERIES_ID) String seriesId,
                                 @Valid @RequestBody SessionRequest r, Principal by) {
        Duration hold = Duration.ofHours(r.offerHeldForHours() == null ? 24 : r.offerHeldForHours());
        return Map.of("eventSessionId", series.schedule(org, seriesId, new Series.SessionPlan(r.number(), r.venue(),
                r.startsAt(), r.endsAt(), r.capacity(), r.feeYen(), r.targetGroup(), hold), by.getName()));
    }

    // Registrations (office)

    @PostMapping("/sessions/{eventSessionId}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Registrations.Registered register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                      @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                                      @Valid @RequestBody RegistrationRequest r, Principal by) {
        return registrations.register(org, eventSessionId, r.registrationId(), new Registrations.Registrant(
                r.residentId(), r.guest() == null ? null : r.guest().details(), r.ageBand(), r.district(),
                r.companions(), r.waitlistIfFull()), by.getName(), at(r.at()));
    }

    @PostMapping("/sessions/{eventSessionId}/registrations/{registrationId}/cancel")
    Map<String, String> cancel(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                               @PathVariable @Pattern(regexp = Identifiers.REGISTRATION_ID) String registrationId,
                               @Valid @RequestBody(required = false) AtRequest r, Principal by) {
        registrations.cancel(org, eventSessionId, registrationId, by.getName(), at(r == null ? null : r.at()));
        return Map.of("registrationId", registrationId, "status", "cancelled");
    }

    @PostMapping("/sessions/{eventSessionId}/registrations/{registrationId}/accept")
    Map<String, String> accept(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                               @PathVariable @Pattern(regexp = Identifiers.REGISTRATION_ID) String registrationId,
                               Principal by) {
        registrations.accept(org, eventSessionId, registrationId, by.getName(), clock.instant());
        return Map.of("registrationId", registrationId, "status", "registered");
    }

    @PostMapping("/sessions/{eventSessionId}/registrations/{registrationId}/lapse")
    Map<String, String> lapse(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                              @PathVariable @Pattern(regexp = Identifiers.REGISTRATION_ID) String registrationId) {
        registrations.lapse(org, eventSessionId, registrationId, clock.instant());
        return Map.of("registrationId", registrationId, "status", "lapsed");
    }

    // The door (office and event staff)

    @GetMapping("/sessions/{eventSessionId}")
    Door.SessionAtDoor session(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId) {
        return door.session(org, eventSessionId).orElseThrow(NotFound::new);
    }

    /** 申込者一覧: the session's registrations with names and kana (read for the office and the door, audited). */
    @GetMapping("/sessions/{eventSessionId}/registrants")
    List<Registrants.Registrant> registrants(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                             @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId) {
        return registrants.of(door.organizerFor(org, eventSessionId), eventSessionId).orElseThrow(NotFound::new);
    }

    @GetMapping("/sessions")
    List<AttendanceSessionView> day(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                    @RequestParam(required = false) LocalDate date) {
        return door.day(org, date == null ? LocalDate.now(clock) : date);
    }

    @PostMapping("/sessions/{eventSessionId}/check-ins")
    Map<String, String> checkIn(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                                @Valid @RequestBody CheckInRequest r, Principal by) {
        door.checkIn(org, eventSessionId, r.checkInId(), r.registrationId(), r.companions(), by.getName(),
                at(r.at()));
        return Map.of("checkInId", r.checkInId(), "status", "recorded");
    }

    @PostMapping("/sessions/{eventSessionId}/walk-ins")
    Map<String, String> walkIn(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                               @Valid @RequestBody WalkInRequest r, Principal by) {
        door.walkIn(org, eventSessionId, new Door.WalkIn(r.checkInId(), r.residentId(),
                r.name() == null ? null : r.name().details(), r.ageBand(), r.district()), by.getName(), at(r.at()));
        return Map.of("checkInId", r.checkInId(), "status", "recorded");
    }

    @PostMapping("/sessions/{eventSessionId}/check-ins/{checkInId}/undo")
    Map<String, String> undo(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                             @PathVariable @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String checkInId,
                             @Valid @RequestBody UndoRequest r, Principal by) {
        door.undo(org, eventSessionId, checkInId, r.undoId(), r.reason(), by.getName(), at(r.at()));
        return Map.of("checkInId", checkInId, "status", "undone");
    }

    @PostMapping("/sessions/{eventSessionId}/close")
    Door.SessionAtDoor close(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                             @Valid @RequestBody(required = false) AtRequest r, Principal by) {
        return door.close(org, eventSessionId, by.getName(), at(r == null ? null : r.at()));
    }

    // Erasure (the organization's admin only)

    /** 削除: a guest's name, kana and phone erased (their key destroyed); the registration stays counted. */
    @PostMapping("/sessions/{eventSessionId}/registrations/{registrationId}/erase")
    Map<String, String> eraseGuest(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                   @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                                   @PathVariable @Pattern(regexp = Identifiers.REGISTRATION_ID) String registrationId,
                                   Principal by) {
        erasure.erase(org, eventSessionId, registrationId, by.getName(), clock.instant());
        return Map.of("registrationId", registrationId, "status", "erased");
    }

    /** 削除: a named walk-in's name erased (their key destroyed); the walk-in stays counted. */
    @PostMapping("/sessions/{eventSessionId}/check-ins/{checkInId}/erase")
    Map<String, String> eraseWalkIn(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                    @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId,
                                    @PathVariable @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String checkInId,
                                    Principal by) {
        erasure.erase(org, eventSessionId, checkInId, by.getName(), clock.instant());
        return Map.of("checkInId", checkInId, "status", "erased");
    }

    // Figures (also viewers and city staff)

    @GetMapping("/figures/sessions/{eventSessionId}")
    AttendanceReports.Report sessionFigures(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                            @PathVariable @Pattern(regexp = Identifiers.EVENT_SESSION_ID) String eventSessionId) {
        return reports.session(org, eventSessionId).orElseThrow(NotFound::new);
    }

    @GetMapping("/figures/series/{seriesId}")
    AttendanceReports.Report seriesFigures(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                           @PathVariable @Pattern(regexp = Identifiers.EVENT_SERIES_ID) String seriesId) {
        return reports.series(org, seriesId).orElseThrow(NotFound::new);
    }

    /** {@code ?month=2030-06} for a month, else {@code ?fiscalYear=2030} (default: this fiscal year). */
    @GetMapping("/figures")
    AttendanceReports.Report figures(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                     @RequestParam(required = false) @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])") String month,
                                     @RequestParam(required = false) @Min(2000) @Max(2100) Integer fiscalYear) {
        if (month != null) {
            return reports.month(org, YearMonth.parse(month));
        }
        LocalDate today = LocalDate.now(clock);
        return reports.fiscalYear(org, fiscalYear != null ? fiscalYear
                : today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
    }
}
