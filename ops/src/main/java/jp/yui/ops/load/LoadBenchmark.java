package jp.yui.ops.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;

import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.UnmetNeedRecorded;
import jp.yui.domain.transport.command.UnmetNeed;
import jp.yui.infra.eventstore.MongoEventStorage;
import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.MongoConnections;
import jp.yui.infra.privacy.AesGcmVault;
import jp.yui.infra.privacy.DirectoryKeyRing;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * The whole-service load benchmark (issue 12), run by hand:
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp "ops/target/yui-ops.jar:ops/target/lib/*" jp.yui.ops.load.LoadBenchmark --events 10000 --jar app/target/yui.jar
 * </pre>
 * It fills a fresh embedded store with {@code --events} of city-scale history ({@link HistoryGenerator}) straight
 * through the storage engine, measures the store's single-event append rate, starts the packaged service on it as a
 * child process ({@code java -Xmx512m -jar}), times the start-up and the full rebuild of every view, then drives the
 * HTTP API with {@code --clients} threads for {@code --duration} (after {@code --warmup}) with an API token, in the
 * proportions of an office day, and prints one table of the figures beside their targets. With {@code --base URL}
 * and {@code --password} it targets a running service instead (no fill, start-up, rebuild or append rate).
 * {@code --baseline FILE} adds the figures of an earlier run (its {@code .tsv}) and whether each stays within 1.5×.
 */
public final class LoadBenchmark {

    /** What a client sends, and how often in a hundred requests. */
    enum Kind {
        BOOK("booking", 50), CHANGE("change", 8), CANCEL("cancel", 7), SHEET("run sheet", 10),
        DUTY("driver duty step", 10), DAY_RUNS("day's runs", 10), STATS("stats", 5),
        SCHEDULE("schedule run (when one fills)", 0);

        final String label;
        final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        static Kind pick(int percent) {
            int sum = 0;
            for (Kind k : values()) {
                sum += k.weight;
                if (percent < sum) {
                    return k;
                }
            }
            return BOOK;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int RAW_APPENDS = 3_000;
    private static final int LAG_SAMPLE_EVERY = 20;
    private static final int LIVE_ORGANIZATIONS = 4;
    private static final int LIVE_SEATS = 20;
    private static final Duration CALL_BACK_AFTER = Duration.ofSeconds(2);
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    // Options
    private long events = 10_000;
    private Path dataDir;
    private boolean keep;
    private Path jar = Path.of("app/target/yui.jar");
    private int clients = 8;
    private Duration duration = Duration.ofSeconds(60);
    private Duration warmup = Duration.ofSeconds(10);
    private String heap = "512m";
    private String base;
    private String password;
    private Path out = Path.of("loadbench-results");
    private Path baseline;
    private boolean fillOnly;
    /** A directory kept from an earlier {@code --fill-only --keep} run: copied, not filled again. */
    private Path filled;
    private boolean external;

    // Figures
    private long stored;
    private double fillSeconds = Double.NaN;
    private double fillAppendSeconds = Double.NaN;
    private double rawAppendsPerSecond = Double.NaN;
    private double rawAppendP99 = Double.NaN;
    private double startupSeconds = Double.NaN;
    private double rebuildSeconds = Double.NaN;
    private double drainSeconds = Double.NaN;
    private double peakHeapMiB = Double.NaN;
    private double peakRssMiB = Double.NaN;
    private long servicePid = -1;
    private double serviceCores = Double.NaN;
    private double benchmarkCores = Double.NaN;
    private double loadAverage = Double.NaN;
    private final Map<Kind, Latencies> latencies = new EnumMap<>(Kind.class);
    private final Latencies projectionLag = new Latencies();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger lagTimeouts = new AtomicInteger();

    // Load state
    private String bearer;
    private HistoryGenerator.Scale scale;
    private final List<LiveOrg> live = new ArrayList<>();
    private final ConcurrentLinkedQueue<DutyScript> duties = new ConcurrentLinkedQueue<>();
    private final AtomicLong runCounter = new AtomicLong();
    private final AtomicLong bookingsDone = new AtomicLong();
    private final BlockingQueue<LagSample> lagSamples = new ArrayBlockingQueue<>(100_000);
    private volatile long measureFrom;
    private volatile long measureUntil;
    private volatile boolean loadOver;

    public static void main(String[] args) throws Exception {
        LoadBenchmark bench = new LoadBenchmark();
        bench.parse(args);
        bench.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(value.replace("_", ""));
                case "--data-dir" -> dataDir = Path.of(value);
                case "--keep" -> { keep = true; continue; }
                case "--jar" -> jar = Path.of(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--duration" -> duration = seconds(value);
                case "--warmup" -> warmup = seconds(value);
                case "--heap" -> heap = value;
                case "--base" -> base = value.replaceAll("/$", "");
                case "--password" -> password = value;
                case "--out" -> out = Path.of(value);
                case "--baseline" -> baseline = Path.of(value);
                case "--fill-only" -> { fillOnly = true; continue; }
                case "--filled" -> filled = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; see the README, "
                        + "section Load benchmark");
            }
            i++;
        }
        for (Kind k : Kind.values()) {
            latencies.put(k, new Latencies());
        }
    }

