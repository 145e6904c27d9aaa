package jp.yui.domain.attendance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.attendance.api.AcceptOffer;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.AttendeeDataErased;
import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.AttendeeWaitlisted;
import jp.yui.domain.attendance.api.CancelRegistration;
import jp.yui.domain.attendance.api.CheckIn;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.CloseSession;
import jp.yui.domain.attendance.api.EraseAttendeeData;
import jp.yui.domain.attendance.api.LapseOffer;
import jp.yui.domain.attendance.api.RecordWalkIn;
import jp.yui.domain.attendance.api.RegisterAttendee;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.ScheduleSession;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.SessionScheduled;
import jp.yui.domain.attendance.api.UndoCheckIn;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.attendance.api.WalkInCheckedIn;
import jp.yui.domain.shared.BelongsToOrganization;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.Sealed;

/**
 * 回: one session of a series, the boundary of its capacity. Registrations take {@code 1 + companions} places; a
 * party that does not fit, or comes while others wait, is waitlisted in order. Places freed (a cancellation, a
 * lapsed offer) are offered to the first waiting party, strictly in order, while it fits in what is neither taken nor
 * already offered; an offer holds its places until it is accepted, cancelled or lapsed.
 *
 * <p>Registrations and check-ins carry ids made by the caller (the office, the door tablet): an id already recorded
 * is accepted again without a new event, whether or not the session has closed since, so a retry never counts twice.
 */
public class EventSession {

    public static final String ID_TYPE = "EventSession";

    private enum Status { REGISTERED, WAITLISTED, CANCELLED, LAPSED }

    private static final class Registration {
        final String residentId;
        final int places;
        Status status;
        Instant offerExpiresAt;
        String checkInId;

        Registration(String residentId, int places, Status status) {
            this.residentId = residentId;
            this.places = places;
            this.status = status;
        }

        /** By value, so Axon's fixture can compare the state a command left with the state its events rebuild. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Registration r && Objects.equals(residentId, r.residentId) && places == r.places
                    && status == r.status && Objects.equals(offerExpiresAt, r.offerExpiresAt)
                    && Objects.equals(checkInId, r.checkInId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(residentId, places, status, offerExpiresAt, checkInId);
        }
    }

    /**
     * A check-in (of a registration, or a walk-in when {@code registrationId} is null), the resident it is of (if
     * any) and whether it was undone.
     */
    private static final class Entry {
        final String registrationId;
        final String residentId;
        boolean undone;
        /** The door tablet's id of the undo, so the same undo sent again records nothing. */
        String undoId;

        Entry(String registrationId, String residentId) {
            this.registrationId = registrationId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && Objects.equals(registrationId, e.registrationId)
                    && Objects.equals(residentId, e.residentId) && undone == e.undone
                    && Objects.equals(undoId, e.undoId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(registrationId, residentId, undone, undoId);
        }
    }

    @AggregateIdentifier
    private String sessionId;
    private String organizationId;
    private int capacity;
    private Duration offerHeldFor;
    private boolean closed;
    /** In registration order; the waitlisted among them are the waitlist, in order. */
    private final Map<String, Registration> registrations = new LinkedHashMap<>();
    private final Map<String, Entry> checkIns = new HashMap<>();
    /** What a waitlisted registration carries over to its registration when it accepts an offer. */
    private final Map<String, AttendeeWaitlisted> waitlisted = new HashMap<>();
    /** Registrations and check-ins with sealed details (guests, named walk-ins), and whether they were erased. */
    private final Map<String, Boolean> sealedSubjects = new HashMap<>();

    /** Required by Axon. */
    protected EventSession() {
    }

