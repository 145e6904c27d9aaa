package jp.yui.app.attendance.usecase;

import java.util.Optional;
import java.util.function.Predicate;

import jp.yui.app.web.Views;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * A view of the organization's, looked up by id. One that is not there yet may be on its way (created by the request
 * before, the view a few milliseconds behind), so it is waited for; one of another organization is not.
 */
final class Attendance {

    private Attendance() {
    }

    static <V> Optional<V> ofOrganization(ViewStore<V> store, String id, Predicate<V> ours, Predicate<V> ready) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<V> now = store.find(id);
        if (now.isPresent() && !ours.test(now.get())) {
            return Optional.empty();
        }
        if (now.isPresent() && ready.test(now.get())) {
            return now;
        }
        return Views.awaitPresent(() -> store.find(id).filter(ours).filter(ready));
    }

    /**
     * Whether the organization organizes the session, or takes part in its series (a city-wide event, 地域づくりフェス):
     * then its staff read the series' figures and keep the session's door. One lookup by id for another's session.
     */
    static boolean takesPart(ViewStore<AttendanceSeriesView> series, AttendanceSessionView session, String org) {
        return session.organizationId().equals(org) || series.find(session.seriesId())
                .filter(s -> s.participatingOrganizationIds().contains(org)).isPresent();
    }
}
