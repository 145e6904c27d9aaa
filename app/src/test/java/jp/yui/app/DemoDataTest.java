package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** YUI_DEMO=true seeds the organizations and a fiscal year through the real commands, in line with the figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDataTest {

    private static final String PASSWORD = "test-admin-password-3";

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("yui-demo-test");
        registry.add("yui.data-dir", dir::toString);
        registry.add("yui.embedded-mongo-port", () -> "0");
        registry.add("yui.admin-password", () -> PASSWORD);
        registry.add("yui.demo", () -> "true");
    }

    @LocalServerPort
    int port;

    @SuppressWarnings("unchecked")
    private Map<String, Object> ridership(YuiHttp http, String org, String service) {
        List<Map<String, Object>> services = (List<Map<String, Object>>) http.get("/api/orgs/" + org + "/stats/ridership")
                .json().get("services");
        return services.stream().filter(s -> service.equals(s.get("serviceId"))).findFirst().orElse(Map.of());
    }

    @Test
    void aYearOfFureaiHasAboutTwelveHundredRidersAndEveryOrganizationHasMembers() throws Exception {
        YuiHttp http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        long deadline = System.nanoTime() + 120_000_000_000L;
        Map<String, Object> fureai = ridership(http, "kitaaizu", "fureai");
        Object previous = null;
        while (System.nanoTime() < deadline && (fureai.get("passengers") == null || !fureai.get("passengers").equals(previous))) {
            previous = fureai.get("passengers");
            Thread.sleep(1_000);
            fureai = ridership(http, "kitaaizu", "fureai");
        }

        assertThat((Integer) fureai.get("passengers")).isBetween(1_050, 1_350);
        assertThat(ridership(http, "minato", "minato-bus")).isNotEmpty();
        assertThat(ridership(http, "oto", "oto-volunteer")).isNotEmpty();
        assertThat(ridership(http, "kawahigashi", "minazuru")).isNotEmpty();
        for (String org : List.of("minato", "oto", "kitaaizu", "kawahigashi", "kita", "ikki", "gyonin")) {
            assertThat(http.getList("/api/orgs/" + org + "/residents")).as(org).isNotEmpty();
        }
        List<Map<String, Object>> runs = http.getList("/api/orgs/kitaaizu/runs?date=2025-04-02");
        while (runs.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            runs = http.getList("/api/orgs/kitaaizu/runs?date=2025-04-02");
        }
        assertThat(runs).singleElement()
                .satisfies(run -> assertThat(run).containsEntry("serviceId", "fureai"));
    }
}
