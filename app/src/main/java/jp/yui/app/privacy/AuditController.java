package jp.yui.app.privacy;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Identifiers;
import jp.yui.infra.accounts.MongoAccessLog;

/** 閲覧記録: the organization's admin reads who looked at personal data. */
@RestController
class AuditController {

    private final MongoAccessLog log;

    AuditController(MongoAccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/orgs/{org}/audit")
    List<MongoAccessLog.Entry> accesses(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return log.of(org, 1_000);
    }
}
