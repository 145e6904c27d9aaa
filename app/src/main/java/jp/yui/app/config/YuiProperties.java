package jp.yui.app.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings read from the environment (see README's configuration table).
 *
 * @param mongodbUri          {@code MONGODB_URI}: a real MongoDB replica set; empty means the embedded server
 * @param dataDir             {@code YUI_DATA_DIR}: where the embedded server keeps its file
 * @param embeddedMongoPort   {@code YUI_EMBEDDED_MONGO_PORT}: loopback port of the embedded server (0: any free)
 * @param fsync               {@code YUI_FSYNC}: force each acknowledged write to the device, not only the file
 * @param adminPassword       {@code YUI_ADMIN_PASSWORD}: password of the bootstrap admin on first start
 * @param nodeId              {@code YUI_NODE_ID}: this node's name when several share one replica set
 * @param demo                {@code YUI_DEMO}: seed the demonstration organizations and a year of history
 */
@ConfigurationProperties("yui")
public record YuiProperties(
        String mongodbUri,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("27018") int embeddedMongoPort,
        @DefaultValue("false") boolean fsync,
        String adminPassword,
        String nodeId,
        @DefaultValue("false") boolean demo) {

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
