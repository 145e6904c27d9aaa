package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.app.YuiHttp.Response;
import jp.yui.infra.mongo.EmbeddedMongoServer;

/**
 * {@code GET /actuator/health} is UP only while the store answers. The test stops the store, so it has a context
 * and a data directory of its own, closed after the class so no other test meets the dead store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StoreHealthTest {

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "health", "test-admin-password-health");
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMongoServer store;

    @Test
    void healthIsUpWhileTheStoreAnswersAndDownWithStatus503OnceItStops() throws Exception {
        YuiHttp anonymous = new YuiHttp("http://localhost:" + port, null, null);
        Response up = anonymous.get("/actuator/health");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(up.json()).containsEntry("status", "UP");

        store.close();

        // The client gives up on a server that is gone after its 5 s server selection timeout.
        Response down = YuiHttp.eventually(Duration.ofSeconds(60), () -> anonymous.get("/actuator/health"),
                r -> r.status() == 503);
        assertThat(down.status()).as(down.body()).isEqualTo(503);
        assertThat(down.json()).containsEntry("status", "DOWN");
    }
}
