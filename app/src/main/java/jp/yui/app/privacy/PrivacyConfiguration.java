package jp.yui.app.privacy;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.config.YuiProperties;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.infra.accounts.MongoAccessLog;
import jp.yui.infra.privacy.AesGcmVault;
import jp.yui.infra.privacy.DirectoryKeyRing;
import jp.yui.infra.privacy.KeyRing;
import jp.yui.infra.privacy.MongoKeyRing;

/**
 * Crypto-shredding: the keys of personal data live apart from the events — in {@code $YUI_DATA_DIR/keys/} beside the
 * embedded data file, or in the {@code personal_keys} collection on a replica set.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    KeyRing keyRing(YuiProperties properties, MongoDatabase database) {
        return properties.embedded() ? new DirectoryKeyRing(properties.dataDir().resolve("keys"))
                : new MongoKeyRing(database);
    }

    @Bean
    PersonalDataVault personalDataVault(KeyRing keys, Clock clock) {
        return new AesGcmVault(keys, clock);
    }

    @Bean
    MongoAccessLog accessLog(MongoDatabase database) {
        return new MongoAccessLog(database);
    }
}
