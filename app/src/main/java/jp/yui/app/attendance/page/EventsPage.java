package jp.yui.app.attendance.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jp.yui.app.attendance.usecase.Door;
import jp.yui.app.attendance.usecase.Registrants;
import jp.yui.app.attendance.usecase.Registrants.Registrant;
import jp.yui.app.attendance.usecase.Registrations;
import jp.yui.app.attendance.usecase.Series;
import jp.yui.app.page.PageController;
import jp.yui.app.residents.usecase.Residents;
import jp.yui.app.security.YuiUser;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.Refusals;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.attendance.query.RegistrantView;
import jp.yui.domain.shared.Ids;

/**
 * 行事の受付事務: the office's pages for events. The list of the organization's series with their sessions
 * (upcoming and past: date, venue, places taken of the capacity, the waitlist), a form to create a series and one to
 * schedule a session of it; and a session's page: its registrants with names, kana, companions and status, a caller
 * registered by phone (a resident found by kana or phone as the phone console finds them, or a named guest) with
 * companions and the waitlist if full, cancellations, the waitlist's offers accepted for the caller or let lapse
 * after their expiry, the close (the no-shows derived), and the link to the door page. Every form posts and comes
 * back with what was done; a refusal is shown next to its form in the page's language and nothing is stored.
 */
@PageController
@RequestMapping("/orgs/{org}/events")
class EventsPage {

    /** How long a place offered to the waitlist is held unless the office says otherwise. */
    private static final int DEFAULT_OFFER_HOURS = 24;

    /** A session as the series list shows it. */
    record SessionRow(AttendanceSessionView session, long taken, int waiting, boolean past) {
    }

    /** A series with its sessions, upcoming first in date order, then the past ones newest first. */
    record SeriesRow(AttendanceSeriesView series, List<SessionRow> upcoming, List<SessionRow> past, int nextNumber) {
    }

    /** A registrant as the session page lists them: a no-show once the session is closed; an offer past its expiry. */
    record RegistrantRow(Registrant registrant, boolean noShow, boolean offerExpired, Integer waitlistPosition,
                         LocalDateTime offerExpiresAt) {

        public boolean cancellable() {
            RegistrantView.Status s = registrant.status();
            return s == RegistrantView.Status.REGISTERED || s == RegistrantView.Status.WAITLISTED
                    || s == RegistrantView.Status.OFFERED;
        }
    }

    private final Series series;
    private final Registrations registrations;
    private final Registrants registrants;
    private final Door door;
    private final Residents residents;
    private final Refusals refusals;
    private final MessageSource messages;
    private final Clock clock;

