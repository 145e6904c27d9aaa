package jp.yui.ops.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rebuilds one view of a running service and follows it until it is swapped in or has failed:
 * <pre>
 * java -cp 'ops/target/yui-ops.jar:ops/target/lib/*' jp.yui.ops.admin.RebuildView --base http://localhost:8080 \
 *     --token yui_… --view runs [--interval-seconds 2]
 * </pre>
 * The token is an admin's API token ({@code POST /api/users/me/tokens}). It prints a line of progress per interval
 * (events done of the store's head, events per second, time left) and exits 0 when the rebuild is DONE, 1 when it
 * FAILED (or was aborted), 2 when the request is refused or the service cannot be reached. Interrupting the command
 * does not abort the rebuild; {@code DELETE /api/admin/views/{view}/rebuild} does.
 */
public final class RebuildView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI rebuild;
    private final String token;

    private RebuildView(String base, String token, String view) {
        this.rebuild = URI.create(base.replaceAll("/+$", "") + "/api/admin/views/" + view + "/rebuild");
        this.token = token;
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        if (!options.containsKey("base") || !options.containsKey("token") || !options.containsKey("view")) {
            System.err.println("Usage: RebuildView --base URL --token TOKEN --view VIEW [--interval-seconds N]");
            System.exit(2);
        }
        Duration interval = Duration.ofSeconds(Long.parseLong(options.getOrDefault("interval-seconds", "2")));
        RebuildView command = new RebuildView(options.get("base"), options.get("token"), options.get("view"));
        try {
            System.exit(command.run(interval));
        } catch (IOException e) {
            System.err.println("Cannot reach the service: " + e.getMessage());
            System.exit(2);
        }
    }

    private int run(Duration interval) throws IOException, InterruptedException {
        Answer started = send(HttpRequest.newBuilder(rebuild).POST(HttpRequest.BodyPublishers.noBody()));
        if (started.status() != 202) {
            System.err.println("Refused (" + started.status() + "): " + started.body().getOrDefault("title", "")
                    + " " + started.body().getOrDefault("detail", ""));
            return 2;
        }
        Map<String, Object> status = started.body();
        while (true) {
            System.out.println(progress(status));
            String state = String.valueOf(status.get("state"));
            if ("DONE".equals(state)) {
                return 0;
            }
            if ("FAILED".equals(state) || "NONE".equals(state)) {
                System.err.println("Rebuild failed: " + status.get("error"));
                return 1;
            }
            Thread.sleep(interval.toMillis());
            Answer answer = send(HttpRequest.newBuilder(rebuild).GET());
            if (answer.status() != 200) {
                System.err.println("Status refused (" + answer.status() + "): " + answer.body().get("title"));
                return 2;
            }
            status = answer.body();
        }
    }

    static String progress(Map<String, Object> status) {
        long done = number(status, "eventsProcessed");
        long total = number(status, "head") + 1;
        double percent = total > 0 ? 100.0 * Math.min(done, total) / total : 100;
        Object eta = status.get("etaSeconds");
        return String.format(Locale.ROOT, "%s %s: %,d / %,d events (%.1f %%), %,.0f events/s%s",
                status.get("view"), status.get("state"), done, total, percent,
                ((Number) status.getOrDefault("eventsPerSecond", 0)).doubleValue(),
                eta instanceof Number n ? String.format(Locale.ROOT, ", about %.0f s left", n.doubleValue()) : "");
    }

    private static long number(Map<String, Object> status, String field) {
        return status.get(field) instanceof Number n ? n.longValue() : 0;
    }

    private record Answer(int status, Map<String, Object> body) {
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> body = response.body().isBlank() ? Map.of()
                : JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
                });
        return new Answer(response.statusCode(), body);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
