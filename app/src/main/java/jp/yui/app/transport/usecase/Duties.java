package jp.yui.app.transport.usecase;

import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.CollectFare;
import jp.yui.domain.transport.api.EndDuty;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RecordAbnormalEvent;
import jp.yui.domain.transport.api.RecordAccident;
import jp.yui.domain.transport.api.RecordRideCosts;
import jp.yui.domain.transport.api.RecordRideOutcome;
import jp.yui.domain.transport.api.RecordSafetyCheck;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.StartDuty;
import jp.yui.domain.transport.query.RunView;

/**
 * 乗務: what the driver records. Every step carries an {@code actionId} made on the phone; the same action sent
 * again records nothing twice. Times are the phone's (when it happened), not the server's.
 */
@Service
public class Duties {

    public record SafetyCheck(String actionId, String driverId, boolean alcoholDetectorUsed, boolean alcoholDetected,
                              boolean ill, boolean fatigued, String instructions, String checkedBy,
                              LocalDateTime checkedAt) {
    }

    public record Start(String actionId, String driverId, String place, LocalDateTime at, int odometerKm) {
    }

    public record Outcome(String actionId, String bookingId, RideOutcome outcome, LocalDateTime at) {
    }

    public record FareCollected(String actionId, String bookingId, int yen, PaymentMethod method, LocalDateTime at) {
    }

    public record Costs(String actionId, String bookingId, int fuelYen, int tollYen, int parkingYen, int thanksYen,
                        LocalDateTime at) {
    }

    public record End(String actionId, String place, LocalDateTime at, int odometerKm, List<String> waypoints) {
    }

    public record AbnormalEvent(String actionId, LocalDateTime at, String summary) {
    }

    public record Accident(String actionId, LocalDateTime at, String place, String otherParties, String summary,
                           String cause, String prevention) {
    }

    private final CommandGateway commands;
    private final ViewStore<RunView> runs;

    Duties(CommandGateway commands, ViewStore<RunView> runs) {
        this.commands = commands;
        this.runs = runs;
    }

    /** 乗務記録 of the run as recorded so far; {@link NotFound} if not the organization's. */
    public RunView.Duty record(String org, String runId) {
        return runs.find(runId).filter(r -> r.organizationId().equals(org)).map(RunView::duty)
                .orElseThrow(NotFound::new);
    }

    public void safetyCheck(String org, String runId, SafetyCheck r) {
        commands.sendAndWait(new RecordSafetyCheck(runId, org, r.actionId(), r.driverId(), r.alcoholDetectorUsed(),
                r.alcoholDetected(), r.ill(), r.fatigued(), r.instructions(), r.checkedBy(), r.checkedAt()));
    }

    public void start(String org, String runId, Start r) {
        commands.sendAndWait(new StartDuty(runId, org, r.actionId(), r.driverId(), r.place(), r.at(), r.odometerKm()));
    }

    public void outcome(String org, String runId, Outcome r) {
        commands.sendAndWait(new RecordRideOutcome(runId, org, r.actionId(), r.bookingId(), r.outcome(), r.at()));
    }

    public void fare(String org, String runId, FareCollected r) {
        commands.sendAndWait(new CollectFare(runId, org, r.actionId(), r.bookingId(), r.yen(), r.method(), r.at()));
    }

    public void costs(String org, String runId, Costs r) {
        commands.sendAndWait(new RecordRideCosts(runId, org, r.actionId(), r.bookingId(), r.fuelYen(), r.tollYen(),
                r.parkingYen(), r.thanksYen(), r.at()));
    }

    public void end(String org, String runId, End r) {
        commands.sendAndWait(new EndDuty(runId, org, r.actionId(), r.place(), r.at(), r.odometerKm(), r.waypoints()));
    }

    public void abnormalEvent(String org, String runId, AbnormalEvent r) {
        commands.sendAndWait(new RecordAbnormalEvent(runId, org, r.actionId(), r.at(), r.summary()));
    }

    public void accident(String org, String runId, Accident r) {
        commands.sendAndWait(new RecordAccident(runId, org, r.actionId(), r.at(), r.place(), r.otherParties(),
                r.summary(), r.cause(), r.prevention()));
    }
}