    EventsPage(Series series, Registrations registrations, Registrants registrants, Door door, Residents residents,
               Refusals refusals, MessageSource messages, Clock clock) {
        this.series = series;
        this.registrations = registrations;
        this.registrants = registrants;
        this.door = door;
        this.residents = residents;
        this.refusals = refusals;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the series list

    @GetMapping
    ModelAndView list(@PathVariable String org, Locale locale) {
        return listPage(org, new LinkedHashMap<>());
    }

    /** 行事・講座の登録. */
    @PostMapping("/series")
    ModelAndView createSeries(@PathVariable String org, @AuthenticationPrincipal YuiUser user,
                              @RequestParam(required = false) String title,
                              @RequestParam(required = false) String targetGroup, Locale locale,
                              RedirectAttributes redirect) {
        Map<String, ProblemDetail> errors = new LinkedHashMap<>();
        if (title != null && title.strip().length() > 200 || targetGroup != null && targetGroup.strip().length() > 200) {
            errors.put("series", problem("events.error.tooLong", locale));
            return withInput(listPage(org, errors), input("title", title, "targetGroup", targetGroup));
        }
        String seriesId;
        try {
            seriesId = series.create(org, blankToEmpty(title), blankToNull(targetGroup), List.of(), user.getUsername());
        } catch (RuntimeException e) {
            errors.put("series", refusal(e, locale));
            return withInput(listPage(org, errors), input("title", title, "targetGroup", targetGroup));
        }
        series.series(org, seriesId);
        redirect.addFlashAttribute("done", text(locale, "events.done.seriesCreated", title.strip()));
        return new ModelAndView("redirect:/orgs/" + org + "/events");
    }

    /** 回の予定: venue, day and times, capacity, fee and how long an offer to the waitlist is held. */
    @PostMapping("/series/{seriesId}/sessions")
    ModelAndView schedule(@PathVariable String org, @PathVariable String seriesId,
                          @AuthenticationPrincipal YuiUser user, @RequestParam(required = false) String venue,
                          @RequestParam(required = false) String date,
                          @RequestParam(required = false) String startTime,
                          @RequestParam(required = false) String endTime,
                          @RequestParam(required = false) String capacity,
                          @RequestParam(required = false) String feeYen,
                          @RequestParam(required = false) String offerHeldForHours, Locale locale,
                          RedirectAttributes redirect) {
        Map<String, ProblemDetail> errors = new LinkedHashMap<>();
        String key = "schedule:" + seriesId;
        Map<String, String> input = input("seriesId", seriesId, "venue", venue, "date", date, "startTime", startTime,
                "endTime", endTime, "capacity", capacity, "feeYen", feeYen, "offerHeldForHours", offerHeldForHours);
        LocalDate day = parseDate(date);
        LocalTime starts = parseTime(startTime);
        LocalTime ends = parseTime(endTime);
        Integer places = parseInt(capacity);
        Integer fee = blankToNull(feeYen) == null ? Integer.valueOf(0) : parseInt(feeYen);
        Integer hold = blankToNull(offerHeldForHours) == null ? Integer.valueOf(DEFAULT_OFFER_HOURS)
                : parseInt(offerHeldForHours);
        if (places == null || fee == null || hold == null || venue != null && venue.strip().length() > 200
                || hold > 24 * 30) {
            errors.put(key, problem(places == null ? "events.error.capacity" : fee == null ? "events.error.fee"
                    : hold == null || hold > 24 * 30 ? "events.error.offerHold" : "events.error.tooLong", locale));
            return withInput(listPage(org, errors), input);
        }
        String sessionId;
        try {
            AttendanceSeriesView of = series.series(org, seriesId).orElseThrow(NotFound::new);
            int number = series.sessionsOf(org, of.seriesId()).stream().mapToInt(AttendanceSessionView::number)
                    .max().orElse(0) + 1;
            sessionId = series.schedule(org, seriesId, new Series.SessionPlan(number, blankToEmpty(venue),
                    day == null || starts == null ? null : day.atTime(starts),
                    day == null || ends == null ? null : day.atTime(ends), places, fee, of.targetGroup(),
                    Duration.ofHours(hold)), user.getUsername());
        } catch (RuntimeException e) {
            errors.put(key, refusal(e, locale));
            return withInput(listPage(org, errors), input);
        }
        series.session(org, sessionId);
        redirect.addFlashAttribute("done", text(locale, "events.done.scheduled"));
        redirect.addFlashAttribute("scheduled", sessionId);
        return new ModelAndView("redirect:/orgs/" + org + "/events");
    }

    private ModelAndView listPage(String org, Map<String, ProblemDetail> errors) {
        ModelAndView view = new ModelAndView("events/series");
        LocalDate today = LocalDate.now(clock);
        List<SeriesRow> rows = series.ofOrganization(org).stream()
                .sorted(Comparator.comparing(AttendanceSeriesView::title).thenComparing(AttendanceSeriesView::seriesId))
                .map(s -> {
                    List<SessionRow> sessions = series.sessionsOf(org, s.seriesId()).stream()
                            .map(v -> new SessionRow(v, v.summary().registered(), v.waitlist().size(),
                                    v.date().isBefore(today)))
                            .toList();
                    return new SeriesRow(s,
                            sessions.stream().filter(r -> !r.past()).sorted(Comparator.comparing(
                                    (SessionRow r) -> r.session().startsAt())).toList(),
                            sessions.stream().filter(SessionRow::past).sorted(Comparator.comparing(
                                    (SessionRow r) -> r.session().startsAt()).reversed()).toList(),
                            sessions.stream().mapToInt(r -> r.session().number()).max().orElse(0) + 1);
                })
                .toList();
        view.addObject("rows", rows);
        view.addObject("errors", errors);
        view.addObject("input", Map.of());
        view.addObject("defaultOfferHours", DEFAULT_OFFER_HOURS);
        statusOf(view, errors);
        return view;
    }

    // ---- a session

    @GetMapping("/sessions/{sessionId}")
    ModelAndView session(@PathVariable String org, @PathVariable String sessionId,
                         @RequestParam(required = false) String q, Locale locale) {
        return sessionPage(org, sessionId, blankToNull(q), new LinkedHashMap<>());
    }

    /**
     * 電話での申込み: a resident found in the directory ({@code residentId}) or a named guest; companions; the
     * waitlist if the party does not fit. The registration id was made when the form was shown, so a form sent twice
     * registers once.
     */
    @PostMapping("/sessions/{sessionId}/registrations")
    ModelAndView register(@PathVariable String org, @PathVariable String sessionId,
                          @AuthenticationPrincipal YuiUser user, @RequestParam(required = false) String q,
                          @RequestParam(required = false) String registrationId,
                          @RequestParam(required = false) String residentId,
                          @RequestParam(required = false) String guestName,
                          @RequestParam(required = false) String guestKana,
                          @RequestParam(required = false) String guestPhone,
                          @RequestParam(required = false) String ageBand,
                          @RequestParam(required = false) String district,
                          @RequestParam(required = false) String companions,
                          @RequestParam(defaultValue = "false") boolean waitlistIfFull, Locale locale,
                          RedirectAttributes redirect) {
        String form = residentId != null ? "register:" + residentId : "guest";
        Map<String, ProblemDetail> errors = new LinkedHashMap<>();
        Integer party = blankToNull(companions) == null ? Integer.valueOf(0) : parseInt(companions);
        boolean guest = residentId == null;
        if (party == null || party > 50) {
            errors.put(form, problem("events.error.companions", locale));
        } else if (guest && (tooLong(guestName, 100) || tooLong(guestKana, 100) || tooLong(guestPhone, 30)
                || tooLong(district, 50))) {
            errors.put(form, problem("events.error.tooLong", locale));
        } else if (!guest && !residentId.matches("Resident:[0-9a-f-]{36}")) {
            errors.put(form, refusals.of(new NotFound(), locale));
        }
        Map<String, String> input = input("form", form, "guestName", guestName, "guestKana", guestKana,
                "guestPhone", guestPhone, "ageBand", ageBand, "district", district, "companions", companions,
                "waitlistIfFull", String.valueOf(waitlistIfFull));
        if (!errors.isEmpty()) {
            return withInput(sessionPage(org, sessionId, blankToNull(q), errors), input);
        }
        String id = registrationId != null && registrationId.matches("Registration:[0-9a-f-]{36}") ? registrationId
                : Ids.newId(Registrations.ID_TYPE);
        GuestDetails details = guest && blankToNull(guestName) != null ? new GuestDetails(guestName.strip(),
                blankToNull(guestKana), blankToNull(guestPhone)) : null;
        Registrations.Registered registered;
        try {
            registered = registrations.register(org, sessionId, id, new Registrations.Registrant(
                    guest ? null : residentId, details, guest ? ageBand(ageBand) : null,
                    guest ? blankToNull(district) : null, party, waitlistIfFull), user.getUsername(),
                    clock.instant());
        } catch (RuntimeException e) {
            errors.put(form, refusal(e, locale));
            return withInput(sessionPage(org, sessionId, blankToNull(q), errors), input);
        }
        registrants.await(sessionId, id, r -> true);
        redirect.addFlashAttribute("done", text(locale, "WAITLISTED".equals(registered.status())
                ? "events.done.waitlisted" : "events.done.registered"));
        redirect.addFlashAttribute("changed", id);
        return redirectToSession(org, sessionId, null);
    }

    /** 申込みの取消: freed places are offered to the waitlist by the session itself. */
    @PostMapping("/sessions/{sessionId}/registrations/{registrationId}/cancel")
    ModelAndView cancel(@PathVariable String org, @PathVariable String sessionId, @PathVariable String registrationId,
                        @AuthenticationPrincipal YuiUser user, Locale locale, RedirectAttributes redirect) {
        return act(org, sessionId, registrationId, "cancel:" + registrationId, locale, redirect,
                () -> registrations.cancel(org, sessionId, registrationId, user.getUsername(), clock.instant()),
                r -> r.status() == RegistrantView.Status.CANCELLED, "events.done.cancelled");
    }

    /** The caller on the waitlist said yes to the place offered: registered. */
    @PostMapping("/sessions/{sessionId}/registrations/{registrationId}/accept")
    ModelAndView accept(@PathVariable String org, @PathVariable String sessionId, @PathVariable String registrationId,
                        @AuthenticationPrincipal YuiUser user, Locale locale, RedirectAttributes redirect) {
        return act(org, sessionId, registrationId, "offer:" + registrationId, locale, redirect,
                () -> registrations.accept(org, sessionId, registrationId, user.getUsername(), clock.instant()),
                r -> r.status() == RegistrantView.Status.REGISTERED, "events.done.accepted");
    }

    /** An offer not answered by its expiry: the places go to the next on the waitlist (refused before it). */
    @PostMapping("/sessions/{sessionId}/registrations/{registrationId}/lapse")
    ModelAndView lapse(@PathVariable String org, @PathVariable String sessionId, @PathVariable String registrationId,
                       Locale locale, RedirectAttributes redirect) {
        return act(org, sessionId, registrationId, "offer:" + registrationId, locale, redirect,
                () -> registrations.lapse(org, sessionId, registrationId, clock.instant()),
                r -> r.status() == RegistrantView.Status.LAPSED, "events.done.lapsed");
    }

    /** 締め: nothing is recorded after it; the no-shows are derived by the session. */
    @PostMapping("/sessions/{sessionId}/close")
    ModelAndView close(@PathVariable String org, @PathVariable String sessionId,
                       @AuthenticationPrincipal YuiUser user, Locale locale, RedirectAttributes redirect) {
        try {
            door.close(org, sessionId, user.getUsername(), clock.instant());
        } catch (RuntimeException e) {
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("close", refusal(e, locale));
            return sessionPage(org, sessionId, null, errors);
        }
        redirect.addFlashAttribute("done", text(locale, "events.done.closed"));
        return redirectToSession(org, sessionId, null);
    }

    private ModelAndView act(String org, String sessionId, String registrationId, String form, Locale locale,
                             RedirectAttributes redirect, Runnable command,
                             java.util.function.Predicate<RegistrantView> shown, String done) {
        try {
            command.run();
        } catch (RuntimeException e) {
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put(form, refusal(e, locale));
            return sessionPage(org, sessionId, null, errors);
        }
        registrants.await(sessionId, registrationId, shown);
        redirect.addFlashAttribute("done", text(locale, done));
        redirect.addFlashAttribute("changed", registrationId);
        return redirectToSession(org, sessionId, null);
    }

    private ModelAndView sessionPage(String org, String sessionId, String q, Map<String, ProblemDetail> errors) {
        Door.SessionAtDoor atDoor = door.session(org, sessionId).orElseThrow(NotFound::new);
        AttendanceSessionView session = atDoor.session();
        ModelAndView view = new ModelAndView("events/session");
        view.addObject("ev", session);
        view.addObject("series", series.series(org, session.seriesId()).orElse(null));
        view.addObject("taken", session.summary().registered());
        Instant now = clock.instant();
        Set<String> noShows = Set.copyOf(session.noShowRegistrationIds());
        List<String> waitlist = atDoor.waitlist();
        List<RegistrantRow> rows = registrants.of(org, sessionId).orElseThrow(NotFound::new).stream()
                .map(r -> new RegistrantRow(r, noShows.contains(r.registrationId()),
                        r.offerExpiresAt() != null && r.status() == RegistrantView.Status.OFFERED
                                && !now.isBefore(r.offerExpiresAt()),
                        waitlist.contains(r.registrationId()) ? waitlist.indexOf(r.registrationId()) + 1 : null,
                        r.offerExpiresAt() == null ? null
                                : LocalDateTime.ofInstant(r.offerExpiresAt(), clock.getZone())))
                .toList();
        view.addObject("rows", rows);
        view.addObject("waiting", rows.stream().filter(r -> r.waitlistPosition() != null)
                .sorted(Comparator.comparing(RegistrantRow::waitlistPosition)).toList());
        view.addObject("q", q);
        view.addObject("results", q == null || session.closed() ? null : residents.search(org, q));
        view.addObject("registrationId", Ids.newId(Registrations.ID_TYPE));
        view.addObject("ageBands", AgeBand.values());
        view.addObject("errors", errors);
        view.addObject("input", Map.of());
        view.addObject("focus", !errors.isEmpty() ? "error-" + errors.keySet().iterator().next().replace(':', '-')
                : q != null ? "q" : null);
        statusOf(view, errors);
        return view;
    }

    // ---- helpers

    /** What the operator typed, given back to a refused form (never stored). */
    private static Map<String, String> input(String... keysAndValues) {
        Map<String, String> input = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            input.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return input;
    }

    private static ModelAndView withInput(ModelAndView view, Map<String, String> input) {
        view.addObject("input", input);
        return view;
    }

    private static void statusOf(ModelAndView view, Map<String, ProblemDetail> errors) {
        if (!errors.isEmpty()) {
            view.setStatus(HttpStatus.valueOf(errors.values().iterator().next().getStatus()));
        }
    }

    private ProblemDetail refusal(RuntimeException e, Locale locale) {
        ProblemDetail problem = refusals.of(e, locale);
        if (problem == null) {
            throw e;
        }
        return problem;
    }

    private ProblemDetail problem(String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setTitle(text(locale, key));
        return problem;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static ModelAndView redirectToSession(String org, String sessionId, String q) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/orgs/{org}/events/sessions/{id}");
        if (q != null) {
            b.queryParam("q", q);
        }
        return new ModelAndView("redirect:" + b.encode().buildAndExpand(org, sessionId).toUriString());
    }

    private static AgeBand ageBand(String value) {
        try {
            return value == null || value.isBlank() ? null : AgeBand.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static Integer parseInt(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime parseTime(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
