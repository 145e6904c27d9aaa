package jp.yui.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Yui (結): records what community organizations run and turns it into the figures they report. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YuiApplication {

    static {
        // Axon's update checker calls an outside host at start; Yui never phones home.
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        SpringApplication.run(YuiApplication.class, args);
    }
}
