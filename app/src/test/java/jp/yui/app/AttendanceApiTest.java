package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

import jp.yui.domain.attendance.api.AttendeeDataErased;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.Sealed;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * Events and attendance over real HTTP: a session from phone registrations through the door to its close and its
 * figures, the waitlist's offers accepted or lapsing by themselves, a guest's and a walk-in's details erased, and bad
 * input (an unknown session, a check-in after the close, negative companions, another organization's session)
 * refused with a problem and nothing stored. Each test works in an organization of its own; the service's clock only
 * ever moves forward (a test may move it on instead of waiting for an offer to expire).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttendanceApiTest {

    private static final String PASSWORD = "test-admin-password-a";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);

    /** The service's clock, moved on by the offers' test. */
    private static final SecurityTest.MovableClock CLOCK = new SecurityTest.MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "attendance", PASSWORD);
        registry.add("yui.attendance.offer-check-interval", () -> "PT0.2S");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    PersonalDataVault vault;

    private YuiHttp http;
    private String org;
    private String base;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        org = YuiHttp.unique("a");
        base = "/api/orgs/" + org + "/attendance";
    }

    private long storedEvents() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();
    }

    private long eventsOf(String aggregateId) {
        return database.getCollection(SequencedEventStorageEngine.EVENTS)
                .countDocuments(new Document("aggregateIdentifier", aggregateId));
    }

    private String series(String base) {
        return http.created(http.post(base + "/series", """
                {"title":"健康講座","targetGroup":"65歳以上"}"""), "seriesId");
    }

    private String session(String base, String seriesId, int capacity) {
        return session(base, seriesId, capacity, 24);
    }

    private String session(String base, String seriesId, int capacity, int offerHeldForHours) {
        return http.created(http.post(base + "/series/" + seriesId + "/sessions", """
                {"number":1,"venue":"河東公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:30:00","capacity":%d,
                 "feeYen":300,"offerHeldForHours":%d}""".formatted(DAY, DAY, capacity, offerHeldForHours)),
                "eventSessionId");
    }

    /** A guest put on the waitlist when the session is full. */
    private String waiting(String sessionId, String name) {
        YuiHttp.Response r = http.post(base + "/sessions/" + sessionId + "/registrations", """
                {"guest":{"name":"%s"},"ageBand":"FROM_65_TO_74","district":"北","waitlistIfFull":true}"""
                .formatted(name));
        assertThat(r.json().get("status")).as(r.body()).isEqualTo("WAITLISTED");
        return http.created(r, "registrationId");
    }

    /** The registration as the session's view has it, once {@code until} holds for it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> registration(String sessionId, String registrationId,
                                             java.util.function.Predicate<Map<String, Object>> until)
            throws InterruptedException {
        Map<String, Object> found = YuiHttp.eventually(VIEW_LAG, () -> Optional.ofNullable((Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) http.get(base + "/sessions/" + sessionId).json()
                                .get("session")).get("registrations")).get(registrationId)).orElse(Map.of()),
                r -> !r.isEmpty() && until.test(r));
        assertThat(found).as("registration %s of %s in time", registrationId, sessionId)
                .matches(r -> !r.isEmpty() && until.test(r));
        return found;
    }

    private String guest(String sessionId, String name, int companions) {
        return http.created(http.post(base + "/sessions/" + sessionId + "/registrations", """
                {"guest":{"name":"%s","kana":"げすと","phone":"0242-00-0000"},"ageBand":"FROM_75_TO_84",
                 "district":"河東","companions":%d}""".formatted(name, companions)), "registrationId");
    }

    private static void assertProblem(YuiHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figuresOf(String path, long attendances) throws InterruptedException {
        return figuresWhen(path, "attendances", attendances);
    }

    /** The figures once {@code key} shows {@code value} (the views lag a little). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> figuresWhen(String path, String key, long value) throws InterruptedException {
        return (Map<String, Object>) YuiHttp.eventually(VIEW_LAG, () -> http.get(path).json(),
                json -> json.get("figures") != null
                        && ((Number) ((Map<String, Object>) json.get("figures")).get(key)).longValue()
                        == value).get("figures");
    }

    @Test
    void aSessionFromPhoneRegistrationsThroughTheDoorToItsFigures() throws Exception {
        String seriesId = series(base);
        String sessionId = session(base, seriesId, 10);
        String resident = http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-1","details":{"name":"河東 一郎","kana":"かわひがし いちろう","phones":["0242-11-1111"]}}"""),
                "residentId");
        YuiHttp.Response byPhone = http.post(base + "/sessions/" + sessionId + "/registrations", """
                {"residentId":"%s","companions":1}""".formatted(resident));
        String withCompanion = http.created(byPhone, "registrationId");
        assertThat(byPhone.json().get("status")).isEqualTo("REGISTERED");
        String noShow = guest(sessionId, "来ない 花子", 0);
        String cancelled = guest(sessionId, "取消 次郎", 0);
        assertThat(http.post(base + "/sessions/" + sessionId + "/registrations/" + cancelled + "/cancel", "{}")
                .status()).isEqualTo(200);

        String door = base + "/sessions/" + sessionId;
        String checkIn = """
                {"checkInId":"tablet-0001","registrationId":"%s","at":"%sT09:55:00"}""".formatted(withCompanion, DAY);
        assertThat(http.post(door + "/check-ins", checkIn).status()).isEqualTo(200);
        assertThat(http.post(door + "/check-ins", checkIn).status()).as("sent again by a flaky tablet")
                .isEqualTo(200);
        assertThat(http.post(door + "/walk-ins", """
                {"checkInId":"tablet-0002","ageBand":"FROM_65_TO_74","district":"北","at":"%sT10:02:00"}"""
                .formatted(DAY)).status()).isEqualTo(200);
        assertThat(http.post(door + "/walk-ins", """
                {"checkInId":"tablet-0003","ageBand":"UNDER_40","district":"北","name":{"name":"間違 三郎"}}""")
                .status()).isEqualTo(200);
        assertThat(http.post(door + "/check-ins/tablet-0003/undo", """
                {"reason":"二重に入力"}""").status()).isEqualTo(200);
        assertThat(http.post(door + "/check-ins/tablet-0003/undo", """
                {"reason":"二重に入力"}""").status()).as("undo only of a check-in not undone").isEqualTo(409);

        YuiHttp.Response closed = http.post(door + "/close", "{}");
        assertThat(closed.status()).as(closed.body()).isIn(200, 202);

        // Counted by hand: registered 2 (resident and companion) + 1 guest; the cancelled one not. Through the door
        // the resident with the companion (2) and one walk-in (the other undone): 延べ 3, 実人数 3; the guest who
        // did not come is the one no-show; the fee 300 yen times 3.
        Map<String, Object> session = figuresOf(base + "/figures/sessions/" + sessionId, 3);
        assertThat(session).containsEntry("sessions", 1).containsEntry("registered", 3).containsEntry("attended", 2)
                .containsEntry("walkIns", 1).containsEntry("noShows", 1).containsEntry("attendances", 3)
                .containsEntry("distinctPeople", 3).containsEntry("feeRevenueYen", 900);
        assertThat((Map<String, Object>) session.get("attendancesByDistrict")).containsEntry("北", 1);
        assertThat(figuresOf(base + "/figures/series/" + seriesId, 3)).containsEntry("noShows", 1)
                .containsEntry("distinctPeople", 3);
        assertThat(figuresOf(base + "/figures?month=" + DAY.toString().substring(0, 7), 3))
                .containsEntry("walkIns", 1);
        int fiscalYear = DAY.getMonthValue() >= 4 ? DAY.getYear() : DAY.getYear() - 1;
        assertThat(figuresOf(base + "/figures?fiscalYear=" + fiscalYear, 3)).containsEntry("registered", 3);

        Map<String, Object> atDoor = http.get(door).json();
        assertThat(((Map<String, Object>) atDoor.get("session")).get("closed")).isEqualTo(true);
        assertThat(((Map<String, Object>) atDoor.get("session")).get("noShowRegistrationIds"))
                .isEqualTo(java.util.List.of(noShow));
        assertThat(http.get(door).body()).doesNotContain("来ない").doesNotContain("間違");
    }

    @Test
    void badInputIsRefusedWithAProblemAndStoresNothing() throws Exception {
        String seriesId = series(base);
        String sessionId = session(base, seriesId, 5);
        String registered = guest(sessionId, "受付 太郎", 0);
        String otherBase = "/api/orgs/" + YuiHttp.unique("b") + "/attendance";
        String othersSession = session(otherBase, series(otherBase), 5);
        String door = base + "/sessions/" + sessionId;
        YuiHttp.eventually(VIEW_LAG, () -> http.get(door).status(), s -> s == 200);
        long before = storedEvents();
        long ofSession = eventsOf(sessionId);

        YuiHttp.Response unknown = http.post(base + "/sessions/EventSession:" + UUID.randomUUID() + "/check-ins", """
                {"checkInId":"tablet-1001","registrationId":"%s"}""".formatted(registered));
        assertProblem(unknown, 404);
        assertProblem(http.post(base + "/sessions/EventSession:" + UUID.randomUUID() + "/registrations", """
                {"guest":{"name":"不明 一郎"}}"""), 404);

        YuiHttp.Response negative = http.post(door + "/registrations", """
                {"guest":{"name":"同伴 花子"},"companions":-1}""");
        assertProblem(negative, 400);
        assertThat(negative.body()).contains("companions");
        assertProblem(http.post(door + "/check-ins", """
                {"checkInId":"tablet-1002","registrationId":"%s","companions":-2}""".formatted(registered)), 400);

        assertProblem(http.post(base + "/sessions/" + othersSession + "/registrations",
                """
                {"guest":{"name":"他団体 一郎"}}"""), 404);
        assertProblem(http.post(base + "/sessions/" + othersSession + "/walk-ins", """
                {"checkInId":"tablet-1003","ageBand":"UNKNOWN","district":"北"}"""), 404);
        assertProblem(http.get(base + "/sessions/" + othersSession), 404);
        assertProblem(http.get(base + "/figures/sessions/" + othersSession), 404);
        assertProblem(http.post(base + "/series/EventSeries:" + UUID.randomUUID() + "/sessions", """
                {"number":2,"venue":"公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:00:00","capacity":5,"feeYen":0}"""
                .formatted(DAY, DAY)), 404);

        assertThat(storedEvents()).as("nothing stored by the refusals").isEqualTo(before);
        assertThat(eventsOf(othersSession)).isEqualTo(1);

        assertThat(http.post(door + "/close", "{}").status()).isIn(200, 202);
        long closedAt = eventsOf(sessionId);
        assertThat(closedAt).isEqualTo(ofSession + 1);
        YuiHttp.Response late = http.post(door + "/check-ins", """
                {"checkInId":"tablet-1004","registrationId":"%s"}""".formatted(registered));
        assertProblem(late, 409);
        assertThat(late.json().get("rule")).isEqualTo("SessionIsOpen");
        assertProblem(http.post(door + "/walk-ins", """
                {"checkInId":"tablet-1005","ageBand":"UNKNOWN","district":"北"}"""), 409);
        assertThat(eventsOf(sessionId)).as("nothing stored after the close").isEqualTo(closedAt);
        assertThat(figuresWhen(base + "/figures/sessions/" + sessionId, "noShows", 1)).containsEntry("attendances", 0)
                .containsEntry("registered", 1);
    }

    private YuiHttp user(String role) {
        return user(role, role.equals("CITY_STAFF") ? null : org);
    }

    /** A login with these roles in the organization (none: {@code null}). */
    private YuiHttp user(String roles, String organization) {
        String login = YuiHttp.unique(roles.split(",")[0].toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        YuiHttp.Response r = http.post("/api/users", """
                {"username":"%s","password":"a-long-user-password","roles":["%s"],"organizationId":%s}"""
                .formatted(login, roles.replace(",", "\",\""), organization == null ? "null"
                        : "\"" + organization + "\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return http.as(login, "a-long-user-password");
    }

    @Test
    void eventStaffKeepTheDoorViewersAndCityStaffReadTheFiguresOnly() throws Exception {
        String seriesId = series(base);
        String sessionId = session(base, seriesId, 5);
        String registered = guest(sessionId, "戸口 一郎", 0);
        String door = base + "/sessions/" + sessionId;
        YuiHttp staff = user("EVENT_STAFF");
        YuiHttp viewer = user("VIEWER");
        YuiHttp city = user("CITY_STAFF");

        assertThat(YuiHttp.eventually(VIEW_LAG, () -> staff.get(door).status(), s -> s == 200)).isEqualTo(200);
        assertThat(staff.post(door + "/check-ins", """
                {"checkInId":"tablet-2001","registrationId":"%s"}""".formatted(registered)).status()).isEqualTo(200);
        assertThat(staff.post(door + "/registrations", """
                {"guest":{"name":"戸口 二郎"}}""").status()).isEqualTo(403);
        assertThat(staff.post(base + "/series", """
                {"title":"勝手な講座"}""").status()).isEqualTo(403);
        for (YuiHttp reader : java.util.List.of(viewer, city)) {
            assertThat(reader.get(base + "/figures/sessions/" + sessionId).status()).isEqualTo(200);
            assertThat(reader.get(base + "/figures").status()).isEqualTo(200);
            assertThat(reader.get(door).status()).isEqualTo(403);
            assertThat(reader.post(door + "/walk-ins", """
                    {"checkInId":"tablet-2002","ageBand":"UNKNOWN","district":"北"}""").status()).isEqualTo(403);
        }
    }

    @Test
    void aPlaceFreedIsOfferedToTheWaitlistAndAcceptedButNotLapsedBeforeItsExpiry() throws Exception {
        String sessionId = session(base, series(base), 1);
        String first = guest(sessionId, "先着 一郎", 0);
        String waiting = waiting(sessionId, "順番 二郎");
        String registrations = base + "/sessions/" + sessionId + "/registrations/";
        assertProblem(http.post(registrations + waiting + "/accept", "{}"), 409);

        assertThat(http.post(registrations + first + "/cancel", "{}").status()).isEqualTo(200);
        assertThat(registration(sessionId, waiting, r -> r.get("offerExpiresAt") != null)).containsEntry("status",
                "WAITLISTED");
        long stored = eventsOf(sessionId);
        YuiHttp.Response early = http.post(registrations + waiting + "/lapse", "{}");
        assertProblem(early, 409);
        assertThat(early.json().get("rule")).isEqualTo("OfferHasExpired");
        assertThat(eventsOf(sessionId)).as("nothing stored by the refused lapse").isEqualTo(stored);

        YuiHttp.Response accepted = http.post(registrations + waiting + "/accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json()).containsEntry("status", "registered");
        assertThat(http.post(registrations + waiting + "/accept", "{}").status()).as("sent again").isEqualTo(200);
        assertThat(eventsOf(sessionId)).as("accepted once").isEqualTo(stored + 1);
        assertThat(registration(sessionId, waiting, r -> "REGISTERED".equals(r.get("status"))))
                .containsEntry("offerExpiresAt", null);
        assertProblem(http.post(registrations + waiting + "/lapse", "{}"), 409);
    }

    @Test
    void anOfferNotAcceptedByItsExpiryLapsesByItselfAndTheNextWaitingPartyIsOffered() throws Exception {
        String seriesId = series(base);
        String sessionId = session(base, seriesId, 1, 1);
        String first = guest(sessionId, "先着 一郎", 0);
        String slow = waiting(sessionId, "返事 遅子");
        String next = waiting(sessionId, "次点 三郎");
        String registrations = base + "/sessions/" + sessionId + "/registrations/";
        // A second session whose offer is accepted in time: it must not lapse.
        String other = session(base, seriesId, 1, 1);
        String taken = guest(other, "先着 四郎", 0);
        String quick = waiting(other, "即答 五郎");
        assertThat(http.post(registrations + first + "/cancel", "{}").status()).isEqualTo(200);
        assertThat(http.post(base + "/sessions/" + other + "/registrations/" + taken + "/cancel", "{}").status())
                .isEqualTo(200);
        registration(sessionId, slow, r -> r.get("offerExpiresAt") != null);
        registration(other, quick, r -> r.get("offerExpiresAt") != null);
        assertThat(http.post(base + "/sessions/" + other + "/registrations/" + quick + "/accept", "{}").status())
                .isEqualTo(200);
        registration(other, quick, r -> "REGISTERED".equals(r.get("status")));
        assertThat(registration(sessionId, slow, r -> true)).as("not lapsed before its expiry")
                .containsEntry("status", "WAITLISTED");

        CLOCK.moveOn(Duration.ofMinutes(62)); // past the hour the offer was held for; nobody calls lapse

        registration(sessionId, slow, r -> "LAPSED".equals(r.get("status")));
        assertThat(registration(sessionId, next, r -> r.get("offerExpiresAt") != null))
                .as("the next on the waitlist is offered the place").containsEntry("status", "WAITLISTED");
        assertThat(registration(other, quick, r -> true)).as("the accepted offer stays registered")
                .containsEntry("status", "REGISTERED");
        assertThat(eventsOf(other)).as("nothing recorded for the accepted one").isEqualTo(6);
    }

    /** The sealed details an event of the session holds for {@code subjectId} ({@code field}: guest or name). */
    private Sealed sealedIn(String sessionId, String subjectId, String field) throws Exception {
        for (Document event : database.getCollection(SequencedEventStorageEngine.EVENTS)
                .find(new Document("aggregateIdentifier", sessionId))) {
            Map<?, ?> payload = new ObjectMapper().readValue(event.getString("payload"), Map.class);
            String vaultSubject = AttendeeDataErased.vaultSubject(sessionId, subjectId);
            if (payload.get(field) instanceof Map<?, ?> sealed && vaultSubject.equals(sealed.get("subjectId"))) {
                return new Sealed(vaultSubject, (String) sealed.get("ciphertext"));
            }
        }
        throw new AssertionError("no sealed " + field + " under " + subjectId);
    }

    @Test
    void anAdminErasesAGuestsAndANamedWalkInsDetailsAndTheCountsStayTheSame() throws Exception {
        String sessionId = session(base, series(base), 10);
        String door = base + "/sessions/" + sessionId;
        String guest = guest(sessionId, "消去 花子", 1);
        String walkIn = "walkin-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post(door + "/check-ins", """
                {"checkInId":"checkin-%s","registrationId":"%s"}""".formatted(UUID.randomUUID().toString()
                .substring(0, 8), guest)).status()).isEqualTo(200);
        assertThat(http.post(door + "/walk-ins", """
                {"checkInId":"%s","ageBand":"FROM_65_TO_74","district":"北","name":{"name":"飛込 太郎","kana":"とびこみ"}}"""
                .formatted(walkIn)).status()).isEqualTo(200);
        // The tablet chooses check-in ids: another session's walk-in under the same id keeps its own key.
        String otherSession = session(base, series(base), 10);
        assertThat(http.post(base + "/sessions/" + otherSession + "/walk-ins", """
                {"checkInId":"%s","ageBand":"FROM_75_TO_84","district":"北","name":{"name":"残 次郎","kana":"のこり"}}"""
                .formatted(walkIn)).status()).isEqualTo(200);
        Map<String, Object> before = figuresOf(base + "/figures/sessions/" + sessionId, 3);
        Sealed guestDetails = sealedIn(sessionId, guest, "guest");
        Sealed walkInName = sealedIn(sessionId, walkIn, "name");
        Sealed otherWalkInName = sealedIn(otherSession, walkIn, "name");
        assertThat(vault.open(guestDetails, GuestDetails.class)).map(GuestDetails::name).contains("消去 花子");
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> http.get(door + "/registrants").body(),
                b -> b.contains(guest))).contains("消去 花子");
        YuiHttp operator = user("OPERATOR");
        YuiHttp orgAdmin = user("ORG_ADMIN");
        assertProblem(operator.post(door + "/registrations/" + guest + "/erase", "{}"), 403);
        assertProblem(user("EVENT_STAFF").post(door + "/check-ins/" + walkIn + "/erase", "{}"), 403);
        assertThat(vault.open(guestDetails, GuestDetails.class)).as("not erased by a refusal").isPresent();
        long stored = eventsOf(sessionId);

        YuiHttp.Response erased = orgAdmin.post(door + "/registrations/" + guest + "/erase", "{}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json()).containsEntry("status", "erased");
        assertThat(orgAdmin.post(door + "/check-ins/" + walkIn + "/erase", "{}").status()).isEqualTo(200);
        assertThat(orgAdmin.post(door + "/check-ins/" + walkIn + "/erase", "{}").status()).as("erased again")
                .isEqualTo(200);

        assertThat(vault.open(guestDetails, GuestDetails.class)).as("the guest's key destroyed").isEmpty();
        assertThat(vault.open(walkInName, GuestDetails.class)).as("the walk-in's key destroyed").isEmpty();
        assertThat(vault.open(otherWalkInName, GuestDetails.class)).as("the same id in another session kept")
                .map(GuestDetails::name).contains("残 次郎");
        assertThat(eventsOf(sessionId)).as("one erasure each").isEqualTo(stored + 2);
        assertThat(http.get(base + "/figures/sessions/" + sessionId).json().get("figures")).isEqualTo(before);
        List<Map<String, Object>> registrants = http.getList(door + "/registrants");
        assertThat(registrants).singleElement().satisfies(r -> assertThat(r).containsEntry("registrationId", guest)
                .containsEntry("kind", "GUEST").containsEntry("name", null).containsEntry("kana", null)
                .containsEntry("companions", 1));
        assertThat(http.get(door + "/registrants").body()).as("the name reads as erased").doesNotContain("消去");
    }

    @Test
    void erasingWhatHoldsNothingPersonalIsRefusedAndStoresNothing() throws Exception {
        String sessionId = session(base, series(base), 10);
        String door = base + "/sessions/" + sessionId;
        String residentId = http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"E-1","details":{"name":"住民 一郎","kana":"じゅうみん いちろう","phones":[]}}"""),
                "residentId");
        String registered = http.created(http.post(door + "/registrations", """
                {"residentId":"%s"}""".formatted(residentId)), "registrationId");
        assertThat(http.post(door + "/walk-ins", """
                {"checkInId":"anonymous-1","ageBand":"UNKNOWN","district":"北"}""").status()).isEqualTo(200);
        long stored = storedEvents();

        YuiHttp.Response resident = http.post(door + "/registrations/" + registered + "/erase", "{}");
        assertProblem(resident, 422);
        assertThat(resident.json().get("rule")).as("residents are erased as residents")
                .isEqualTo("SubjectHasSealedData");
        assertProblem(http.post(door + "/check-ins/anonymous-1/erase", "{}"), 422);
        assertProblem(http.post(base + "/sessions/EventSession:" + UUID.randomUUID() + "/registrations/"
                + registered + "/erase", "{}"), 404);
        String otherBase = "/api/orgs/" + YuiHttp.unique("b") + "/attendance";
        String othersSession = session(otherBase, series(otherBase), 5);
        long withOthers = storedEvents();
        assertProblem(http.post(base + "/sessions/" + othersSession + "/check-ins/anonymous-1/erase", "{}"), 404);

        assertThat(storedEvents()).as("nothing stored by the refusals").isEqualTo(withOthers);
        assertThat(withOthers - stored).as("only the other organization's series and session").isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCityWideEventsParticipantsReadItsFiguresAndKeepItsDoorAndNothingElse() throws Exception {
        String participant = YuiHttp.unique("p");
        String outsider = YuiHttp.unique("o");
        String seriesId = http.created(http.post(base + "/series", """
                {"title":"地域づくりフェス","participatingOrganizations":["%s"]}""".formatted(participant)),
                "seriesId");
        String sessionId = session(base, seriesId, 30);
        String registered = guest(sessionId, "フェス 一郎", 0);
        String cancelled = guest(sessionId, "フェス 二郎", 0);
        YuiHttp.eventually(VIEW_LAG, () -> http.get(base + "/sessions/" + sessionId).status(), s -> s == 200);
        String theirs = "/api/orgs/" + participant + "/attendance";
        String theirDoor = theirs + "/sessions/" + sessionId;
        YuiHttp staff = user("EVENT_STAFF", participant);
        YuiHttp office = user("ORG_ADMIN,OPERATOR", participant);
        YuiHttp stranger = user("ORG_ADMIN,OPERATOR,EVENT_STAFF", outsider);
        long before = eventsOf(sessionId);

        // The participant's staff keep the door: read it, check in, record a walk-in, undo one.
        assertThat(staff.get(theirDoor).status()).isEqualTo(200);
        assertThat(staff.getList(theirDoor + "/registrants")).extracting(r -> r.get("registrationId"))
                .contains(registered);
        assertThat(staff.post(theirDoor + "/check-ins", """
                {"checkInId":"fes-door-0001","registrationId":"%s"}""".formatted(registered)).status())
                .isEqualTo(200);
        assertThat(staff.post(theirDoor + "/walk-ins", """
                {"checkInId":"fes-door-0002","ageBand":"FROM_40_TO_64","district":"北"}""").status()).isEqualTo(200);
        assertThat(staff.post(theirDoor + "/walk-ins", """
                {"checkInId":"fes-door-0003","ageBand":"FROM_40_TO_64","district":"北"}""").status()).isEqualTo(200);
        assertThat(staff.post(theirDoor + "/check-ins/fes-door-0003/undo", """
                {"reason":"二重に入力"}""").status()).isEqualTo(200);
        assertThat(eventsOf(sessionId)).as("recorded in the organizer's session").isEqualTo(before + 4);
        // ... and read the series' figures and the session's, counted in the organizer's figures.
        assertThat(figuresOf(theirs + "/figures/series/" + seriesId, 2)).containsEntry("walkIns", 1);
        assertThat(figuresOf(base + "/figures/sessions/" + sessionId, 2)).containsEntry("attended", 1);
        assertThat(figuresOf(theirs + "/figures/sessions/" + sessionId, 2)).containsEntry("attended", 1);

        // Nothing else: not the registrations, the waitlist, the close, new sessions, nor the organizer's paths.
        long kept = eventsOf(sessionId);
        long all = storedEvents();
        assertProblem(office.post(theirDoor + "/registrations", """
                {"guest":{"name":"参加団体 三郎"}}"""), 404);
        assertProblem(office.post(theirDoor + "/registrations/" + cancelled + "/cancel", "{}"), 404);
        assertProblem(office.post(theirDoor + "/close", "{}"), 404);
        assertProblem(office.post(theirs + "/series/" + seriesId + "/sessions", """
                {"number":2,"venue":"公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:00:00","capacity":5,"feeYen":0}"""
                .formatted(DAY, DAY)), 404);
        assertProblem(office.post(theirDoor + "/registrations/" + registered + "/erase", "{}"), 404);
        assertProblem(office.get(base + "/sessions/" + sessionId), 403);
        assertProblem(office.get(base + "/figures/series/" + seriesId), 403);
        Map<String, Object> theirYear = (Map<String, Object>) office.get(theirs + "/figures?month="
                + DAY.toString().substring(0, 7)).json().get("figures");
        assertThat(theirYear).as("their own month holds none of the organizer's").containsEntry("attendances", 0);
        assertThat(eventsOf(sessionId)).isEqualTo(kept);
        assertThat(storedEvents()).as("nothing stored by the refusals").isEqualTo(all);

        // An organization not taking part reaches none of it.
        String others = "/api/orgs/" + outsider + "/attendance";
        String otherDoor = others + "/sessions/" + sessionId;
        assertProblem(stranger.get(otherDoor), 404);
        assertProblem(stranger.get(otherDoor + "/registrants"), 404);
        assertProblem(stranger.post(otherDoor + "/check-ins", """
                {"checkInId":"fes-door-0004","registrationId":"%s"}""".formatted(cancelled)), 404);
        assertProblem(stranger.post(otherDoor + "/walk-ins", """
                {"checkInId":"fes-door-0005","ageBand":"UNKNOWN","district":"北"}"""), 404);
        assertProblem(stranger.post(otherDoor + "/check-ins/fes-door-0002/undo", """
                {"reason":"いたずら"}"""), 404);
        assertProblem(stranger.get(others + "/figures/series/" + seriesId), 404);
        assertProblem(stranger.get(others + "/figures/sessions/" + sessionId), 404);
        assertThat(storedEvents()).as("nothing stored for the stranger").isEqualTo(all);
    }
}
