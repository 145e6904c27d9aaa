package jp.yui.app.attendance.usecase;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import jp.yui.app.privacy.AccessAudit;
import jp.yui.app.web.Views;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.attendance.query.RegistrantView;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 申込者一覧: the registrations of a session with the names the office and the door call people by: a resident's
 * from the resident directory, a guest's from their sealed details; an erased person's name and kana are null. One
 * key lookup for the session's registrations and one per resident; every read is recorded in the access log.
 */
@Service
public class Registrants {

    /** A resident of the organization, or a named guest who is none. */
    public enum Kind {
        RESIDENT, GUEST
    }

    /**
     * A registration as listed: {@code checkInId} is the door's check-in of it, null when not checked in (or the
     * check-in was undone); {@code offerExpiresAt} until when places offered to a waitlisted party are held.
     */
    public record Registrant(String registrationId, Kind kind, String name, String kana, int companions,
                             RegistrantView.Status status, Instant offerExpiresAt, String checkInId) {
    }

    private final ViewStore<RegistrantView> registrants;
    private final ViewStore<AttendanceSessionView> sessions;
    private final ViewStore<ResidentView> residents;
    private final PersonalDataVault vault;
    private final AccessAudit audit;

    Registrants(ViewStore<RegistrantView> registrants, ViewStore<AttendanceSessionView> sessions,
                ViewStore<ResidentView> residents, PersonalDataVault vault, AccessAudit audit) {
        this.registrants = registrants;
        this.sessions = sessions;
        this.residents = residents;
        this.vault = vault;
        this.audit = audit;
    }

    /**
     * The session's registrants in the order they were taken (the waitlist's order), or empty when the session is
     * not the organization's (or not known).
     */
    public Optional<List<Registrant>> of(String org, String sessionId) {
        if (Attendance.ofOrganization(sessions, sessionId, s -> s.organizationId().equals(org), s -> true)
                .isEmpty()) {
            return Optional.empty();
        }
        List<RegistrantView> found = registrants.findBy(org, RegistrantView.BY_SESSION.name(), sessionId).stream()
                .sorted(Comparator.comparing(RegistrantView::registeredAt, Comparator.nullsLast(
                        Comparator.naturalOrder())).thenComparing(RegistrantView::registrationId))
                .toList();
        // The people shown: residents by their id, guests by the subject their details are sealed under.
        audit.read(org, "event-registrants", found.stream()
                .map(r -> r.residentId() != null ? r.residentId() : r.registrationId()).toList());
        return Optional.of(found.stream().map(r -> listed(org, r)).toList());
    }

    /**
     * Waits briefly until the registration shows in the registrants as {@code shown} (one key lookup a time, no
     * names read): for a page that lists the registrants right after a change. False if the view is still behind.
     */
    public boolean await(String sessionId, String registrationId, Predicate<RegistrantView> shown) {
        return Views.awaitPresent(() -> registrants.find(RegistrantView.idOf(sessionId, registrationId))
                .filter(shown)).isPresent();
    }

    private Registrant listed(String org, RegistrantView r) {
        String name = null;
        String kana = null;
        if (r.residentId() != null) {
            Optional<ResidentDetails> details = residents.find(r.residentId())
                    .filter(v -> v.organizationId().equals(org) && !v.erased())
                    .flatMap(v -> vault.openNullable(v.details(), ResidentDetails.class));
            name = details.map(ResidentDetails::name).orElse(null);
            kana = details.map(ResidentDetails::kana).orElse(null);
        } else {
            Optional<GuestDetails> details = vault.openNullable(r.guest(), GuestDetails.class);
            name = details.map(GuestDetails::name).orElse(null);
            kana = details.map(GuestDetails::kana).orElse(null);
        }
        return new Registrant(r.registrationId(), r.residentId() != null ? Kind.RESIDENT : Kind.GUEST, name, kana,
                r.companions(), r.status(), r.offerExpiresAt(), r.checkInId());
    }
}