    @CommandHandler
    public EventSession(ScheduleSession command) {
        new SessionIsDescribed(command.venue(), command.startsAt(), command.endsAt()).verify();
        new CapacityIsPositive(command.capacity()).verify();
        new FeeIsNotNegative(command.feeYen()).verify();
        new OfferHoldIsPositive(command.offerHeldFor()).verify();
        apply(new SessionScheduled(command.sessionId(), command.organizationId(), command.seriesId(),
                command.number(), command.venue(), command.startsAt(), command.endsAt(), command.capacity(),
                command.feeYen(), command.targetGroup(), command.offerHeldFor(), command.recordedBy()));
    }

    @CommandHandler
    public void handle(RegisterAttendee command, PersonalDataVault vault) {
        belongsTo(command.organizationId());
        if (registrations.containsKey(command.registrationId())) {
            return;
        }
        new SessionIsOpen(closed).verify();
        new RegistrantIsNamed(command.residentId(), command.guest()).verify();
        new CompanionsAreNotNegative(command.companions()).verify();
        int party = 1 + command.companions();
        new PartyFitsTheSession(capacity, party).verify();
        new ResidentIsRegisteredOnce(command.residentId() != null && registrations.values().stream()
                .anyMatch(r -> command.residentId().equals(r.residentId)
                        && (r.status == Status.REGISTERED || r.status == Status.WAITLISTED))).verify();
        Sealed guest = command.guest() == null ? null
                : vault.seal(AttendeeDataErased.vaultSubject(sessionId, command.registrationId()), command.guest());
        AgeBand guestAgeBand = command.guest() == null ? null : command.guestAgeBand();
        String guestDistrict = command.guest() == null ? null : command.guestDistrict();
        boolean fits = !anyoneWaiting() && placesTakenOrOffered() + party <= capacity;
        if (!fits && command.waitlistIfFull()) {
            apply(new AttendeeWaitlisted(sessionId, organizationId, command.registrationId(), command.residentId(),
                    guest, guestAgeBand, guestDistrict, command.companions(), command.recordedBy(), command.at()));
            return;
        }
        // Someone waiting counts as full, so a newcomer never takes places the waitlist is owed.
        new SessionHasPlacesLeft(capacity, anyoneWaiting() ? capacity : placesTakenOrOffered(), party).verify();
        apply(new AttendeeRegistered(sessionId, organizationId, command.registrationId(), command.residentId(), guest,
                guestAgeBand, guestDistrict, command.companions(), false, command.recordedBy(), command.at()));
    }

    @CommandHandler
    public void handle(CancelRegistration command) {
        belongsTo(command.organizationId());
        Registration registration = registrations.get(command.registrationId());
        new RegistrationIsKnown(registration != null).verify();
        if (registration.status == Status.CANCELLED || registration.status == Status.LAPSED) {
            return;
        }
        new SessionIsOpen(closed).verify();
        int freed = registration.status == Status.REGISTERED || registration.offerExpiresAt != null
                ? registration.places : 0;
        apply(new RegistrationCancelled(sessionId, organizationId, command.registrationId(), freed,
                command.recordedBy(), command.at()));
        offerFreedPlaces(command.at());
    }

    @CommandHandler
    public void handle(AcceptOffer command) {
        belongsTo(command.organizationId());
        Registration registration = registrations.get(command.registrationId());
        new RegistrationIsKnown(registration != null).verify();
        if (registration.status == Status.REGISTERED) {
            return;
        }
        new SessionIsOpen(closed).verify();
        new OfferIsOpen(registration.status == Status.WAITLISTED ? registration.offerExpiresAt : null, command.at())
                .verify();
        AttendeeWaitlisted waiting = waitlisted.get(command.registrationId());
        apply(new AttendeeRegistered(sessionId, organizationId, command.registrationId(), waiting.residentId(),
                waiting.guest(), waiting.guestAgeBand(), waiting.guestDistrict(), waiting.companions(), true,
                command.recordedBy(), command.at()));
    }

