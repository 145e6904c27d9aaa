package jp.yui.app.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.RunView;

/**
 * Who may do what under {@code /api/orgs/{org}/}: checked on the server for every request, before any controller
 * runs. A login of one organization never reaches another's paths; city staff read every organization's figures
 * and nothing else; a driver reads and records only the runs assigned to them. A path this policy does not know is
 * refused, so a new endpoint must be given its place here before anyone can use it.
 *
 * <p>Pages under {@code /orgs/{org}/} are placed in the same areas as the API they show ({@link #pageAreaOf}): the
 * phone-booking console is {@link Area#BOOKINGS}, a driver's run page is {@link Area#RUN_OF_DRIVER}, the figures
 * {@link Area#STATS}, the administration {@link Area#ADMINISTRATION}, the till page (with the posts its queue
 * sends) {@link Area#TILL_PAGE}, the events pages {@link Area#EVENTS} but the door's {@link Area#DOOR}.
 */
@Component
class OrganizationAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** The parts of an organization's API, by what they show and change. */
    enum Area {
        REFERENCE(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER, Role.DRIVER), Set.of(Role.ORG_ADMIN)),
        RESIDENTS(Set.of(Role.ORG_ADMIN, Role.OPERATOR), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        RUNS(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        RUN_OF_DRIVER(Set.of(Role.ORG_ADMIN, Role.OPERATOR), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        BOOKINGS(Set.of(Role.ORG_ADMIN, Role.OPERATOR), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        /**
         * The market's office side: producers (their personal details with them), products, sales points and
         * settlements. Till staff read products and sales points (what a till sells and where), never producers.
         */
        MARKET(Set.of(Role.ORG_ADMIN, Role.OPERATOR), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        MARKET_CATALOGUE(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.TILL_STAFF), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        /** A till's day: opening, sales, voids, refunds and the close. */
        TILLS(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.TILL_STAFF), Set.of(Role.ORG_ADMIN, Role.OPERATOR,
                Role.TILL_STAFF)),
        /** 行事と参加, the office's side: series, sessions, registrations by phone and the waitlist. */
        EVENTS(Set.of(Role.ORG_ADMIN, Role.OPERATOR), Set.of(Role.ORG_ADMIN, Role.OPERATOR)),
        /** The door of a session: reading it, check-ins, walk-ins, undo and the close. */
        DOOR(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.EVENT_STAFF),
                Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.EVENT_STAFF)),
        STATS(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER, Role.EVENT_STAFF, Role.TILL_STAFF), Set.of()),
        /** Erasing a person and reading who looked at personal data: the organization's admin only. */
        ADMINISTRATION(Set.of(Role.ORG_ADMIN), Set.of(Role.ORG_ADMIN)),
        /** The organization's start page: every login of the organization. */
        HOME(EnumSet.complementOf(EnumSet.of(Role.ADMIN, Role.CITY_STAFF)), Set.of()),
        /** The driver's list of today's runs (the runs themselves are {@link #RUN_OF_DRIVER}). */
        DRIVER_PAGE(Set.of(Role.DRIVER, Role.ORG_ADMIN, Role.OPERATOR), Set.of()),
        /** The till (レジ) page of the farm stand and markets: open, sell, void, refund, close. */
        TILL_PAGE(Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.TILL_STAFF),
                Set.of(Role.ORG_ADMIN, Role.OPERATOR, Role.TILL_STAFF)),
        UNKNOWN(Set.of(), Set.of());

        final Set<Role> read;
        final Set<Role> write;

        Area(Set<Role> read, Set<Role> write) {
            this.read = read.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(read);
            this.write = write.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(write);
        }
    }

    private final ViewStore<RunView> runs;
    private final ViewStore<DriverView> drivers;

    OrganizationAccess(ViewStore<RunView> runs, ViewStore<DriverView> drivers) {
        this.runs = runs;
        this.drivers = drivers;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof YuiUser user)) {
            return new AuthorizationDecision(false);
        }
        String org = context.getVariables().get("org");
        String[] rest = context.getRequest().getRequestURI()
                .substring(context.getRequest().getContextPath().length()).split("/");
        // API: "", "api", "orgs", org, area, ...; pages: "", "orgs", org, section, ...
        boolean read = HttpMethod.GET.matches(context.getRequest().getMethod());
        boolean page = rest.length > 1 && rest[1].equals("orgs");
        return new AuthorizationDecision(page ? pageAllowed(user, org, rest, read) : allowed(user, org, rest, read));
    }

    boolean allowed(YuiUser user, String org, String[] path, boolean read) {
        return allowed(user, org, areaOf(path), path.length > 5 ? path[5] : null, read);
    }

    /** A page: {@code "", "orgs", org, section, ...}. */
    boolean pageAllowed(YuiUser user, String org, String[] path, boolean read) {
        Area area = pageAreaOf(path);
        String runId = area == Area.RUN_OF_DRIVER ? path[5] : null;
        return allowed(user, org, area, runId, read);
    }

    static Area pageAreaOf(String[] path) {
        String section = path.length > 3 ? path[3] : "";
        return switch (section) {
            case "" -> Area.HOME;
            case "console" -> Area.BOOKINGS;
            case "driver" -> path.length > 5 && path[4].equals("runs") ? Area.RUN_OF_DRIVER : Area.DRIVER_PAGE;
            case "figures" -> Area.STATS;
            case "admin" -> Area.ADMINISTRATION;
            case "events" -> isDoorPage(path) ? Area.DOOR : Area.EVENTS;
            case "market" -> path.length > 4 && path[4].equals("till") ? Area.TILL_PAGE
                    : path.length > 4 && path[4].equals("settlements") ? Area.MARKET : Area.UNKNOWN;
            default -> Area.UNKNOWN;
        };
    }

    /**
     * The door's pages under {@code /orgs/{org}/events/}: the chooser {@code door} (with its service worker) and a
     * session's {@code sessions/{id}/door}; the rest of the events pages are the office's.
     */
    private static boolean isDoorPage(String[] path) {
        return path.length > 4 && path[4].equals("door")
                || path.length == 7 && path[4].equals("sessions") && path[6].equals("door");
    }

    private boolean allowed(YuiUser user, String org, Area area, String runId, boolean read) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (user.has(Role.CITY_STAFF) && area == Area.STATS && read) {
            return true;
        }
        if (org == null || !org.equals(user.organizationId())) {
            return false;
        }
        Set<Role> allowed = read ? area.read : area.write;
        if (user.roles().stream().anyMatch(allowed::contains)) {
            return true;
        }
        return area == Area.RUN_OF_DRIVER && user.has(Role.DRIVER) && runId != null
                && isAssigned(org, runId, user.getUsername());
    }

    static Area areaOf(String[] path) {
        if (path.length < 5) {
            return Area.UNKNOWN;
        }
        String first = path[4];
        return switch (first) {
            case "drivers" -> path.length > 6 && path[6].equals("erase") ? Area.ADMINISTRATION : Area.REFERENCE;
            case "services", "vehicles" -> Area.REFERENCE;
            case "residents" -> path.length > 6 && path[6].equals("erase") ? Area.ADMINISTRATION : Area.RESIDENTS;
            case "audit" -> Area.ADMINISTRATION;
            case "bookings", "unmet-needs", "recurring-bookings" -> Area.BOOKINGS;
            case "stats" -> Area.STATS;
            case "market" -> marketAreaOf(path);
            case "attendance" -> attendanceAreaOf(path);
            case "runs" -> path.length > 6 && (path[6].equals("sheet") || path[6].equals("duty")) ? Area.RUN_OF_DRIVER
                    : path.length > 6 && path[6].equals("turn-downs") ? Area.BOOKINGS : Area.RUNS;
            default -> Area.UNKNOWN;
        };
    }

    /** {@code "", "api", "orgs", org, "market", part, id, action}. */
    private static Area marketAreaOf(String[] path) {
        String part = path.length > 5 ? path[5] : "";
        return switch (part) {
            case "producers" -> path.length > 7 && path[7].equals("erasure") ? Area.ADMINISTRATION : Area.MARKET;
            case "settlements" -> Area.MARKET;
            case "products", "sales-points" -> Area.MARKET_CATALOGUE;
            case "till-sessions" -> Area.TILLS;
            default -> Area.UNKNOWN;
        };
    }

    /**
     * {@code "", "api", "orgs", org, "attendance", part, id, action, id, erase}: the figures are {@link Area#STATS};
     * a session read, its registrants, the day's sessions and the door's writes {@link Area#DOOR}; erasing a guest's
     * or a walk-in's details {@link Area#ADMINISTRATION}; the rest (series, registrations) {@link Area#EVENTS}.
     */
    private static Area attendanceAreaOf(String[] path) {
        String part = path.length > 5 ? path[5] : "";
        String action = path.length > 7 ? path[7] : "";
        if (part.equals("sessions") && path.length > 9 && path[9].equals("erase")) {
            return Area.ADMINISTRATION;
        }
        return switch (part) {
            case "figures" -> Area.STATS;
            case "series" -> Area.EVENTS;
            case "sessions" -> path.length <= 7 || action.equals("check-ins") || action.equals("walk-ins")
                    || action.equals("close") || action.equals("registrants") ? Area.DOOR
                    : action.equals("registrations") ? Area.EVENTS : Area.UNKNOWN;
            default -> Area.UNKNOWN;
        };
    }

    private boolean isAssigned(String org, String runId, String username) {
        return runs.find(runId)
                .filter(run -> run.organizationId().equals(org) && run.driverId() != null)
                .flatMap(run -> drivers.find(run.driverId()))
                .map(driver -> username.equals(driver.userName()))
                .orElse(false);
    }
}
