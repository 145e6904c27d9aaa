package jp.yui.app.transport.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.yui.app.page.PageController;
import jp.yui.app.page.ServiceWorkerScript;
import jp.yui.app.security.Role;
import jp.yui.app.security.YuiUser;
import jp.yui.app.transport.usecase.Duties;
import jp.yui.app.transport.usecase.RunScheduling;
import jp.yui.app.web.NotFound;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.query.RunView;

/**
 * 運転: the volunteer driver's phone in the car. The list of today's runs (Japan date) of the signed-in driver — the
 * office (org admin, operator) sees every run of the day — and one run's duty: 点呼, 出庫 with the odometer, each
 * rider's 乗車 / 不在 / 降車 with the fare or the volunteer costs, 入庫, an abnormal event. The page only shows; the
 * phone ({@code driver.js}) records each step through the duty API with an {@code actionId} of its own, queued in
 * the phone's storage until the network carries it, and a service worker keeps the pages for a reload without
 * signal. Who may open a run is decided before this runs ({@code OrganizationAccess}: a driver only their own run).
 */
@PageController
class DriverPage {

    /** One rider as the run page shows it: the run sheet's line with what was recorded so far. */
    record Rider(RunScheduling.Pickup pickup, Integer fareCollectedYen, String paymentMethod, RunView.Costs costs) {
    }

    private final RunScheduling runs;
    private final Duties duties;
    private final Clock clock;

    DriverPage(RunScheduling runs, Duties duties, Clock clock) {
        this.runs = runs;
        this.duties = duties;
        this.clock = clock;
    }

    @GetMapping("/orgs/{org}/driver")
    String today(@PathVariable String org, @AuthenticationPrincipal YuiUser user, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
        boolean office = user.has(Role.ADMIN) || user.has(Role.ORG_ADMIN) || user.has(Role.OPERATOR);
        List<RunScheduling.DriverRun> list = office ? runs.ofDayForDrivers(org, today)
                : runs.driverOfLogin(org, user.getUsername()).map(d -> runs.ofDriver(org, d, today)).orElse(List.of());
        model.addAttribute("today", today);
        model.addAttribute("office", office);
        model.addAttribute("runs", list);
        return "driver/today";
    }

    @GetMapping("/orgs/{org}/driver/runs/{runId}")
    String run(@PathVariable String org, @PathVariable String runId, Model model) {
        if (!runId.matches(jp.yui.app.web.Identifiers.RUN_ID)) {
            throw new NotFound();
        }
        RunView run = runs.run(org, runId);
        RunScheduling.RunSheet sheet = runs.sheet(org, runId);
        Map<String, RunView.Booking> bookings = run.bookings().stream()
                .collect(Collectors.toMap(RunView.Booking::bookingId, Function.identity()));
        List<Rider> riders = sheet.pickups().stream().map(p -> {
            RunView.Booking b = bookings.get(p.bookingId());
            return new Rider(p, b == null ? null : b.fareCollectedYen(),
                    b == null || b.paymentMethod() == null ? null : b.paymentMethod().name(), b == null ? null : b.costs());
        }).toList();
        RunView.Duty duty = duties.record(org, runId);
        model.addAttribute("run", run);
        model.addAttribute("sheet", sheet);
        model.addAttribute("riders", riders);
        model.addAttribute("duty", duty);
        model.addAttribute("volunteer", run.serviceKind() == ServiceKind.VOLUNTEER);
        model.addAttribute("checked", duty.safetyChecks().stream().anyMatch(RunView.SafetyCheck::passed));
        return "driver/run";
    }

    /** The pages' service worker ({@link ServiceWorkerScript}), allowed to control every page below the list page. */
    @GetMapping("/orgs/{org}/driver/driver-sw.js")
    ResponseEntity<String> serviceWorker(@PathVariable String org) {
        return ServiceWorkerScript.allowedFor("/orgs/" + org + "/driver");
    }
}
