package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.Sealed;
import jp.yui.infra.eventstore.SequencedEventStorageEngine;
import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.privacy.AesGcmVault;
import jp.yui.infra.privacy.KeyRing;

/** Erasure by crypto-shredding, and the access audit, over real HTTP and on the real data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyTest {

    private static final String PASSWORD = "test-admin-password-5";
    private static final String NAME = "消去対象 太郎";
    private static final String PHONE = "0242-77-1234";
    private static Path dataDir;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        dataDir = OwnService.register(registry, "privacy", PASSWORD);
    }

    private static final Duration VIEW_LAG = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    KeyRing keyRing;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private List<String> everyGetPathOf(Map<String, String> ids) {
        return ApiEndpoints.under(mappings, "/api/", ids).stream()
                .filter(e -> e.method().equals("GET") && e.complete())
                .map(ApiEndpoints.Endpoint::path)
                .toList();
    }

    @Test
    void anErasedResidentIsUnreadableEverywhereAndTheFiguresStayTheSame() throws Exception {
        YuiHttp admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        String org = "erase";
        String resident = admin.created(admin.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"E-1","details":{"name":"%s","kana":"しょうきょたいしょう たろう","phones":["%s"],
                 "address":"消去町 1番地","notes":"透析 火金"}}""".formatted(NAME, PHONE)), "residentId");
        String run = admin.scheduleRun(org, "bus", 4);
        Map<String, Object> runView = admin.get("/api/orgs/" + org + "/runs/" + run).json();
        String booking = (String) admin.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true}}"""
                .formatted(run, resident)).json().get("bookingId");
        String date = (String) runView.get("serviceDate");
        admin.startDutyAndBoard(org, run, booking);
        assertThat(admin.post("/api/orgs/" + org + "/runs/" + run + "/duty/outcomes", """
                {"actionId":"drop-00001","bookingId":"%s","outcome":"DROPPED_OFF","at":"%sT09:30:00"}"""
                .formatted(booking, date)).status()).isEqualTo(200);
        String sheet = "/api/orgs/" + org + "/runs/" + run + "/sheet";
        assertThat(YuiHttp.eventually(VIEW_LAG,
                () -> admin.get(sheet).body(), b -> b.contains("DROPPED_OFF"))).contains(NAME);
        assertThat(admin.get("/api/orgs/" + org + "/residents?phone=0242771234").body()).contains(NAME);
        String ridership = YuiHttp.eventually(VIEW_LAG,
                () -> admin.get(YuiHttp.ridershipNow(org)).body(),
                b -> b.contains("\"boarded\":1"));

        // Before erasure: the event holds the details as AES-GCM under this person's key, and nothing readable.
        Document registered = database.getCollection(SequencedEventStorageEngine.EVENTS)
                .find(new Document("aggregateIdentifier", resident)).sort(new Document("sequenceNumber", 1)).first();
        Map<?, ?> payload = new ObjectMapper().readValue(registered.getString("payload"), Map.class);
        Map<?, ?> details = (Map<?, ?>) payload.get("details");
        Sealed sealed = new Sealed((String) details.get("subjectId"), (String) details.get("ciphertext"));
        byte[] key = keyRing.find(sealed.subjectId()).orElseThrow();
        byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
        assertThat(new ObjectMapper().readValue(aesGcmOpen(key, sealed.subjectId(), stored), Map.class))
                .containsEntry("name", NAME).containsEntry("phones", List.of(PHONE));
        byte[] tampered = stored.clone();
        tampered[stored.length - 1] ^= 1;
        assertThatThrownBy(() -> aesGcmOpen(key, sealed.subjectId(), tampered)).isInstanceOf(AEADBadTagException.class);
        byte[][] secrets = {NAME.getBytes(StandardCharsets.UTF_8), "消去対象".getBytes(StandardCharsets.UTF_8),
                PHONE.getBytes(StandardCharsets.UTF_8), "0242771234".getBytes(StandardCharsets.UTF_8),
                "消去町".getBytes(StandardCharsets.UTF_8)};
        for (byte[] secret : secrets) {
            assertThat(contains(stored, secret)).as("plain text in the sealed bytes").isFalse();
        }
        assertThat(dataDir.resolve(EmbeddedMongoServer.DATA_FILE)).isRegularFile();
        assertThat(filesHolding(key)).as("files holding the person's key before erasure").isNotEmpty();

        Map<String, Object> erased = admin.post("/api/orgs/" + org + "/residents/" + resident + "/erase", "{}").json();

        assertThat(erased).containsEntry("erased", true).containsEntry("details", null);
        Map<String, String> ids = Map.of("org", org, "runId", run, "bookingId", booking, "residentId", resident,
                "code", "bus", "date", date);
        List<String> paths = everyGetPathOf(ids);
        assertThat(paths).hasSizeGreaterThan(12);
        for (String path : paths) {
            String body = admin.get(path).body();
            assertThat(body).as(path).doesNotContain(NAME).doesNotContain("消去対象").doesNotContain(PHONE)
                    .doesNotContain("0242771234").doesNotContain("消去町").doesNotContain("透析");
        }
        assertThat(admin.get(YuiHttp.ridershipNow(org)).body()).isEqualTo(ridership);

        // The events still hold the sealed details; with the key destroyed they no longer open, not even for a
        // vault with nothing cached, and the key's bytes are gone from the data directory as production leaves it.
        assertThat(vault.open(sealed, ResidentDetails.class)).isEmpty();
        assertThat(new AesGcmVault(keyRing, Clock.systemUTC()).open(sealed, ResidentDetails.class))
                .as("opened by a fresh vault").isEmpty();
        assertThat(filesHolding(key)).as("files still holding the destroyed key").isEmpty();
    }

    /** Opens with plain JCE what the vault sealed: 12-byte IV, then ciphertext and tag; the person's id as AAD. */
    private static byte[] aesGcmOpen(byte[] key, String subjectId, byte[] stored) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, stored, 0, 12));
        cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(stored, 12, stored.length - 12);
    }

    /** Every file of the data directory (the data file and the key directory) whose bytes contain these. */
    private static List<Path> filesHolding(byte[] bytes) throws Exception {
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), bytes)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    @Test
    void aDriverIsErasedOnlyAfterTheLegalRecordsNamingThemHaveExpired() throws Exception {
        YuiHttp admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        String run = admin.scheduleRun("drv", "bus", 4);
        Map<String, Object> runView = admin.get("/api/orgs/drv/runs/" + run).json();
        String driver = (String) runView.get("driverId");
        String date = (String) runView.get("serviceDate");
        admin.post("/api/orgs/drv/runs/" + run + "/duty/safety-check", """
                {"actionId":"check-0001","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,
                 "ill":false,"fatigued":false,"checkedBy":"事務局","checkedAt":"%sT08:30:00"}""".formatted(driver, date));
        assertThat(admin.post("/api/orgs/drv/runs/" + run + "/duty/start", """
                {"actionId":"start-0001","driverId":"%s","place":"車庫","at":"%sT08:45:00","odometerKm":100}"""
                .formatted(driver, date)).status()).isEqualTo(200);
        YuiHttp.eventually(VIEW_LAG,
                () -> admin.get("/api/orgs/drv/runs/" + run + "/duty").json(), d -> d.get("start") != null);
        String idle = admin.created(admin.post("/api/orgs/drv/drivers", """
                {"name":"待機 次郎","licenceKind":"CLASS_1","licenceExpiry":"2099-01-01","qualification":"NONE"}"""),
                "driverId");
        long before = database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments();

        YuiHttp.Response kept = admin.post("/api/orgs/drv/drivers/" + driver + "/erase", "{}");
        assertThat(kept.status()).isEqualTo(409);
        assertThat(kept.json()).containsEntry("title", "法定の保存期間中です");
        assertThat(database.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments()).isEqualTo(before);

        YuiHttp.Response erased = admin.post("/api/orgs/drv/drivers/" + idle + "/erase", "{}");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json()).containsEntry("name", null);
        assertThat(admin.get("/api/orgs/drv/drivers").body()).contains("運転 一郎").doesNotContain("待機 次郎");
    }

    @Test
    void readsOfPersonalDataAreRecordedForTheOrganizationsAdmin() {
        YuiHttp admin = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        assertThat(admin.post("/api/users", """
                {"username":"audit-admin","password":"a-long-user-password","roles":["ORG_ADMIN"],"organizationId":"aud"}""")
                .status()).isEqualTo(201);
        assertThat(admin.post("/api/users", """
                {"username":"audit-op","password":"a-long-user-password","roles":["OPERATOR"],"organizationId":"aud"}""")
                .status()).isEqualTo(201);
        String resident = admin.created(admin.post("/api/orgs/aud/residents", """
                {"memberNumber":"A-1","details":{"name":"監査 花子","kana":"かんさ はなこ","phones":[]}}"""), "residentId");
        YuiHttp operator = admin.as("audit-op", "a-long-user-password");

        assertThat(operator.get("/api/orgs/aud/residents/" + resident).status()).isEqualTo(200);
        assertThat(operator.get("/api/orgs/aud/audit").status()).isEqualTo(403);
        assertThat(operator.post("/api/orgs/aud/residents/" + resident + "/erase", "{}").status()).isEqualTo(403);

        List<Map<String, Object>> log = admin.as("audit-admin", "a-long-user-password").getList("/api/orgs/aud/audit");
        assertThat(log).anySatisfy(entry -> assertThat(entry).containsEntry("user", "audit-op")
                .containsEntry("what", "resident").containsEntry("subjects", List.of(resident)));
        assertThat(log.toString()).doesNotContain("監査 花子");
    }
}
