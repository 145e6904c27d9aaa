package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** API tokens over real HTTP: made once, acting as their login as it stands, revoked, expired, stored as a hash. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTest {

    private static final String PASSWORD = "test-admin-password-tokens";
    private static final String USER_PASSWORD = "a-long-user-password";
    private static final String TOKENS = "/api/users/me/tokens";

    /** The service's clock, moved on by the expiry test instead of waiting days. */
    private static final SecurityTest.MovableClock CLOCK = new SecurityTest.MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "tokens", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    LoggingSystem loggingSystem;

    private YuiHttp admin;

    @BeforeEach
    void setUp() {
        admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new login of the organization with these roles, called with its password. */
    private YuiHttp login(String username, String org, String... roles) {
        YuiHttp.Response r = admin.post("/api/users", """
                {"username":"%s","password":"%s","roles":["%s"],"organizationId":"%s"}"""
                .formatted(username, USER_PASSWORD, String.join("\",\"", roles), org));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return admin.as(username, USER_PASSWORD);
    }

    private static Map<String, Object> newToken(YuiHttp http, String body) {
        YuiHttp.Response r = http.post(TOKENS, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String sha256Hex(String s) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static void assertInvalidToken(YuiHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json()).containsEntry("type", "urn:yui:problem:invalid-token");
    }

    @Test
    void aTokenActsAsItsLoginWithoutCsrfIsListedWithoutItsSecretAndStopsWorkingOnceRevoked() {
        String org = unique("tok");
        String otherOrg = unique("other");
        YuiHttp operator = login(unique("op"), org, "OPERATOR");
        Map<String, Object> created = newToken(operator, """
                {"name":"nightly export","expiresInDays":30}""");
        String secret = (String) created.get("token");
        String tokenId = (String) created.get("tokenId");
        assertThat(secret).startsWith("yui_").hasSize(4 + 43);
        assertThat(Base64.getUrlDecoder().decode(secret.substring(4))).hasSize(32);
        assertThat(created).containsEntry("name", "nightly export");
        assertThat(Duration.between(Instant.parse((String) created.get("createdAt")),
                Instant.parse((String) created.get("expiresAt")))).isEqualTo(Duration.ofDays(30));
        YuiHttp script = operator.withToken(secret);

        assertThat(script.get("/api/orgs/" + org + "/stats/ridership").status()).isEqualTo(200);
        assertThat(script.get("/api/orgs/" + org + "/residents?kana=あ").status()).isEqualTo(200);
        YuiHttp.Response elsewhere = script.get("/api/orgs/" + otherOrg + "/stats/ridership");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json()).containsEntry("type", "urn:yui:problem:forbidden");
        YuiHttp.Response written = script.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"T-1","details":{"name":"札 太郎","kana":"ふだ たろう","phones":[]}}""");
        assertThat(written.status()).as("a Bearer request needs no CSRF token: " + written.body()).isEqualTo(201);

        YuiHttp.Response listed = script.get(TOKENS);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.jsonList()).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("tokenId", tokenId).containsEntry("name", "nightly export")
                    .containsKeys("createdAt", "expiresAt").doesNotContainKey("token");
            assertThat(t.get("lastUsed")).as("its use is recorded").isNotNull();
        });
        assertThat(listed.body()).doesNotContain(secret).doesNotContain(secret.substring(4));
        assertThat(admin.getList(TOKENS)).as("the admin's own tokens").isEmpty();

        assertThat(script.delete(TOKENS + "/" + tokenId).status()).isEqualTo(204);
        assertInvalidToken(script.get("/api/orgs/" + org + "/stats/ridership"));
        assertInvalidToken(script.get(TOKENS));
        assertThat(operator.get(TOKENS).jsonList()).isEmpty();
        assertThat(operator.delete(TOKENS + "/" + tokenId).status()).as("already revoked").isEqualTo(404);
    }

    @Test
    void aTokenStopsWorkingAtItsExpiry() {
        String org = unique("exp");
        YuiHttp viewer = login(unique("viewer"), org, "VIEWER");
        YuiHttp script = viewer.withToken((String) newToken(viewer, "{\"expiresInDays\":1}").get("token"));
        String path = "/api/orgs/" + org + "/stats/ridership";
        assertThat(script.get(path).status()).isEqualTo(200);

        CLOCK.moveOn(Duration.ofDays(1).minusMinutes(1));
        assertThat(script.get(path).status()).as("a minute before expiry").isEqualTo(200);
        CLOCK.moveOn(Duration.ofMinutes(1));
        assertInvalidToken(script.get(path));
        assertThat(viewer.get(path).status()).as("the password still works").isEqualTo(200);
    }

    @Test
    void aMadeUpTokenIsRefusedWithAProblemInTheCallersLanguage() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String madeUp = "yui_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        YuiHttp nobody = new YuiHttp("http://localhost:" + port, null, null);

        for (String token : List.of(madeUp, "not-a-token", "yui_", "")) {
            assertInvalidToken(nobody.withToken(token).get(TOKENS));
            assertInvalidToken(nobody.withToken(token).post(TOKENS, "{}"));
        }
        YuiHttp.Response english = nobody.withToken(madeUp).get("/api/orgs/minato/stats/ridership",
                Map.of("Accept-Language", "en"));
        assertInvalidToken(english);
        assertThat(english.json()).containsEntry("title", "Invalid API token");
        YuiHttp.Response japanese = nobody.withToken(madeUp).get("/api/orgs/minato/stats/ridership");
        assertThat(japanese.json()).containsEntry("title", "API トークンが無効です");
        assertThat(english.body()).doesNotContain(madeUp);
    }

    @Test
    void onlyTheSha256OfATokenIsStored() throws Exception {
        YuiHttp operator = login(unique("op"), unique("hash"), "OPERATOR");
        Map<String, Object> created = newToken(operator, "{\"name\":\"stored\"}");
        String secret = (String) created.get("token");
        operator.withToken(secret).get(TOKENS); // records its use too

        Document stored = database.getCollection("api_tokens")
                .find(Filters.eq("tokenId", created.get("tokenId"))).first();
        assertThat(stored).isNotNull();
        assertThat(stored.get("_id")).isEqualTo(sha256Hex(secret));
        assertThat(stored.getDate("lastUsed")).isNotNull();
        String secretPart = secret.substring(4);
        for (Map.Entry<String, Object> field : stored.entrySet()) {
            assertThat(String.valueOf(field.getValue())).as(field.getKey())
                    .doesNotContain(secret).doesNotContain(secretPart);
        }
        assertThat(stored.toJson()).doesNotContain(secretPart);
    }

    @Test
    void aTokenCarriesItsLoginsRolesAsTheyAreNowAndStopsWhenTheLoginIsGone() {
        String org = unique("now");
        String username = unique("op");
        YuiHttp operator = login(username, org, "OPERATOR");
        YuiHttp script = operator.withToken((String) newToken(operator, "").get("token"));
        String residents = "/api/orgs/" + org + "/residents?kana=あ";
        assertThat(script.get(residents).status()).isEqualTo(200);

        // There is no API to change or remove a login yet, so the test changes the account where it is stored.
        MongoCollection<Document> users = database.getCollection("users");
        users.updateOne(Filters.eq("_id", username), Updates.set("roles", List.of("VIEWER")));
        assertThat(script.get(residents).status()).as("a viewer now").isEqualTo(403);
        assertThat(script.get("/api/orgs/" + org + "/stats/ridership").status()).isEqualTo(200);

        users.deleteOne(Filters.eq("_id", username));
        assertInvalidToken(script.get("/api/orgs/" + org + "/stats/ridership"));
    }

    @Test
    void aTokenMakesTokensOnlyForItsOwnLoginAndOnlyAdminsRevokeAnothersToken() {
        String org = unique("own");
        String opName = unique("op");
        YuiHttp operator = login(opName, org, "OPERATOR");
        YuiHttp otherOperator = login(unique("op"), org, "OPERATOR");
        YuiHttp orgAdmin = login(unique("orgadmin"), org, "ORG_ADMIN");
        YuiHttp foreignAdmin = login(unique("orgadmin"), unique("foreign"), "ORG_ADMIN");
        YuiHttp script = operator.withToken((String) newToken(operator, "{}").get("token"));

        Map<String, Object> second = newToken(script, "{\"name\":\"made with a token\"}");
        assertThat(operator.getList(TOKENS)).extracting(t -> t.get("tokenId")).contains(second.get("tokenId"));
        assertThat(Duration.between(Instant.parse((String) second.get("createdAt")),
                Instant.parse((String) second.get("expiresAt")))).as("the default").isEqualTo(Duration.ofDays(90));
        String id = (String) second.get("tokenId");

        assertThat(otherOperator.delete(TOKENS + "/" + id).status()).as("not theirs").isEqualTo(404);
        String ofLogin = "/api/users/" + opName + "/tokens/" + id;
        assertThat(script.delete("/api/users/admin/tokens/" + id).status()).isEqualTo(403);
        assertThat(otherOperator.delete(ofLogin).status()).isEqualTo(403);
        assertThat(foreignAdmin.delete(ofLogin).status()).as("another organization's admin").isEqualTo(403);
        assertThat(orgAdmin.delete(ofLogin).status()).isEqualTo(204);
        assertThat(admin.delete(ofLogin).status()).isEqualTo(404);
        assertThat(operator.getList(TOKENS)).extracting(t -> t.get("tokenId")).doesNotContain(id);
    }

    @Test
    void aTokensNameAndLifetimeAreChecked() {
        YuiHttp operator = login(unique("op"), unique("limits"), "OPERATOR");
        assertThat(operator.post(TOKENS, "{\"name\":\"" + "x".repeat(65) + "\"}").status()).isEqualTo(400);
        assertThat(operator.post(TOKENS, "{\"expiresInDays\":0}").status()).isEqualTo(400);
        assertThat(operator.post(TOKENS, "{\"expiresInDays\":367}").status()).isEqualTo(400);
        assertThat(operator.post(TOKENS, "{\"name\":\"" + "x".repeat(64) + "\",\"expiresInDays\":366}").status())
                .isEqualTo(201);
        assertThat(operator.getList(TOKENS)).hasSize(1);
    }

    @Test
    void tokensNeverReachTheLog(CapturedOutput output) {
        String org = unique("log");
        YuiHttp operator = login(unique("op"), org, "OPERATOR");
        List<String> loggers = List.of("org.springframework.web", "org.springframework.security");
        loggers.forEach(l -> loggingSystem.setLogLevel(l, LogLevel.DEBUG));
        String secret;
        try {
            secret = (String) newToken(operator, "{\"name\":\"logged?\"}").get("token");
            assertThat(operator.withToken(secret).get("/api/orgs/" + org + "/stats/ridership").status())
                    .isEqualTo(200);
            assertInvalidToken(operator.withToken(secret + "x").get(TOKENS));
        } finally {
            loggers.forEach(l -> loggingSystem.setLogLevel(l, null));
        }
        assertThat(output.getAll()).as("the capture holds the requests").contains(TOKENS)
                .contains("/api/orgs/" + org + "/stats/ridership");
        assertThat(output.getAll()).doesNotContain(secret.substring(4));
    }
}
