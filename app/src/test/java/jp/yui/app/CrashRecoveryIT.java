package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real service jar as a child process, books seats from several threads, kills it with SIGKILL while
 * bookings are in flight, restarts it on the same data directory and checks that every booking that was answered
 * 201 is there. Three rounds on one data directory.
 */
class CrashRecoveryIT {

    private static final String ORG = "minato";
    private static final String PASSWORD = "crash-test-admin-password";
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    private static final int ROUNDS = 3;
    private static final int CLIENTS = 4;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedBookingSurvivesKillNine() throws Exception {
        Path data = dir.resolve("data");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 1; round <= ROUNDS; round++) {
            ServiceProcess service = ServiceProcess.start(data, dir.resolve("round-" + round + ".log"), PASSWORD);
            try {
                assertAllPresent(service.http(), acknowledged, round);
                int before = acknowledged.size();
                bookUntilKilled(service, acknowledged);
                assertThat(acknowledged.size() - before).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            } finally {
                service.kill();
            }
        }
        ServiceProcess service = ServiceProcess.start(data, dir.resolve("final.log"), PASSWORD);
        try {
            assertAllPresent(service.http(), acknowledged, ROUNDS + 1);
        } finally {
            service.kill();
        }
    }

    /** Books from several clients; as soon as enough are acknowledged the process is killed mid-flight. */
    private static void bookUntilKilled(ServiceProcess service, Set<String> acknowledged) throws Exception {
        YuiHttp http = service.http();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(http.scheduleRun(ORG, "minato-bus", 99));
        }
        AtomicInteger inThisRound = new AtomicInteger();
        AtomicInteger attempt = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (service.alive()) {
                    String run = runs.get(attempt.getAndIncrement() % runs.size());
                    try {
                        YuiHttp.Response r = http.book(ORG, run);
                        if (r.status() == 201) {
                            acknowledged.add((String) r.json().get("bookingId"));
                            if (inThisRound.incrementAndGet() >= ACKNOWLEDGED_BEFORE_KILL) {
                                service.kill();
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        // The process was killed under this request: it was never acknowledged.
                    }
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }

    private static void assertAllPresent(YuiHttp http, Set<String> acknowledged, int round) throws Exception {
        List<String> missing = new ArrayList<>(acknowledged);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeIf(id -> http.get("/api/orgs/" + ORG + "/bookings/" + id).status() == 200);
            if (!missing.isEmpty()) {
                Thread.sleep(250);
            }
        }
        assertThat(missing).as("acknowledged bookings missing after restart %d of %d", missing.size(),
                acknowledged.size()).isEmpty();
        long booked = ((Number) YuiHttp.organizationTotal(http.get(YuiHttp.ridershipNow(ORG))).get("bookings"))
                .longValue();
        assertThat(booked).as("round %d", round).isGreaterThanOrEqualTo(acknowledged.size());
    }

    /** The service jar running in its own JVM on a data directory. */
    static final class ServiceProcess {

        private final Process process;
        private final YuiHttp http;

        private ServiceProcess(Process process, YuiHttp http) {
            this.process = process;
            this.http = http;
        }

        static ServiceProcess start(Path data, Path log, String password) throws Exception {
            String jar = System.getProperty("yui.jar");
            assertThat(jar).as("system property yui.jar (set by failsafe)").isNotNull();
            assertThat(Path.of(jar)).exists();
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("YUI_DATA_DIR", data.toString());
            builder.environment().put("YUI_PORT", Integer.toString(port));
            builder.environment().put("YUI_EMBEDDED_MONGO_PORT", "0");
            builder.environment().put("YUI_ADMIN_PASSWORD", password);
            builder.environment().remove("MONGODB_URI");
            Process process = builder.start();
            YuiHttp http = new YuiHttp("http://127.0.0.1:" + port, "admin", password);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Service exited during start; see " + log + ":\n"
                            + Files.readString(log));
                }
                boolean healthy = false;
                try {
                    healthy = http.as(null, null).get("/actuator/health").status() == 200;
                } catch (RuntimeException notYetListening) {
                    // keep waiting
                }
                if (healthy) {
                    // Thousands of bookings and reads follow: a token check each, not a bcrypt check each.
                    try {
                        return new ServiceProcess(process, http.viaToken());
                    } catch (RuntimeException e) {
                        process.destroyForcibly();
                        throw e;
                    }
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new IllegalStateException("Service did not become healthy; see " + log);
        }

        YuiHttp http() {
            return http;
        }

        boolean alive() {
            return process.isAlive();
        }

        /** SIGKILL: no shutdown hooks, no flushing, as in a crash. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
