package jp.yui.app.privacy;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.yui.infra.accounts.MongoAccessLog;

/** Records each read of personal data: the login, the time, the path and the people shown (by id). */
@Component
public class AccessAudit {

    private final MongoAccessLog log;
    private final Clock clock;

    AccessAudit(MongoAccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void read(String organizationId, String what, List<String> subjects) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                ? r.getRequest().getRequestURI() : null;
        log.record(new MongoAccessLog.Entry(clock.instant(), auth == null ? null : auth.getName(), organizationId,
                what, path, List.copyOf(subjects)));
    }
}