    static Duration seconds(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        external = base != null;
        Process service = null;
        boolean ownDir = false;
        try {
            if (base == null) {
                if (dataDir == null) {
                    dataDir = Files.createTempDirectory("yui-load");
                    ownDir = true;
                }
                if (filled != null) {
                    copyFilled();
                } else {
                    fill();
                }
                measureRawAppends();
                if (fillOnly) {
                    System.out.printf("filled %,d events in %.1f s (%,.0f events/s); raw single appends %,.0f/s%n",
                            stored, fillSeconds, stored / fillSeconds, rawAppendsPerSecond);
                    return;
                }
                service = startService();
            } else {
                if (password == null) {
                    throw new IllegalArgumentException("--base needs --password (the admin's)");
                }
                bearer = createToken();
            }
            setUpLiveOrganizations();
            load();
            long drainStart = System.nanoTime();
            waitCaughtUp(Duration.ofMinutes(10));
            drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            if (service != null) {
                peakRssMiB = vmHwmKiB(service.pid()) / 1024.0;
                peakHeapMiB = peakHeapFromGcLog(gcLog());
            }
        } finally {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            if (ownDir && !keep) {
                deleteTree(dataDir);
            }
        }
        ResultTable table = table(baseline == null ? null : ResultTable.readTsv(baseline));
        String name = "loadbench-" + (external ? "service" : Long.toString(events)) + "-" + System.currentTimeMillis();
        String header = "Load benchmark: %s, %d clients, %d s measured after %d s warm-up, heap %s, %d cores%n%n"
                .formatted(external ? "the service at " + base : "%,d stored events".formatted(stored), clients, duration.toSeconds(), warmup.toSeconds(), heap,
                        Runtime.getRuntime().availableProcessors());
        String text = header + table.markdown() + errorsText();
        System.out.println(text);
        Files.writeString(out.resolve(name + ".md"), text);
        Files.writeString(out.resolve(name + ".tsv"), table.tsv());
        System.out.println("written to " + out.resolve(name + ".md") + " (figures for --baseline: " + name + ".tsv)");
    }

    // ---- fill and the raw append rate --------------------------------------------------------------------------

