package jp.yui.domain.transport.query;

import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.AbnormalEventRecorded;
import jp.yui.domain.transport.api.AccidentRecorded;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.DutyStarted;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.SafetyCheckRecorded;

/** Keeps {@link RunView}s: runs, their bookings and seats left, and their duty records. */
@ProcessingGroup(RunsProjection.PROCESSING_GROUP)
public class RunsProjection {

    public static final String PROCESSING_GROUP = "transport-runs";

    private final ViewStore<RunView> runs;

    public RunsProjection(ViewStore<RunView> runs) {
        this.runs = runs;
    }

    private void update(String runId, UnaryOperator<RunView> change) {
        runs.find(runId).ifPresent(run -> runs.save(runId, run.organizationId(), change.apply(run)));
    }

    @EventHandler
    void on(RunScheduled e) {
        if (runs.find(e.runId()).isPresent()) {
            return;
        }
        runs.save(e.runId(), e.organizationId(), new RunView(e.runId(), e.organizationId(), e.serviceId(),
                e.serviceKind(), e.serviceDate(), e.departure(), e.bookingDeadline(), e.vehicleId(), e.driverId(),
                e.seats(), e.wheelchairSpaces(), null, null, null));
    }

    @EventHandler
    void on(RideBooked e) {
        update(e.runId(), run -> run.withBooking(new RunView.Booking(e.bookingId(), e.residentId(), e.operator(),
                e.caller(), e.pickup(), e.dropOff(), e.pickupTime(), e.passengers(), e.companions(), e.wheelchair(),
                e.purpose(), e.returnOf(), e.fare(), e.bookedAt(), null, null, null, null, null, null)));
    }

    @EventHandler
    void on(BookingChanged e) {
        update(e.runId(), run -> run.withBookingChanged(e.bookingId(), b -> b.changed(e.operator(), e.pickup(),
                e.dropOff(), e.pickupTime(), e.passengers(), e.companions(), e.wheelchair())));
    }

    @EventHandler
    void on(BookingCancelled e) {
        update(e.runId(), run -> run.withBookingChanged(e.bookingId(), b -> b.cancelled(e.kind(), e.reason())));
    }

    @EventHandler
    void on(RideTurnedDown e) {
        update(e.runId(), run -> run.withTurnedDown(new RunView.TurnedDown(e.requestId(), e.residentId(),
                e.operator(), e.passengers(), e.wheelchair(), e.reason(), e.at())));
    }

    @EventHandler
    void on(RideOutcomeRecorded e) {
        update(e.runId(), run -> run.withBookingChanged(e.bookingId(), b -> b.withOutcome(e.outcome())));
    }

    @EventHandler
    void on(FareCollected e) {
        update(e.runId(), run -> run.withBookingChanged(e.bookingId(), b -> b.withFareCollected(e.yen(), e.method())));
    }

    @EventHandler
    void on(RideCostsRecorded e) {
        update(e.runId(), run -> run.withBookingChanged(e.bookingId(),
                b -> b.withCosts(new RunView.Costs(e.fuelYen(), e.tollYen(), e.parkingYen(), e.thanksYen()))));
    }

    @EventHandler
    void on(SafetyCheckRecorded e) {
        update(e.runId(), run -> run.withDuty(d -> new RunView.Duty(
                RunView.replace(d.safetyChecks(), new RunView.SafetyCheck(e.actionId(), e.driverId(),
                        e.alcoholDetectorUsed(), e.alcoholDetected(), e.ill(), e.fatigued(), e.instructions(),
                        e.checkedBy(), e.checkedAt(), e.passed()), RunView.SafetyCheck::actionId),
                d.start(), d.end(), d.distanceKm(), d.waypoints(), d.abnormalEvents(), d.accidents())));
    }

    @EventHandler
    void on(DutyStarted e) {
        update(e.runId(), run -> run.withDuty(d -> new RunView.Duty(d.safetyChecks(),
                new RunView.DutyPoint(e.place(), e.at(), e.odometerKm()), d.end(), d.distanceKm(), d.waypoints(),
                d.abnormalEvents(), d.accidents())));
    }

    @EventHandler
    void on(DutyEnded e) {
        update(e.runId(), run -> run.withDuty(d -> new RunView.Duty(d.safetyChecks(), d.start(),
                new RunView.DutyPoint(e.place(), e.at(), e.odometerKm()), e.distanceKm(), e.waypoints(),
                d.abnormalEvents(), d.accidents())));
    }

    @EventHandler
    void on(AbnormalEventRecorded e) {
        update(e.runId(), run -> run.withDuty(d -> new RunView.Duty(d.safetyChecks(), d.start(), d.end(),
                d.distanceKm(), d.waypoints(), RunView.replace(d.abnormalEvents(),
                new RunView.Abnormal(e.actionId(), e.at(), e.summary()), RunView.Abnormal::actionId),
                d.accidents())));
    }

    @EventHandler
    void on(AccidentRecorded e) {
        update(e.runId(), run -> run.withDuty(d -> new RunView.Duty(d.safetyChecks(), d.start(), d.end(),
                d.distanceKm(), d.waypoints(), d.abnormalEvents(), RunView.replace(d.accidents(),
                new RunView.Accident(e.actionId(), e.at(), e.place(), e.otherParties(), e.summary(), e.cause(),
                        e.prevention()), RunView.Accident::actionId))));
    }

    @ResetHandler
    void reset() {
        runs.deleteAll();
    }
}
