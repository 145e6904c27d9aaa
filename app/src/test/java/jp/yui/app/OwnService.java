package jp.yui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** What gives a test class a service of its own: a fresh data directory, a free store port, its admin password. */
public final class OwnService {

    private OwnService() {
    }

    /** Registers the properties and returns the data directory. */
    public static Path register(DynamicPropertyRegistry registry, String name, String adminPassword) throws IOException {
        Path dir = Files.createTempDirectory("yui-" + name + "-test");
        registry.add("yui.data-dir", dir::toString);
        registry.add("yui.embedded-mongo-port", () -> "0");
        registry.add("yui.admin-password", () -> adminPassword);
        return dir;
    }
}