    private void fill() {
        System.out.printf("filling %s with about %,d events%n", dataDir, events);
        AesGcmVault vault = new AesGcmVault(new DirectoryKeyRing(dataDir.resolve("keys")), Clock.systemUTC());
        scale = HistoryGenerator.scaleFor(events);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            EventStorageEngine engine = engine(client);
            long start = System.nanoTime();
            AtomicLong shown = new AtomicLong();
            AtomicLong appending = new AtomicLong();
            stored = new HistoryGenerator(12, vault::seal).generate(events, batch -> {
                long before = System.nanoTime();
                engine.appendEvents(batch);
                appending.addAndGet(System.nanoTime() - before);
                long done = shown.addAndGet(batch.size());
                if (done / 100_000 != (done - batch.size()) / 100_000) {
                    System.out.printf("  %,d events, %.0f s%n", done, (System.nanoTime() - start) / 1e9);
                }
            });
            fillSeconds = (System.nanoTime() - start) / 1e9;
            fillAppendSeconds = appending.get() / 1e9;
        }
        System.out.printf("filled %,d events of %d organizations over %d fiscal years in %.1f s (%.1f s of it in the"
                + " store's appends)%n", stored, scale.organizations(), scale.fiscalYears(), fillSeconds, fillAppendSeconds);
    }

    /**
     * The store of an earlier fill (same {@code --events}), copied into this run's data directory so that a large
     * history is written once and each run starts from the same store; the fill's rate is then not measured.
     */
    private void copyFilled() throws IOException {
        System.out.printf("copying the filled store %s to %s%n", filled, dataDir);
        try (var paths = Files.walk(filled)) {
            for (Path from : (Iterable<Path>) paths::iterator) {
                Path to = dataDir.resolve(filled.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        scale = HistoryGenerator.scaleFor(events);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            stored = client.getDatabase(MongoConnections.databaseName(null)).getCollection("events")
                    .estimatedDocumentCount();
        }
        System.out.printf("the copy holds %,d events%n", stored);
    }

    private static EventStorageEngine engine(MongoClient client) {
        return new MongoEventStorage(client, MongoConnections.databaseName(null), YuiSerializers.jackson(), false,
                List.of()).eventStorageEngine();
    }

    /**
     * Single-event appends, one after the other, each a new aggregate (an unmet need: a one-event stream the
     * service's views take as any other), in the filled store, reopened as the service would open it.
     */
    private void measureRawAppends() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            EventStorageEngine engine = engine(client);
            Latencies times = new Latencies();
            for (int i = 0; i < RAW_APPENDS / 3; i++) {
                engine.appendEvents(unmetNeed());
            }
            long start = System.nanoTime();
            for (int i = 0; i < RAW_APPENDS; i++) {
                var event = unmetNeed();
                long before = System.nanoTime();
                engine.appendEvents(event);
                times.record(System.nanoTime() - before);
            }
            rawAppendsPerSecond = RAW_APPENDS / ((System.nanoTime() - start) / 1e9);
            rawAppendP99 = times.percentileMillis(99);
            stored += RAW_APPENDS + RAW_APPENDS / 3;
        }
        System.out.printf("raw single appends: %,.0f/s, p99 %.1f ms%n", rawAppendsPerSecond, rawAppendP99);
    }

    private static GenericDomainEventMessage<UnmetNeedRecorded> unmetNeed() {
        String id = UnmetNeed.ID_TYPE + ":" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 3, 2);
        return new GenericDomainEventMessage<>(UnmetNeed.class.getSimpleName(), id, 0, new UnmetNeedRecorded(id,
                "raw-append", null, null, "bench", day, TripPurpose.OTHER, TurnDownReason.OTHER, null,
                day.atTime(10, 0)));
    }

    // ---- the service -------------------------------------------------------------------------------------------

    private Path gcLog() {
        return out.resolve("service-gc.log");
    }

    private Process startService() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        password = Base64.getUrlEncoder().encodeToString(secret);
        Files.deleteIfExists(gcLog());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog(),
                "-jar", jar.toString());
        builder.environment().put("YUI_DATA_DIR", dataDir.toString());
        builder.environment().put("YUI_PORT", Integer.toString(port));
        builder.environment().put("YUI_ADMIN_PASSWORD", password);
        builder.environment().put("YUI_EMBEDDED_MONGO_PORT", "0");
        builder.redirectErrorStream(true).redirectOutput(out.resolve("service.log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        servicePid = process.pid();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + out.resolve("service.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        startupSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("service up in %.1f s at %s%n", startupSeconds, base);
        bearer = createToken();
        waitCaughtUp(Duration.ofMinutes(60));
        rebuildSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("every processor caught up %.1f s after start (%,.0f events/s)%n", rebuildSeconds,
                stored / rebuildSeconds);
        return process;
    }

    private String createToken() throws Exception {
        Http http = new Http(base, "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes()));
        Http.Response r = http.call("POST", "/api/users/me/tokens", "{\"name\":\"load benchmark\",\"expiresInDays\":1}");
        if (r.status() != 201) {
            throw new IllegalStateException("Creating the API token answered " + r.status() + ": " + r.body());
        }
        return "Bearer " + r.json().get("token").asText();
    }

    /** Until every processor's lag is 0 (polled every 100 ms). */
    private void waitCaughtUp(Duration limit) throws Exception {
        Http http = new Http(base, bearer);
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            Http.Response r = http.call("GET", "/api/admin/processors", null);
            if (r.status() == 200) {
                JsonNode processors = r.json();
                boolean all = processors.size() > 0;
                for (JsonNode p : processors) {
                    all &= p.path("lagEvents").asLong(1) == 0;
                }
                if (all) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The processors did not catch up within " + limit);
    }

    static long vmHwmKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** The largest heap in use before any collection, from {@code -Xlog:gc} lines such as {@code 24M->5M(256M)}. */
    static double peakHeapFromGcLog(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Double.NaN;
        }
        double peak = Double.NaN;
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                double before = mib(Long.parseLong(m.group(1)), m.group(2));
                peak = Double.isNaN(peak) ? before : Math.max(peak, before);
            }
        }
        return peak;
    }

    private static double mib(long value, String unit) {
        return switch (unit) {
            case "K" -> value / 1024.0;
            case "G" -> value * 1024.0;
            default -> value;
        };
    }

    // ---- the load ----------------------------------------------------------------------------------------------

    /** A live organization: one demand bus open every day, the run now being filled, and its recent runs. */
    private static final class LiveOrg {
        final String id;
        String vehicleId;
        String driverId;
        final AtomicReference<LiveRun> current = new AtomicReference<>();
        final List<LiveRun> recent = new ArrayList<>();
        /** Full runs no driver script takes: callers ring back about their bookings (changes, cancellations). */
        final List<LiveRun> callBack = new ArrayList<>();
        int filled;

        LiveOrg(String id) {
            this.id = id;
        }

        synchronized LiveRun anyRecent() {
            return recent.get(ThreadLocalRandom.current().nextInt(recent.size()));
        }
    }

    /** A run being booked: seats are claimed before the booking is sent, so a full run is seen before the 409. */
    private static final class LiveRun {
        final String id;
        final LocalDate date;
        final String driverId;
        final AtomicInteger claimed = new AtomicInteger();
        final List<Booked> bookings = new ArrayList<>();
        boolean closed;

        LiveRun(String id, LocalDate date, String driverId) {
            this.id = id;
            this.date = date;
            this.driverId = driverId;
        }
    }

    /** The driver's steps on a run that has filled, taken one at a time by whichever client is free. */
    private record DutyScript(LiveOrg org, String runId, List<String[]> steps, AtomicInteger next) {
    }

    private record LagSample(String org, String bookingId, long answeredAt) {
    }

    /** A booking answered 201 at {@code answeredAt} (nanoTime). */
    private record Booked(String id, long answeredAt) {
    }

    private void setUpLiveOrganizations() throws Exception {
        Http http = new Http(base, bearer);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= LIVE_ORGANIZATIONS; i++) {
            LiveOrg org = new LiveOrg("live-" + suffix + "-" + i);
            String api = "/api/orgs/" + org.id;
            expect(http.call("POST", api + "/services", """
                    {"code":"bus","name":"デマンドバス","kind":"DEMAND_RESPONSIVE","deadline":{"daysBefore":1,"time":"17:00"},
                     "calendar":{"weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                     "runsOnHolidays":true}}"""), 201, "service");
            expect(http.call("POST", api + "/services/bus/fares",
                    "{\"effectiveFrom\":\"2026-04-01\",\"kind\":\"FLAT\",\"flatYen\":300}"), 201, "fare");
            org.vehicleId = expect(http.call("POST", api + "/vehicles", """
                    {"registrationNumber":"会津 200 あ %d","seats":%d,"wheelchairSpaces":1}""".formatted(i, LIVE_SEATS)),
                    201, "vehicle").json().get("vehicleId").asText();
            org.driverId = expect(http.call("POST", api + "/drivers", """
                    {"name":"運転 %d","licenceKind":"CLASS_1","licenceExpiry":"2099-03-31",
                     "qualification":"MINISTER_APPROVED_COURSE"}""".formatted(i)), 201, "driver")
                    .json().get("driverId").asText();
            LiveRun run = schedule(http, org);
            org.current.set(run);
            live.add(org);
        }
    }

    private static Http.Response expect(Http.Response r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException("Setting up the " + what + " answered " + r.status() + ": " + r.body());
        }
        return r;
    }

    /** A future run (a week to two months ahead, so the deadline allows booking) of the organization's bus. */
    private LiveRun schedule(Http http, LiveOrg org) throws Exception {
        long n = runCounter.getAndIncrement();
        LocalDate date = LocalDate.now(JAPAN).plusDays(7 + n % 56);
        int minute = (int) (6 * 60 + (n * 7) % (14 * 60));
        String body = """
                {"service":"bus","serviceDate":"%s","departure":"%02d:%02d","vehicleId":"%s","driverId":"%s"}"""
                .formatted(date, minute / 60, minute % 60, org.vehicleId, org.driverId);
        Http.Response r = timed(Kind.SCHEDULE, () -> http.call("POST", "/api/orgs/" + org.id + "/runs", body));
        LiveRun run = new LiveRun(expect(r, 201, "run").json().get("runId").asText(), date, org.driverId);
        synchronized (org) {
            org.recent.add(run);
            if (org.recent.size() > 50) {
                org.recent.remove(0);
            }
        }
        return run;
    }

    private void load() throws Exception {
        long start = System.nanoTime();
        measureFrom = start + warmup.toNanos();
        measureUntil = measureFrom + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            threads.add(started(new Thread(() -> client(index), "client-" + index)));
        }
        List<Thread> samplers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            samplers.add(started(new Thread(this::sampleLag, "lag-" + s)));
        }
        System.out.printf("load: %d clients, %d s warm-up, %d s measured%n", clients, warmup.toSeconds(),
                duration.toSeconds());
        sleepUntil(measureFrom);
        Duration serviceCpuBefore = serviceCpu();
        Duration ownCpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        sleepUntil(measureUntil);
        double seconds = duration.toNanos() / 1e9;
        if (servicePid > 0) {
            serviceCores = serviceCpu().minus(serviceCpuBefore).toNanos() / 1e9 / seconds;
        }
        benchmarkCores = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)
                .minus(ownCpuBefore).toNanos() / 1e9 / seconds;
        loadAverage = loadAverage();
        for (Thread t : threads) {
            t.join();
        }
        loadOver = true;
        for (Thread t : samplers) {
            t.join();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private Duration serviceCpu() {
        return ProcessHandle.of(servicePid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** The one-minute load average of the machine, to tell a busy machine from a slow service. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    private boolean measuring(long at) {
        return at >= measureFrom && at < measureUntil;
    }

    private void client(int index) {
        Http http = new Http(base, bearer);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LiveOrg org = live.get(index % live.size());
        while (System.nanoTime() < measureUntil) {
            try {
                Kind kind = Kind.pick(random.nextInt(100));
                switch (kind) {
                    case CHANGE -> change(http, org);
                    case CANCEL -> cancel(http, org);
                    case SHEET -> sheet(http, org);
                    case DUTY -> duty(http, org);
                    case DAY_RUNS -> dayRuns(http, org);
                    case STATS -> stats(http, org);
                    default -> book(http, org);
                }
            } catch (Exception e) {
                errors.computeIfAbsent("client exception " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        }
    }

    interface Call {
        Http.Response send() throws Exception;
    }

    /** Sends, and records the time under the kind when it started and ended within the measured window. */
    private Http.Response timed(Kind kind, Call call) throws Exception {
        long before = System.nanoTime();
        Http.Response r = call.send();
        long after = System.nanoTime();
        if (measuring(before) && after < measureUntil) {
            latencies.get(kind).record(after - before);
        }
        if (r.status() >= 300) {
            errors.computeIfAbsent(kind.label + " " + r.status(), k -> new AtomicInteger()).incrementAndGet();
        }
        return r;
    }

    private void book(Http http, LiveOrg org) throws Exception {
        LiveRun run = org.current.get();
        while (run.claimed.incrementAndGet() > LIVE_SEATS) {
            run = rotate(http, org, run);
        }
        LiveRun on = run;
        String body = """
                {"runId":"%s","caller":"SELF","pickup":{"home":true},"dropOff":{"home":true},
                 "pickupTime":"09:%02d","passengers":1,"companions":0,"purpose":"HOSPITAL"}"""
                .formatted(on.id, ThreadLocalRandom.current().nextInt(60));
        Http.Response r = timed(Kind.BOOK, () -> http.call("POST", "/api/orgs/" + org.id + "/bookings", body));
        if (r.status() == 201) {
            long answered = System.nanoTime();
            String bookingId = r.json().get("bookingId").asText();
            synchronized (on) {
                on.bookings.add(new Booked(bookingId, answered));
            }
            if (bookingsDone.incrementAndGet() % LAG_SAMPLE_EVERY == 0 && measuring(answered)) {
                lagSamples.offer(new LagSample(org.id, bookingId, answered));
            }
        }
    }

    /** The run is full: the first client to see it schedules the next one and hands the full one to the driver. */
    private LiveRun rotate(Http http, LiveOrg org, LiveRun full) throws Exception {
        synchronized (org) {
            if (org.current.get() == full) {
                org.current.set(schedule(http, org));
                // Every other full run is driven (its bookings then belong to the driver's script); the others stay
                // open to changes and cancellations, so those find bookings made long enough ago.
                if (org.filled++ % 2 == 0) {
                    List<String> booked;
                    synchronized (full) {
                        full.closed = true;
                        booked = full.bookings.stream().map(Booked::id).toList();
                    }
                    duties.add(dutyScript(org, full, booked));
                } else {
                    org.callBack.add(full);
                    if (org.callBack.size() > 20) {
                        org.callBack.remove(0);
                    }
                }
            }
            return org.current.get();
        }
    }

    private static DutyScript dutyScript(LiveOrg org, LiveRun run, List<String> bookings) {
        String d = run.date.toString();
        List<String[]> steps = new ArrayList<>();
        steps.add(new String[] {"safety-check", """
                {"actionId":"%s","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,"ill":false,
                 "fatigued":false,"checkedBy":"事務局","checkedAt":"%sT08:30:00"}""".formatted(action(), run.driverId, d)});
        steps.add(new String[] {"start", """
                {"actionId":"%s","driverId":"%s","place":"車庫","at":"%sT08:45:00","odometerKm":1000}"""
                .formatted(action(), run.driverId, d)});
        for (String b : bookings) {
            steps.add(new String[] {"outcomes", """
                    {"actionId":"%s","bookingId":"%s","outcome":"BOARDED","at":"%sT09:00:00"}""".formatted(action(), b, d)});
            steps.add(new String[] {"fares", """
                    {"actionId":"%s","bookingId":"%s","yen":300,"method":"CASH","at":"%sT09:00:00"}""".formatted(action(), b, d)});
            steps.add(new String[] {"outcomes", """
                    {"actionId":"%s","bookingId":"%s","outcome":"DROPPED_OFF","at":"%sT09:30:00"}""".formatted(action(), b, d)});
        }
        steps.add(new String[] {"end", """
                {"actionId":"%s","place":"車庫","at":"%sT12:00:00","odometerKm":1042,"waypoints":["病院"]}"""
                .formatted(action(), d)});
        return new DutyScript(org, run.id, steps, new AtomicInteger());
    }

    private static String action() {
        return UUID.randomUUID().toString();
    }

    private void duty(Http http, LiveOrg org) throws Exception {
        DutyScript script = duties.poll();
        if (script == null) {
            // No run has filled yet: the driver reads the run sheet meanwhile.
            sheet(http, org);
            return;
        }
        String[] step = script.steps().get(script.next().getAndIncrement());
        timed(Kind.DUTY, () -> http.call("POST", "/api/orgs/" + script.org().id + "/runs/" + script.runId()
                + "/duty/" + step[0], step[1]));
        if (script.next().get() < script.steps().size()) {
            duties.add(script);
        }
    }

    /**
     * A booking of the run being filled or of a full run that no driver's script takes, made at least
     * {@link #CALL_BACK_AFTER} ago: a caller rings back about a booking made earlier, not within the second; the
     * API finds a booking through its view, so one made a moment ago may not be found yet (that is the lag measured).
     */
    private String openBooking(LiveOrg org, boolean remove) {
        LiveRun run;
        synchronized (org) {
            int pick = ThreadLocalRandom.current().nextInt(org.callBack.size() + 1);
            run = pick == org.callBack.size() ? org.current.get() : org.callBack.get(pick);
        }
        long madeBefore = System.nanoTime() - CALL_BACK_AFTER.toNanos();
        synchronized (run) {
            if (run.closed) {
                return null;
            }
            List<Integer> old = new ArrayList<>();
            for (int i = 0; i < run.bookings.size(); i++) {
                if (run.bookings.get(i).answeredAt() < madeBefore) {
                    old.add(i);
                }
            }
            if (old.isEmpty()) {
                return null;
            }
            int i = old.get(ThreadLocalRandom.current().nextInt(old.size()));
            return (remove ? run.bookings.remove(i) : run.bookings.get(i)).id();
        }
    }

    private void change(Http http, LiveOrg org) throws Exception {
        String booking = openBooking(org, false);
        if (booking == null) {
            book(http, org);
            return;
        }
        String body = """
                {"pickup":{"home":true},"dropOff":{"home":true},"pickupTime":"10:%02d","passengers":1,"companions":0,
                 "wheelchair":false}""".formatted(ThreadLocalRandom.current().nextInt(60));
        timed(Kind.CHANGE, () -> http.call("POST", "/api/orgs/" + org.id + "/bookings/" + booking + "/change", body));
    }

    private void cancel(Http http, LiveOrg org) throws Exception {
        String booking = openBooking(org, true);
        if (booking == null) {
            book(http, org);
            return;
        }
        timed(Kind.CANCEL, () -> http.call("POST", "/api/orgs/" + org.id + "/bookings/" + booking + "/cancel",
                "{\"reason\":\"通院の予定が変わった\"}"));
    }

    private void sheet(Http http, LiveOrg org) throws Exception {
        LiveRun run = org.anyRecent();
        timed(Kind.SHEET, () -> http.call("GET", "/api/orgs/" + org.id + "/runs/" + run.id + "/sheet", null));
    }

    /** Half of the day's-runs and stats reads ask a live organization, half an organization of the history. */
    private void dayRuns(Http http, LiveOrg org) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String path;
        if (scale != null && random.nextBoolean()) {
            LocalDate first = LocalDate.of(scale.firstFiscalYear(), 4, 1);
            LocalDate day = first.plusDays(random.nextInt(365 * scale.fiscalYears()));
            path = "/api/orgs/" + historyOrg(random) + "/runs?date=" + day;
        } else {
            path = "/api/orgs/" + org.id + "/runs?date=" + org.anyRecent().date;
        }
        timed(Kind.DAY_RUNS, () -> http.call("GET", path, null));
    }

    private void stats(Http http, LiveOrg org) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String path = scale != null && random.nextBoolean()
                ? "/api/orgs/" + historyOrg(random) + "/stats/ridership?fiscalYear="
                        + (scale.firstFiscalYear() + random.nextInt(scale.fiscalYears()))
                : "/api/orgs/" + org.id + "/stats/ridership?fiscalYear=" + fiscalYear(LocalDate.now(JAPAN));
        timed(Kind.STATS, () -> http.call("GET", path, null));
    }

    private String historyOrg(ThreadLocalRandom random) {
        return HistoryGenerator.organizationId(1 + random.nextInt(scale.organizations()));
    }

    static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** Polls each sampled booking's view until it answers 200; the time from the booking's 201 is the lag. */
    private void sampleLag() {
        Http http = new Http(base, bearer);
        while (!loadOver || !lagSamples.isEmpty()) {
            try {
                LagSample s = lagSamples.poll(100, TimeUnit.MILLISECONDS);
                if (s == null) {
                    continue;
                }
                long giveUp = s.answeredAt() + TimeUnit.SECONDS.toNanos(30);
                while (true) {
                    Http.Response r = http.call("GET", "/api/orgs/" + s.org() + "/bookings/" + s.bookingId(), null);
                    long now = System.nanoTime();
                    if (r.status() == 200) {
                        projectionLag.record(now - s.answeredAt());
                        break;
                    }
                    if (now > giveUp) {
                        lagTimeouts.incrementAndGet();
                        break;
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                errors.computeIfAbsent("lag sampler " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        }
    }

    // ---- the table ---------------------------------------------------------------------------------------------

    private ResultTable table(Map<String, Double> baselineFigures) {
        double seconds = duration.toNanos() / 1e9;
        ResultTable t = new ResultTable(baselineFigures);
        ResultTable.Better higher = ResultTable.Better.HIGHER;
        ResultTable.Better lower = ResultTable.Better.LOWER;
        t.add("stored_events", "stored events before the load", external ? Double.NaN : stored, "", ResultTable.Better.NONE);
        t.add("fill_events_per_s", "fill through the storage engine", stored / fillSeconds, "events/s", higher);
        t.add("raw_appends_per_s", "raw single appends, same store", rawAppendsPerSecond, "/s", higher);
        t.add("raw_append_p99_ms", "raw single append p99", rawAppendP99, "ms", lower);
        t.add("startup_s", "start-up (process start → health UP)", startupSeconds, "s", lower, 15, "≤ 15 s");
        t.add("rebuild_events_per_s", "full rebuild (start → every processor's lag 0)",
                stored / rebuildSeconds, "events/s", higher, 10_000, "≥ 10,000 events/s");
        long total = latencies.values().stream().mapToLong(Latencies::count).sum();
        t.add("requests_per_s", "all requests", total / seconds, "/s", higher);
        double bookings = latencies.get(Kind.BOOK).count() / seconds;
        t.add("bookings_per_s", "bookings", bookings, "/s", higher, 300, "≥ 300/s");
        t.add("bookings_of_raw_pct", "bookings / raw single appends", 100 * bookings / rawAppendsPerSecond, "%",
                higher, 40, "≥ 40 %");
        for (Kind k : Kind.values()) {
            Latencies l = latencies.get(k);
            String key = k.name().toLowerCase();
            double p99Target = k == Kind.BOOK ? 50 : k == Kind.STATS || k == Kind.DAY_RUNS ? 20 : Double.NaN;
            t.add(key + "_per_s", k.label + " requests", l.count() / seconds, "/s", higher);
            t.add(key + "_p50_ms", k.label + " p50", l.percentileMillis(50), "ms", lower);
            t.add(key + "_p95_ms", k.label + " p95", l.percentileMillis(95), "ms", lower);
            t.add(key + "_p99_ms", k.label + " p99", l.percentileMillis(99), "ms", lower, p99Target,
                    Double.isNaN(p99Target) ? "" : "≤ %.0f ms".formatted(p99Target));
        }
        t.add("lag_p50_ms", "projection lag p50 (2xx → booking in its view; %d samples)"
                .formatted(projectionLag.count()), projectionLag.percentileMillis(50), "ms", lower);
        t.add("lag_p99_ms", "projection lag p99", projectionLag.percentileMillis(99), "ms", lower, 1000, "≤ 1 s");
        t.add("drain_s", "processors caught up after the load", drainSeconds, "s", lower);
        t.add("service_cores", "service CPU during the measured load", serviceCores, "cores", ResultTable.Better.NONE);
        t.add("benchmark_cores", "benchmark's own CPU (clients, lag sampler)", benchmarkCores, "cores", ResultTable.Better.NONE);
        t.add("load_average", "machine load average (1 min) at the end of the load", loadAverage, "", ResultTable.Better.NONE);
        t.add("peak_heap_mib", "peak heap (before a GC, from -Xlog:gc)", peakHeapMiB, "MiB", lower);
        t.add("peak_rss_mib", "peak RSS (VmHWM)", peakRssMiB, "MiB", lower);
        return t;
    }

    private String errorsText() {
        if (errors.isEmpty() && lagTimeouts.get() == 0) {
            return "\nNo errors.\n";
        }
        StringBuilder text = new StringBuilder("\nAnswers other than 2xx and other failures (warm-up included):\n\n");
        new TreeMap<>(errors).forEach((k, v) -> text.append("- ").append(k).append(": ").append(v.get()).append('\n'));
        if (lagTimeouts.get() > 0) {
            text.append("- sampled bookings not visible within 30 s: ").append(lagTimeouts.get()).append('\n');
        }
        return text.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One client's HTTP/1.1 connection and credentials. */
    static final class Http {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final String authorization;

        Http(String base, String authorization) {
            this.base = base;
            this.authorization = authorization;
        }

        record Response(int status, String body) {
            JsonNode json() throws IOException {
                return JSON.readTree(body);
            }
        }

        Response call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        }
    }
}