    @CommandHandler
    public void handle(LapseOffer command) {
        belongsTo(command.organizationId());
        Registration registration = registrations.get(command.registrationId());
        new RegistrationIsKnown(registration != null).verify();
        if (registration.status == Status.LAPSED) {
            return;
        }
        new SessionIsOpen(closed).verify();
        new OfferHasExpired(registration.status == Status.WAITLISTED ? registration.offerExpiresAt : null,
                command.at()).verify();
        apply(new WaitlistOfferLapsed(sessionId, organizationId, command.registrationId(), command.at()));
        offerFreedPlaces(command.at());
    }

    @CommandHandler
    public void handle(CheckIn command) {
        belongsTo(command.organizationId());
        if (checkIns.containsKey(command.checkInId())) {
            return;
        }
        new SessionIsOpen(closed).verify();
        Registration registration = registrations.get(command.registrationId());
        new RegistrationIsKnown(registration != null).verify();
        new RegistrationIsNotCancelled(registration.status == Status.CANCELLED).verify();
        new RegistrationIsRegistered(registration.status == Status.REGISTERED).verify();
        new RegistrationIsNotCheckedIn(registration.checkInId != null).verify();
        new ResidentComesInOnce(isIn(registration.residentId)).verify();
        int companions = command.companions() == null ? registration.places - 1 : command.companions();
        new CompanionsAreNotNegative(companions).verify();
        apply(new AttendeeCheckedIn(sessionId, organizationId, command.checkInId(), command.registrationId(),
                companions, command.recordedBy(), command.at()));
    }

    @CommandHandler
    public void handle(RecordWalkIn command, PersonalDataVault vault) {
        belongsTo(command.organizationId());
        if (checkIns.containsKey(command.checkInId())) {
            return;
        }
        new SessionIsOpen(closed).verify();
        new WalkInIsDescribed(command.ageBand(), command.district()).verify();
        new ResidentComesInOnce(isIn(command.residentId()) || command.residentId() != null && registrations.values()
                .stream().anyMatch(r -> command.residentId().equals(r.residentId) && r.status == Status.REGISTERED))
                .verify();
        boolean named = command.name() != null && command.name().name() != null && !command.name().name().isBlank();
        apply(new WalkInCheckedIn(sessionId, organizationId, command.checkInId(), command.residentId(),
                named ? vault.seal(AttendeeDataErased.vaultSubject(sessionId, command.checkInId()),
                        command.name()) : null, command.ageBand(),
                command.district(), command.recordedBy(), command.at()));
    }

    @CommandHandler
    public void handle(UndoCheckIn command) {
        belongsTo(command.organizationId());
        Entry entry = checkIns.get(command.checkInId());
        if (entry != null && entry.undone && command.undoId() != null && command.undoId().equals(entry.undoId)) {
            return;
        }
        new SessionIsOpen(closed).verify();
        new CheckInIsUndoable(entry != null, entry != null && entry.undone).verify();
        new ReasonIsGiven(command.reason()).verify();
        apply(new CheckInUndone(sessionId, organizationId, command.checkInId(), entry.registrationId,
                command.reason(), command.recordedBy(), command.at(), command.undoId()));
    }

    @CommandHandler
    public void handle(CloseSession command) {
        belongsTo(command.organizationId());
        new SessionIsOpen(closed).verify();
        List<String> noShows = new ArrayList<>();
        registrations.forEach((id, r) -> {
            if (r.status == Status.REGISTERED && r.checkInId == null) {
                noShows.add(id);
            }
        });
        apply(new SessionClosed(sessionId, organizationId, noShows, command.closedBy(), command.at()));
    }

    @CommandHandler
    public void handle(EraseAttendeeData command) {
        belongsTo(command.organizationId());
        Boolean erased = sealedSubjects.get(command.subjectId());
        new SubjectHasSealedData(erased != null).verify();
        if (erased) {
            return;
        }
        apply(new AttendeeDataErased(sessionId, organizationId, command.subjectId(), command.requestedBy(),
                command.at()));
    }

