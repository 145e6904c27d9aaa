package jp.yui.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.RunView;

/** The access policy under /api/orgs/{org}/, decided per role, path and method, without starting the service. */
class OrganizationAccessTest {

    private static final String ORG = "own";

    private final InMemoryViewStore<RunView> runs = new InMemoryViewStore<>();
    private final InMemoryViewStore<DriverView> drivers = new InMemoryViewStore<>();
    private final OrganizationAccess access = new OrganizationAccess(runs, drivers);

    private static YuiUser user(String name, Role role, String org) {
        return new YuiUser(name, "{noop}x", false, Set.of(role), org);
    }

    private static YuiUser member(Role role) {
        return user(role.name().toLowerCase() + "-1", role, ORG);
    }

    /** Spring's matcher gives the policy the {org} of the path; the request carries method and URI. */
    private boolean decide(Authentication authentication, String method, String contextPath, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, contextPath + path);
        request.setContextPath(contextPath);
        String[] parts = path.split("/");
        Map<String, String> variables = parts.length > 3 ? Map.of("org", parts[3]) : Map.of();
        return access.check(() -> authentication, new RequestAuthorizationContext(request, variables)).isGranted();
    }

    private boolean decide(YuiUser user, String method, String path) {
        return decide(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), method, "",
                path);
    }

    private void runOf(String org, String runId, String driverId) {
        runs.save(runId, org, new RunView(runId, org, "bus", ServiceKind.DEMAND_RESPONSIVE, LocalDate.of(2025, 4, 1),
                LocalTime.of(9, 0), LocalDate.of(2025, 3, 31).atTime(17, 0), "Vehicle:1", driverId, 9, 1, List.of(),
                List.of(), null));
    }

    private void driver(String org, String driverId, String userName) {
        drivers.save(driverId, org, new DriverView(driverId, org, null, LicenceKind.CLASS_2, LocalDate.of(2099, 1, 1),
                DriverQualification.NONE, userName));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // Reference data: everyone of the organization reads it, only its admin changes it.
            "ORG_ADMIN,   GET,    /services,                 true",
            "ORG_ADMIN,   POST,   /services,                 true",
            "OPERATOR,    GET,    /vehicles,                 true",
            "OPERATOR,    POST,   /vehicles,                 false",
            "VIEWER,      GET,    /drivers,                  true",
            "DRIVER,      GET,    /drivers/Driver:1,         true",
            "DRIVER,      PUT,    /drivers/Driver:1,         false",
            "EVENT_STAFF, GET,    /services,                 false",
            // Erasing a driver or a resident, and the audit trail: the organization's admin only.
            "ORG_ADMIN,   POST,   /drivers/Driver:1/erase,   true",
            "OPERATOR,    POST,   /drivers/Driver:1/erase,   false",
            // ... whatever the method, so erasing does not rest on reference data staying admin-only to change.
            "VIEWER,      GET,    /drivers/Driver:1/erase,   false",
            "ORG_ADMIN,   POST,   /residents/Resident:1/erase, true",
            "OPERATOR,    POST,   /residents/Resident:1/erase, false",
            "ORG_ADMIN,   GET,    /audit,                    true",
            "OPERATOR,    GET,    /audit,                    false",
            // Residents and bookings hold personal data: admin and operators only.
            "OPERATOR,    GET,    /residents,                true",
            "OPERATOR,    PUT,    /residents/Resident:1,     true",
            "VIEWER,      GET,    /residents/Resident:1,     false",
            "DRIVER,      GET,    /residents,                false",
            "OPERATOR,    POST,   /bookings,                 true",
            "ORG_ADMIN,   GET,    /unmet-needs,              true",
            "VIEWER,      GET,    /bookings,                 false",
            "VIEWER,      GET,    /recurring-bookings,       false",
            "OPERATOR,    DELETE, /recurring-bookings/R:1,   true",
            // Figures: read by all who report, changed by no one.
            "VIEWER,      GET,    /stats/ridership,          true",
            "EVENT_STAFF, GET,    /stats/ridership,          true",
            "TILL_STAFF,  GET,    /stats/ridership,          true",
            "OPERATOR,    GET,    /stats/ridership,          true",
            "ORG_ADMIN,   POST,   /stats/ridership,          false",
            "DRIVER,      GET,    /stats/ridership,          false",
            // Runs: viewers read them; turn-downs name residents, so they count as bookings.
            "VIEWER,      GET,    /runs,                     true",
            "VIEWER,      GET,    /runs/Run:1,               true",
            "VIEWER,      POST,   /runs,                     false",
            "OPERATOR,    POST,   /runs,                     true",
            "DRIVER,      GET,    /runs,                     false",
            "VIEWER,      GET,    /runs/Run:1/turn-downs,    false",
            "OPERATOR,    POST,   /runs/Run:1/turn-downs,    true",
            "VIEWER,      GET,    /runs/Run:1/sheet,         false",
            "OPERATOR,    GET,    /runs/Run:1/sheet,         true",
            "ORG_ADMIN,   POST,   /runs/Run:1/duty,          true",
            // The market: producers (personal details) and settlements for the office; products and sales points
            // read by the till too; a till's day for till staff as well; a producer's erasure for the admin only.
            "OPERATOR,    GET,    /market/producers,                     true",
            "OPERATOR,    POST,   /market/producers/Producer:1/settlements, true",
            "ORG_ADMIN,   PUT,    /market/producers/Producer:1/terms,    true",
            "TILL_STAFF,  GET,    /market/producers,                     false",
            "TILL_STAFF,  GET,    /market/producers/Producer:1,          false",
            "VIEWER,      GET,    /market/producers/Producer:1,          false",
            "DRIVER,      GET,    /market/producers,                     false",
            "TILL_STAFF,  GET,    /market/settlements/Settlement:1,      false",
            "OPERATOR,    GET,    /market/settlements/Settlement:1,      true",
            "ORG_ADMIN,   POST,   /market/producers/Producer:1/erasure,  true",
            "OPERATOR,    POST,   /market/producers/Producer:1/erasure,  false",
            "TILL_STAFF,  GET,    /market/products,                      true",
            "TILL_STAFF,  POST,   /market/products,                      false",
            "TILL_STAFF,  GET,    /market/sales-points,                  true",
            "VIEWER,      GET,    /market/products,                      false",
            "TILL_STAFF,  POST,   /market/till-sessions,                 true",
            "TILL_STAFF,  POST,   /market/till-sessions/TillSession:1/sales, true",
            "TILL_STAFF,  GET,    /market/till-sessions/TillSession:1,   true",
            "OPERATOR,    POST,   /market/till-sessions/TillSession:1/close, true",
            "VIEWER,      GET,    /market/till-sessions/TillSession:1,   false",
            "EVENT_STAFF, POST,   /market/till-sessions,                 false",
            "ORG_ADMIN,   GET,    /market/secrets,                       false",
            "ORG_ADMIN,   GET,    /market,                               false",
            // A settlement's statement as PDF (payout, the producer's name): the office only.
            "OPERATOR,    GET,    /market/settlements/Settlement:1/statement.pdf, true",
            "TILL_STAFF,  GET,    /market/settlements/Settlement:1/statement.pdf, false",
            "VIEWER,      GET,    /market/settlements/Settlement:1/statement.pdf, false",
            // Events: series and registrations (names on the phone) for the office; the door for event staff too;
            // the figures for everyone who reports.
            "OPERATOR,    POST,   /attendance/series,                                  true",
            "OPERATOR,    POST,   /attendance/sessions/EventSession:1/registrations,   true",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/registrations,   false",
            "EVENT_STAFF, POST,   /attendance/series,                                  false",
            "EVENT_STAFF, GET,    /attendance/series/EventSeries:1,                    false",
            "EVENT_STAFF, GET,    /attendance/sessions/EventSession:1,                 true",
            "EVENT_STAFF, GET,    /attendance/sessions,                                true",
            "EVENT_STAFF, GET,    /attendance/sessions/EventSession:1/registrants,     true",
            "OPERATOR,    GET,    /attendance/sessions/EventSession:1/registrants,     true",
            "VIEWER,      GET,    /attendance/sessions/EventSession:1/registrants,     false",
            "TILL_STAFF,  GET,    /attendance/sessions/EventSession:1/registrants,     false",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/check-ins,       true",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/walk-ins,        true",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/check-ins/c-1/undo, true",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/close,           true",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/secrets,         false",
            "VIEWER,      GET,    /attendance/sessions/EventSession:1,                 false",
            "VIEWER,      POST,   /attendance/sessions/EventSession:1/check-ins,       false",
            "VIEWER,      GET,    /attendance/figures,                                 true",
            "VIEWER,      GET,    /attendance/figures/series/EventSeries:1,            true",
            "TILL_STAFF,  GET,    /attendance/sessions/EventSession:1,                 false",
            "DRIVER,      GET,    /attendance/figures,                                 false",
            "ORG_ADMIN,   POST,   /attendance/figures,                                 false",
            "ORG_ADMIN,   GET,    /attendance,                                         false",
            // Erasing a guest's or a walk-in's details: the organization's admin only, not the door nor the office.
            "ORG_ADMIN,   POST,   /attendance/sessions/EventSession:1/registrations/Registration:1/erase, true",
            "ORG_ADMIN,   POST,   /attendance/sessions/EventSession:1/check-ins/c-1/erase, true",
            "OPERATOR,    POST,   /attendance/sessions/EventSession:1/registrations/Registration:1/erase, false",
            "OPERATOR,    POST,   /attendance/sessions/EventSession:1/check-ins/c-1/erase, false",
            "EVENT_STAFF, POST,   /attendance/sessions/EventSession:1/check-ins/c-1/erase, false",
            // A path the policy does not know is refused to everyone of the organization.
            "ORG_ADMIN,   GET,    /secrets,                  false",
            "ORG_ADMIN,   GET,    '',                        false",
    })
    void aLoginOfTheOrganizationMayDoWhatItsRoleAllows(Role role, String method, String path, boolean allowed) {
        assertThat(decide(member(role), method, "/api/orgs/" + ORG + path)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} {1} page {2} -> {3}")
    @CsvSource({
            // The door's pages (the chooser, its service worker, a session's door) for the door's logins; the rest
            // of the events pages are the office's.
            "EVENT_STAFF, GET,  /events/door,                                 true",
            "EVENT_STAFF, GET,  /events/door/door-sw.js,                      true",
            "EVENT_STAFF, GET,  /events/sessions/EventSession:1/door,         true",
            "OPERATOR,    GET,  /events/sessions/EventSession:1/door,         true",
            "ORG_ADMIN,   GET,  /events/door,                                 true",
            "EVENT_STAFF, GET,  /events,                                      false",
            "EVENT_STAFF, GET,  /events/sessions/EventSession:1,              false",
            "EVENT_STAFF, GET,  /events/sessions/EventSession:1/door/x,       false",
            "VIEWER,      GET,  /events/door,                                 false",
            "TILL_STAFF,  GET,  /events/sessions/EventSession:1/door,         false",
            "DRIVER,      GET,  /events/door,                                 false",
    })
    void theDoorsPagesAreForTheDoorsLogins(Role role, String method, String path, boolean allowed) {
        YuiUser user = member(role);
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/orgs/" + ORG + path);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        assertThat(access.check(() -> authentication, new RequestAuthorizationContext(request, Map.of("org", ORG)))
                .isGranted()).isEqualTo(allowed);
    }

    @Test
    void aLoginOfOneOrganizationNeverReachesAnothers() {
        YuiUser admin = member(Role.ORG_ADMIN);
        assertThat(decide(admin, "GET", "/api/orgs/other/services")).isFalse();
        assertThat(decide(admin, "GET", "/api/orgs/other/stats/ridership")).isFalse();
        assertThat(decide(admin, "GET", "/api/orgs/other/market/producers")).isFalse();
        assertThat(decide(member(Role.TILL_STAFF), "POST", "/api/orgs/other/market/till-sessions")).isFalse();
        assertThat(access.allowed(admin, null, "/api/orgs//services".split("/"), true)).isFalse();
    }

    @Test
    void theAdminMayDoEverythingInEveryOrganization() {
        YuiUser admin = user("admin", Role.ADMIN, null);
        assertThat(decide(admin, "POST", "/api/orgs/any/residents/Resident:1/erase")).isTrue();
        assertThat(decide(admin, "GET", "/api/orgs/any/secrets")).isTrue();
    }

    @Test
    void cityStaffReadEveryOrganizationsFiguresAndNothingElse() {
        YuiUser city = user("city", Role.CITY_STAFF, null);
        assertThat(decide(city, "GET", "/api/orgs/any/stats/ridership")).isTrue();
        assertThat(decide(city, "POST", "/api/orgs/any/stats/ridership")).isFalse();
        assertThat(decide(city, "GET", "/api/orgs/any/runs")).isFalse();
        assertThat(decide(city, "GET", "/api/orgs/any/residents")).isFalse();
        assertThat(decide(city, "GET", "/api/orgs/any/market/producers")).isFalse();
        assertThat(decide(city, "GET", "/api/orgs/any/market/till-sessions/TillSession:1")).isFalse();
        assertThat(decide(city, "GET", "/api/orgs/any/attendance/figures")).isTrue();
        assertThat(decide(city, "GET", "/api/orgs/any/attendance/sessions/EventSession:1")).isFalse();
        assertThat(decide(city, "GET", "/api/orgs/any/attendance/series/EventSeries:1")).isFalse();
    }

    @Test
    void aDriverReadsAndRecordsOnlyTheRunsAssignedToThem() {
        YuiUser driver = member(Role.DRIVER);
        driver(ORG, "Driver:1", driver.getUsername());
        driver(ORG, "Driver:2", "someone-else");
        runOf(ORG, "Run:mine", "Driver:1");
        runOf(ORG, "Run:theirs", "Driver:2");
        runOf(ORG, "Run:nobody", null);
        runOf(ORG, "Run:unknown-driver", "Driver:9");

        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:mine/sheet")).isTrue();
        assertThat(decide(driver, "POST", "/api/orgs/own/runs/Run:mine/duty")).isTrue();
        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:mine")).as("the run itself").isFalse();
        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:mine/turn-downs")).isFalse();
        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:theirs/sheet")).isFalse();
        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:nobody/sheet")).isFalse();
        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:unknown-driver/sheet")).isFalse();
        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:missing/sheet")).isFalse();
    }

    @Test
    void aDriverIsNotLetIntoAnotherOrganizationsRunByItsId() {
        YuiUser driver = member(Role.DRIVER);
        driver(ORG, "Driver:1", driver.getUsername());
        runOf("other", "Run:elsewhere", "Driver:1");

        assertThat(decide(driver, "GET", "/api/orgs/own/runs/Run:elsewhere/sheet")).isFalse();
    }

    @Test
    void theApplicationsContextPathIsNotPartOfThePolicysPath() {
        YuiUser viewer = member(Role.VIEWER);
        Authentication login = UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities());
        assertThat(decide(login, "GET", "/yui", "/api/orgs/own/runs")).isTrue();
        assertThat(decide(login, "GET", "/yui", "/api/orgs/own/residents")).isFalse();
    }

    @Test
    void noLoginOrAnUnknownKindOfLoginIsRefused() {
        YuiUser admin = user("admin", Role.ADMIN, null);
        assertThat(decide((Authentication) null, "GET", "", "/api/orgs/own/runs")).isFalse();
        assertThat(decide(UsernamePasswordAuthenticationToken.unauthenticated(admin, null), "GET", "",
                "/api/orgs/own/runs")).isFalse();
        assertThat(decide(UsernamePasswordAuthenticationToken.authenticated("admin", null, admin.getAuthorities()),
                "GET", "", "/api/orgs/own/runs")).isFalse();
    }
}
