package jp.yui.app.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one service worker of the phone and tablet pages ({@code static/js/offline-sw.js}, registered by
 * {@code offline-queue.js}), served by a page controller under its pages so it may control them: a script's default
 * scope is its own folder, {@code Service-Worker-Allowed} widens it to {@code scope} (the list page itself). Never
 * cached by HTTP, so a new version reaches the devices.
 */
public final class ServiceWorkerScript {

    private static final String SCRIPT = read();

    private ServiceWorkerScript() {
    }

    /** The service worker, allowed to control {@code scope} and every page below it. */
    public static ResponseEntity<String> allowedFor(String scope) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", scope)
                .body(SCRIPT);
    }

    private static String read() {
        try (InputStream in = new ClassPathResource("static/js/offline-sw.js").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
