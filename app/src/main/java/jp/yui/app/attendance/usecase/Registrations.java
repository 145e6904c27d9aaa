package jp.yui.app.attendance.usecase;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.Views;
import jp.yui.domain.attendance.api.AcceptOffer;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.CancelRegistration;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.api.LapseOffer;
import jp.yui.domain.attendance.api.RegisterAttendee;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 申込み, mostly by phone through the office: a resident of the organization or a named guest (sealed), with
 * companions; cancellation; the waitlist's offers accepted or let lapse. Each is answered once its events are stored.
 */
@Service
public class Registrations {

    /** The type of the registration ids made here (a guest's details are sealed under the registration id). */
    public static final String ID_TYPE = "Registration";

    /** Who registers: a resident, or a guest with age band and district asked on the phone. */
    public record Registrant(String residentId, GuestDetails guest, AgeBand guestAgeBand, String guestDistrict,
                             int companions, boolean waitlistIfFull) {
    }

    /** The registration as stored: its id and, when the view shows it already, REGISTERED or WAITLISTED. */
    public record Registered(String registrationId, String status) {
    }

    private final CommandGateway commands;
    private final ViewStore<ResidentView> residents;
    private final ViewStore<AttendanceSessionView> sessions;

    Registrations(CommandGateway commands, ViewStore<ResidentView> residents,
                  ViewStore<AttendanceSessionView> sessions) {
        this.commands = commands;
        this.residents = residents;
        this.sessions = sessions;
    }

    /**
     * Registers for the session; a resident must be the organization's (422 {@code unknown-resident} otherwise,
     * nothing stored). {@code registrationId} may be given by the caller (sent again, recorded once), else made here.
     */
    public Registered register(String org, String sessionId, String registrationId, Registrant who, String by,
                               Instant at) {
        if (who.residentId() != null && residents.find(who.residentId())
                .filter(r -> r.organizationId().equals(org) && !r.erased()).isEmpty()) {
            throw Conflict.unprocessable("unknown-resident");
        }
        String id = registrationId != null ? registrationId : Ids.newId(ID_TYPE);
        commands.sendAndWait(new RegisterAttendee(sessionId, org, id, who.residentId(), who.guest(),
                who.guestAgeBand(), who.guestDistrict(), who.companions(), who.waitlistIfFull(), by, at));
        Optional<String> status = Views.awaitPresent(() -> sessions.find(sessionId)
                .map(s -> s.registrations().get(id)).map(r -> r.status().name()));
        return new Registered(id, status.orElse("STORED"));
    }

    public void cancel(String org, String sessionId, String registrationId, String by, Instant at) {
        commands.sendAndWait(new CancelRegistration(sessionId, org, registrationId, by, at));
    }

    /** The waitlisted person said yes to the place offered them before it expired. */
    public void accept(String org, String sessionId, String registrationId, String by, Instant at) {
        commands.sendAndWait(new AcceptOffer(sessionId, org, registrationId, by, at));
    }

    /** An offer not answered by its expiry goes to the next on the waitlist (refused before the expiry). */
    public void lapse(String org, String sessionId, String registrationId, Instant at) {
        commands.sendAndWait(new LapseOffer(sessionId, org, registrationId, at));
    }
}
