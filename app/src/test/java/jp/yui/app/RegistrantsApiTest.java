package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 申込者一覧 over real HTTP ({@code GET …/attendance/sessions/{id}/registrants}): a resident and guests listed with
 * their names and kana, companions, statuses after a cancel and through the waitlist, the door's check-in id and its
 * undo; another organization's session refused, an unknown one 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrantsApiTest {

    private static final String PASSWORD = "test-admin-password-r";
    private static final String USER_PASSWORD = "test-user-password-r";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "registrants", PASSWORD);
    }

    @LocalServerPort
    int port;

    private YuiHttp http;
    private String org;
    private String base;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        org = YuiHttp.unique("r");
        base = "/api/orgs/" + org + "/attendance";
    }

    private String session(String base, int capacity) {
        String series = http.created(http.post(base + "/series", """
                {"title":"健康講座","targetGroup":"65歳以上"}"""), "seriesId");
        return http.created(http.post(base + "/series/" + series + "/sessions", """
                {"number":1,"venue":"河東公民館","startsAt":"%sT10:00:00","endsAt":"%sT11:30:00","capacity":%d,
                 "feeYen":0,"offerHeldForHours":24}""".formatted(DAY, DAY, capacity)), "eventSessionId");
    }

    private String guest(String sessionId, String name, String kana, int companions) {
        return http.created(http.post(base + "/sessions/" + sessionId + "/registrations", """
                {"guest":{"name":"%s","kana":"%s"},"companions":%d,"waitlistIfFull":true}"""
                .formatted(name, kana, companions)), "registrationId");
    }

    private String post(String path, String body) {
        YuiHttp.Response r = http.post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The registrants by registration id, once {@code ready} holds for them (the view lags a little). */
    private Map<String, Map<String, Object>> registrants(String sessionId,
                                                         Predicate<Map<String, Map<String, Object>>> ready)
            throws InterruptedException {
        Map<String, Map<String, Object>> found = YuiHttp.eventually(VIEW_LAG, () -> {
            YuiHttp.Response r = http.get(base + "/sessions/" + sessionId + "/registrants");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            return r.jsonList().stream().collect(Collectors.toMap(m -> (String) m.get("registrationId"),
                    Function.identity()));
        }, ready);
        assertThat(found).as("the registrants as expected within %s", VIEW_LAG).matches(ready);
        return found;
    }

    private static Predicate<Map<String, Map<String, Object>>> has(String registrationId, String key,
                                                                  Object value) {
        return all -> all.containsKey(registrationId)
                && java.util.Objects.equals(all.get(registrationId).get(key), value);
    }

    @Test
    void theSessionsRegistrantsWithNamesStatusesAndCheckIns() throws Exception {
        String sessionId = session(base, 3);
        String resident = http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"K-1","details":{"name":"河東 一郎","kana":"かわひがし いちろう","phones":["0242-11-1111"]}}"""),
                "residentId");
        String withCompanion = http.created(http.post(base + "/sessions/" + sessionId + "/registrations", """
                {"residentId":"%s","companions":1}""".formatted(resident)), "registrationId");
        String cancelled = guest(sessionId, "会津 花子", "あいづ はなこ", 0);
        String offered = guest(sessionId, "喜多 次郎", "きた じろう", 0);
        String waiting = guest(sessionId, "湊 三郎", "みなと さぶろう", 0);

        Map<String, Map<String, Object>> listed = registrants(sessionId, has(waiting, "status", "WAITLISTED"));
        assertThat(listed).containsOnlyKeys(withCompanion, cancelled, offered, waiting);
        assertThat(listed.get(withCompanion)).containsEntry("kind", "RESIDENT").containsEntry("name", "河東 一郎")
                .containsEntry("kana", "かわひがし いちろう").containsEntry("companions", 1)
                .containsEntry("status", "REGISTERED").containsEntry("checkInId", null)
                .containsEntry("offerExpiresAt", null);
        assertThat(listed.get(cancelled)).containsEntry("kind", "GUEST").containsEntry("name", "会津 花子")
                .containsEntry("kana", "あいづ はなこ").containsEntry("companions", 0)
                .containsEntry("status", "REGISTERED");
        assertThat(listed.get(offered)).containsEntry("status", "WAITLISTED").containsEntry("name", "喜多 次郎");
        assertThat(listed.get(offered).keySet()).containsExactlyInAnyOrder("registrationId", "kind", "name", "kana",
                "companions", "status", "offerExpiresAt", "checkInId");
        assertThat(http.get(base + "/sessions/" + sessionId + "/registrants").jsonList())
                .extracting(m -> m.get("registrationId")).as("in the order the calls were taken")
                .containsExactly(withCompanion, cancelled, offered, waiting);

        post(base + "/sessions/" + sessionId + "/registrations/" + cancelled + "/cancel", "{}");
        listed = registrants(sessionId, has(offered, "status", "OFFERED"));
        assertThat(listed.get(cancelled)).containsEntry("status", "CANCELLED");
        assertThat((String) listed.get(offered).get("offerExpiresAt")).as("held for 24 hours").isNotBlank();
        assertThat(listed.get(waiting)).containsEntry("status", "WAITLISTED").containsEntry("offerExpiresAt", null);

        post(base + "/sessions/" + sessionId + "/registrations/" + offered + "/accept", "{}");
        listed = registrants(sessionId, has(offered, "status", "REGISTERED"));
        assertThat(listed.get(offered)).containsEntry("offerExpiresAt", null);

        String door = base + "/sessions/" + sessionId;
        post(door + "/check-ins", """
                {"checkInId":"tablet-0001","registrationId":"%s"}""".formatted(withCompanion));
        registrants(sessionId, has(withCompanion, "checkInId", "tablet-0001"));
        post(door + "/check-ins/tablet-0001/undo", """
                {"reason":"別の人"}""");
        listed = registrants(sessionId, has(withCompanion, "checkInId", null));
        assertThat(listed.get(withCompanion)).containsEntry("status", "REGISTERED");
    }

    @Test
    void anotherOrganizationsSessionIsRefusedAndAnUnknownOneIsNotFound() throws Exception {
        String otherOrg = YuiHttp.unique("s");
        String othersSession = session("/api/orgs/" + otherOrg + "/attendance", 5);
        String login = YuiHttp.unique("office");
        YuiHttp.Response user = http.post("/api/users", """
                {"username":"%s","password":"%s","roles":["OPERATOR"],"organizationId":"%s"}"""
                .formatted(login, USER_PASSWORD, org));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        YuiHttp operator = http.as(login, USER_PASSWORD);
        String ownSession = session(base, 5);
        guest(ownSession, "受付 太郎", "うけつけ たろう", 0);
        assertThat(YuiHttp.eventually(VIEW_LAG, () -> operator.get(base + "/sessions/" + ownSession
                + "/registrants").jsonList(), l -> l.size() == 1)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("name", "受付 太郎"));

        YuiHttp.Response foreign = operator.get("/api/orgs/" + otherOrg + "/attendance/sessions/" + othersSession
                + "/registrants");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("受付");
        YuiHttp.Response underOwn = operator.get(base + "/sessions/" + othersSession + "/registrants");
        assertThat(underOwn.status()).as("another organization's session under one's own").isEqualTo(404);
        assertThat(underOwn.contentType()).contains("application/problem+json");
        YuiHttp.Response unknown = operator.get(base + "/sessions/EventSession:" + UUID.randomUUID()
                + "/registrants");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(List.of(underOwn.body(), unknown.body())).allSatisfy(b -> assertThat(b).doesNotContain("受付"));
    }
}
