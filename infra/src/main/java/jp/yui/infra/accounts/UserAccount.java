package jp.yui.infra.accounts;

import java.util.List;

/**
 * A login. {@code organizationId} is null only for accounts that span organizations (the bootstrap admin,
 * city staff). The password is kept only as a hash.
 */
public record UserAccount(String username, String passwordHash, List<String> roles, String organizationId) {
}
