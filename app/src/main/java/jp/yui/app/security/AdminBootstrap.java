package jp.yui.app.security;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import jp.yui.app.config.YuiProperties;
import jp.yui.infra.accounts.MongoUserAccounts;
import jp.yui.infra.accounts.UserAccount;

/**
 * On first start with an empty store, creates the one bootstrap admin. There are no default credentials: the
 * password is {@code YUI_ADMIN_PASSWORD}, or a random one printed once to the console (never to the log).
 * Runs before the web server opens, so no request ever meets a store without an admin.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String ADMIN = "admin";
    static final String ADMIN_ROLE = "ADMIN";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final MongoUserAccounts accounts;
    private final PasswordEncoder encoder;
    private final YuiProperties properties;

    AdminBootstrap(MongoUserAccounts accounts, PasswordEncoder encoder, YuiProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!accounts.isEmpty()) {
            return;
        }
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? randomPassword() : given;
        if (!accounts.createIfAbsent(new UserAccount(ADMIN, encoder.encode(password), List.of(ADMIN_ROLE), null))) {
            return;
        }
        if (generated) {
            System.out.println("""

                    ==================================================================
                     Yui: bootstrap admin created.  user: admin  password: %s
                     This password is shown only this once. Set YUI_ADMIN_PASSWORD
                     on first start to choose it yourself.
                    ==================================================================
                    """.formatted(password));
        } else {
            log.info("Bootstrap admin 'admin' created with the password from YUI_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
