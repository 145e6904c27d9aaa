package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import jp.yui.domain.transport.query.RidershipProjection;

/** The admin sees where each projection stands and how far behind it is, over the API and on actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessorStatusTest {

    private static final String PASSWORD = "test-admin-password-p";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static final SecurityTest.MovableClock CLOCK = new SecurityTest.MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "processors", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    private YuiHttp admin() {
        return new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
    }

    private Map<String, Object> ridership(YuiHttp http) {
        return http.getList("/api/admin/processors").stream()
                .filter(p -> RidershipProjection.PROCESSING_GROUP.equals(p.get("name"))).findFirst().orElseThrow();
    }

    private static long number(Map<String, Object> status, String field) {
        return ((Number) status.get(field)).longValue();
    }

    @Test
    void aStoppedProjectionShowsItsLagAndCatchesUpWhenStarted() throws Exception {
        YuiHttp http = admin();
        String org = YuiHttp.unique("p");
        String run = http.scheduleRun(org, "bus", 8);
        http.book(org, run);
        Map<String, Object> caughtUp = YuiHttp.eventually(WITHIN, () -> ridership(http),
                s -> number(s, "lagEvents") == 0 && number(s, "position") >= 0);
        assertThat(caughtUp).containsEntry("running", true).containsEntry("error", false);
        assertThat(number(caughtUp, "head")).isEqualTo(number(caughtUp, "position"));

        StreamingEventProcessor projection = processing
                .eventProcessor(RidershipProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        projection.shutDown();
        try {
            long position = number(caughtUp, "position");
            http.book(org, run);
            http.book(org, run);
            Map<String, Object> behind = ridership(http);
            assertThat(behind).containsEntry("running", false);
            assertThat(number(behind, "position")).isEqualTo(position);
            assertThat(number(behind, "head")).isGreaterThanOrEqualTo(position + 2);
            assertThat(number(behind, "lagEvents")).isEqualTo(number(behind, "head") - position);
            // The first event it has not handled was stored after the stop, so its age is below the time since then.
            double lagSeconds = ((Number) behind.get("lagSeconds")).doubleValue();
            CLOCK.moveOn(Duration.ofMinutes(5)); // the age of what it has not handled grows with the clock
            double later = ((Number) ridership(http).get("lagSeconds")).doubleValue();
            assertThat(later).isBetween(lagSeconds + 300, lagSeconds + 330);
        } finally {
            projection.start();
        }
        Map<String, Object> again = YuiHttp.eventually(WITHIN, () -> ridership(http),
                s -> number(s, "lagEvents") == 0 && Boolean.TRUE.equals(s.get("running")) && number(s, "position") >= 0);
        assertThat(((Number) again.get("lagSeconds")).doubleValue()).isZero();
    }

    @Test
    void onlyTheAdminSeesThemAndActuatorAnswersTheSame() throws Exception {
        YuiHttp http = admin();
        List<Map<String, Object>> processors = http.getList("/api/admin/processors");
        assertThat(processors).extracting(p -> p.get("name")).contains(RidershipProjection.PROCESSING_GROUP, "erasure");
        YuiHttp.Response actuator = http.get("/actuator/processors");
        assertThat(actuator.status()).isEqualTo(200);
        assertThat(actuator.body()).contains(RidershipProjection.PROCESSING_GROUP);

        String org = YuiHttp.unique("p");
        http.post("/api/users", """
                {"username":"%s","password":"a-long-user-password","roles":["ORG_ADMIN"],"organizationId":"%s"}"""
                .formatted(org + "-admin", org));
        YuiHttp orgAdmin = http.as(org + "-admin", "a-long-user-password");
        assertThat(orgAdmin.get("/api/admin/processors").status()).isEqualTo(403);
        assertThat(orgAdmin.get("/actuator/processors").status()).isEqualTo(403);
        assertThat(http.as(null, null).get("/api/admin/processors").status()).isEqualTo(401);
        assertThat(http.as(null, null).get("/actuator/health").status()).isEqualTo(200);
    }
}
