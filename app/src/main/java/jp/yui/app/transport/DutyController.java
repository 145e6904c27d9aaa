package jp.yui.app.transport;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.transport.usecase.Duties;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.query.RunView;

/**
 * 乗務: what the driver records on the phone. Every request carries an {@code actionId} made on the phone; sending
 * the same action again after a lost connection is answered 200 and records nothing twice. Times are given by
 * the phone (when it happened, which may be long before the request gets through in the hills).
 */
@RestController
@RequestMapping("/api/orgs/{org}/runs/{runId}/duty")
class DutyController {

    record SafetyCheckRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                              @NotNull @Pattern(regexp = Identifiers.DRIVER_ID) String driverId,
                              boolean alcoholDetectorUsed, boolean alcoholDetected, boolean ill, boolean fatigued,
                              @Size(max = 500) String instructions, @NotBlank @Size(max = 100) String checkedBy,
                              @NotNull LocalDateTime checkedAt) {
    }

    record StartRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                        @NotNull @Pattern(regexp = Identifiers.DRIVER_ID) String driverId,
                        @NotBlank @Size(max = 100) String place, @NotNull LocalDateTime at,
                        @Min(0) @Max(9_999_999) int odometerKm) {
    }

    record OutcomeRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                          @NotNull @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                          @NotNull RideOutcome outcome, @NotNull LocalDateTime at) {
    }

    record FareRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                       @NotNull @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                       @Min(0) @Max(100_000) int yen, @NotNull PaymentMethod method, @NotNull LocalDateTime at) {
    }

    record CostsRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                        @NotNull @Pattern(regexp = Identifiers.BOOKING_ID) String bookingId,
                        @Min(0) @Max(100_000) int fuelYen, @Min(0) @Max(100_000) int tollYen,
                        @Min(0) @Max(100_000) int parkingYen, @Min(0) @Max(100_000) int thanksYen,
                        @NotNull LocalDateTime at) {
    }

    record EndRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                      @NotBlank @Size(max = 100) String place, @NotNull LocalDateTime at,
                      @Min(0) @Max(9_999_999) int odometerKm, @Size(max = 20) List<@Size(max = 100) String> waypoints) {
    }

    record AbnormalRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                           @NotNull LocalDateTime at, @NotBlank @Size(max = 1000) String summary) {
    }

    record AccidentRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String actionId,
                           @NotNull LocalDateTime at, @NotBlank @Size(max = 200) String place,
                           @Size(max = 500) String otherParties, @NotBlank @Size(max = 2000) String summary,
                           @Size(max = 1000) String cause, @Size(max = 1000) String prevention) {
    }

    private final Duties duties;

    DutyController(Duties duties) {
        this.duties = duties;
    }

    /** 乗務記録 of the run as recorded so far. */
    @GetMapping
    RunView.Duty record(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId) {
        return duties.record(org, runId);
    }

    @PostMapping("/safety-check")
    Map<String, String> safetyCheck(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                    @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                                    @Valid @RequestBody SafetyCheckRequest r) {
        duties.safetyCheck(org, runId, new Duties.SafetyCheck(r.actionId(), r.driverId(), r.alcoholDetectorUsed(),
                r.alcoholDetected(), r.ill(), r.fatigued(), r.instructions(), r.checkedBy(), r.checkedAt()));
        return recorded(r.actionId());
    }

    @PostMapping("/start")
    Map<String, String> start(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                              @Valid @RequestBody StartRequest r) {
        duties.start(org, runId, new Duties.Start(r.actionId(), r.driverId(), r.place(), r.at(), r.odometerKm()));
        return recorded(r.actionId());
    }

    @PostMapping("/outcomes")
    Map<String, String> outcome(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                                @Valid @RequestBody OutcomeRequest r) {
        duties.outcome(org, runId, new Duties.Outcome(r.actionId(), r.bookingId(), r.outcome(), r.at()));
        return recorded(r.actionId());
    }

    @PostMapping("/fares")
    Map<String, String> fare(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                             @Valid @RequestBody FareRequest r) {
        duties.fare(org, runId, new Duties.FareCollected(r.actionId(), r.bookingId(), r.yen(), r.method(), r.at()));
        return recorded(r.actionId());
    }

    @PostMapping("/costs")
    Map<String, String> costs(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                              @Valid @RequestBody CostsRequest r) {
        duties.costs(org, runId, new Duties.Costs(r.actionId(), r.bookingId(), r.fuelYen(), r.tollYen(),
                r.parkingYen(), r.thanksYen(), r.at()));
        return recorded(r.actionId());
    }

    @PostMapping("/end")
    Map<String, String> end(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                            @Valid @RequestBody EndRequest r) {
        duties.end(org, runId, new Duties.End(r.actionId(), r.place(), r.at(), r.odometerKm(), r.waypoints()));
        return recorded(r.actionId());
    }

    @PostMapping("/abnormal-events")
    Map<String, String> abnormal(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                                 @Valid @RequestBody AbnormalRequest r) {
        duties.abnormalEvent(org, runId, new Duties.AbnormalEvent(r.actionId(), r.at(), r.summary()));
        return recorded(r.actionId());
    }

    @PostMapping("/accidents")
    Map<String, String> accident(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId,
                                 @Valid @RequestBody AccidentRequest r) {
        duties.accident(org, runId, new Duties.Accident(r.actionId(), r.at(), r.place(), r.otherParties(),
                r.summary(), r.cause(), r.prevention()));
        return recorded(r.actionId());
    }

    private static Map<String, String> recorded(String actionId) {
        return Map.of("actionId", actionId, "status", "recorded");
    }
}
