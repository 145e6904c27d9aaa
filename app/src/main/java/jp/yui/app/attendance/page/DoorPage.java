package jp.yui.app.attendance.page;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.yui.app.attendance.usecase.Door;
import jp.yui.app.attendance.usecase.Series;
import jp.yui.app.page.PageController;
import jp.yui.app.page.ServiceWorkerScript;
import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;

/**
 * 受付: the door of a session on a tablet at the entrance. The chooser lists today's and the coming week's sessions;
 * a session's page only shows: the tablet ({@code door.js}) loads the session's registrants once and keeps them, so
 * the kana search works without signal, and records each check-in, walk-in and undo through the attendance API with
 * an id of its own, queued in the tablet's storage until the network carries it (the shared offline queue). A
 * service worker keeps the pages for a reload without signal. Who may use the door is decided before this runs
 * ({@code OrganizationAccess}: the organization's admins, operators and event staff).
 */
@PageController
class DoorPage {

    /** How many days the chooser lists, today included. */
    static final int DAYS = 8;

    /** A session on the chooser: the session and its series' title. */
    record Choice(AttendanceSessionView session, String seriesTitle) {
    }

    private final Door door;
    private final Series series;
    private final Clock clock;

    DoorPage(Door door, Series series, Clock clock) {
        this.door = door;
        this.series = series;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
    }

    @GetMapping("/orgs/{org}/events/door")
    String choose(@PathVariable String org, Model model) {
        LocalDate today = today();
        Map<String, String> titles = new HashMap<>();
        List<Choice> choices = new ArrayList<>();
        for (AttendanceSessionView s : door.days(org, today, DAYS)) {
            String title = titles.computeIfAbsent(s.seriesId(), id -> series.series(org, id)
                    .map(AttendanceSeriesView::title).orElse(""));
            choices.add(new Choice(s, title));
        }
        model.addAttribute("today", today);
        model.addAttribute("choices", choices);
        return "door/choose";
    }

    @GetMapping("/orgs/{org}/events/sessions/{sessionId}/door")
    String session(@PathVariable String org, @PathVariable String sessionId, Model model) {
        if (!sessionId.matches(Identifiers.EVENT_SESSION_ID)) {
            throw new NotFound();
        }
        AttendanceSessionView session = door.session(org, sessionId).orElseThrow(NotFound::new).session();
        String title = series.series(org, session.seriesId()).map(AttendanceSeriesView::title).orElse("");
        TreeSet<String> districts = new TreeSet<>();
        session.registrations().values().stream().map(AttendanceSessionView.RegistrationFact::district)
                .filter(Objects::nonNull).filter(d -> !d.isBlank()).forEach(districts::add);
        session.checkIns().values().stream().map(AttendanceSessionView.CheckInFact::district)
                .filter(Objects::nonNull).filter(d -> !d.isBlank()).forEach(districts::add);
        model.addAttribute("eventSession", session);
        model.addAttribute("seriesTitle", title);
        model.addAttribute("districts", districts);
        model.addAttribute("ageBands", Arrays.stream(AgeBand.values()).toList());
        return "door/session";
    }

    /**
     * The pages' service worker ({@link ServiceWorkerScript}), allowed to control every page under
     * {@code /orgs/{org}/events/}: the chooser and each session's door page (it keeps only the door's pages, not the
     * office's under the same path).
     */
    @GetMapping("/orgs/{org}/events/door/door-sw.js")
    ResponseEntity<String> serviceWorker(@PathVariable String org) {
        return ServiceWorkerScript.allowedFor("/orgs/" + org + "/events/");
    }
}