    /** Offers to the first waiting parties, in order, while the first without an offer fits. */
    private void offerFreedPlaces(Instant at) {
        for (Map.Entry<String, Registration> e : List.copyOf(registrations.entrySet())) {
            Registration r = e.getValue();
            if (r.status != Status.WAITLISTED || r.offerExpiresAt != null) {
                continue;
            }
            if (placesTakenOrOffered() + r.places > capacity) {
                return;
            }
            apply(new WaitlistPlaceOffered(sessionId, organizationId, e.getKey(), r.places, at.plus(offerHeldFor),
                    at));
        }
    }

    /** Whether the resident has a check-in, of a registration or as a walk-in, that was not undone. */
    private boolean isIn(String residentId) {
        return residentId != null && checkIns.values().stream()
                .anyMatch(c -> !c.undone && residentId.equals(c.residentId));
    }

    private int placesTakenOrOffered() {
        return registrations.values().stream()
                .filter(r -> r.status == Status.REGISTERED || r.status == Status.WAITLISTED && r.offerExpiresAt != null)
                .mapToInt(r -> r.places).sum();
    }

    private boolean anyoneWaiting() {
        return registrations.values().stream().anyMatch(r -> r.status == Status.WAITLISTED);
    }

    private void belongsTo(String organization) {
        new BelongsToOrganization("session", organizationId, organization).verify();
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessionId = event.sessionId();
        organizationId = event.organizationId();
        capacity = event.capacity();
        offerHeldFor = event.offerHeldFor();
    }

    @EventSourcingHandler
    void on(AttendeeRegistered event) {
        Registration existing = registrations.get(event.registrationId());
        if (existing != null) {
            existing.status = Status.REGISTERED;
            existing.offerExpiresAt = null;
        } else {
            registrations.put(event.registrationId(),
                    new Registration(event.residentId(), 1 + event.companions(), Status.REGISTERED));
        }
        waitlisted.remove(event.registrationId());
        if (event.guest() != null) {
            sealedSubjects.putIfAbsent(event.registrationId(), false);
        }
    }

    @EventSourcingHandler
    void on(AttendeeWaitlisted event) {
        if (event.guest() != null) {
            sealedSubjects.putIfAbsent(event.registrationId(), false);
        }
        registrations.put(event.registrationId(),
                new Registration(event.residentId(), 1 + event.companions(), Status.WAITLISTED));
        waitlisted.put(event.registrationId(), event);
    }

    @EventSourcingHandler
    void on(RegistrationCancelled event) {
        registrations.get(event.registrationId()).status = Status.CANCELLED;
        registrations.get(event.registrationId()).offerExpiresAt = null;
        waitlisted.remove(event.registrationId());
    }

    @EventSourcingHandler
    void on(WaitlistPlaceOffered event) {
        registrations.get(event.registrationId()).offerExpiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(WaitlistOfferLapsed event) {
        registrations.get(event.registrationId()).status = Status.LAPSED;
        registrations.get(event.registrationId()).offerExpiresAt = null;
        waitlisted.remove(event.registrationId());
    }

    @EventSourcingHandler
    void on(AttendeeCheckedIn event) {
        checkIns.put(event.checkInId(),
                new Entry(event.registrationId(), registrations.get(event.registrationId()).residentId));
        registrations.get(event.registrationId()).checkInId = event.checkInId();
    }

    @EventSourcingHandler
    void on(WalkInCheckedIn event) {
        checkIns.put(event.checkInId(), new Entry(null, event.residentId()));
        if (event.name() != null) {
            sealedSubjects.putIfAbsent(event.checkInId(), false);
        }
    }

    @EventSourcingHandler
    void on(CheckInUndone event) {
        checkIns.get(event.checkInId()).undone = true;
        checkIns.get(event.checkInId()).undoId = event.undoId();
        if (event.registrationId() != null) {
            registrations.get(event.registrationId()).checkInId = null;
        }
    }

    @EventSourcingHandler
    void on(AttendeeDataErased event) {
        sealedSubjects.put(event.subjectId(), true);
    }

    @EventSourcingHandler
    void on(SessionClosed event) {
        closed = true;
    }
}
