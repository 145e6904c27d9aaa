package jp.yui.app.transport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import jp.yui.app.transport.usecase.RunScheduling;
import jp.yui.app.transport.usecase.RunScheduling.RunSheet;
import jp.yui.app.transport.usecase.RunScheduling.RunSummary;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.query.RunView;

/** 運行便: schedule runs, list a day's runs with seats left, and the driver's run sheet. */
@RestController
@RequestMapping("/api/orgs/{org}/runs")
class RunsController {

    /** {@code seats} and {@code wheelchairSpaces} may lower what the vehicle offers (e.g. a seat kept for a helper). */
    record ScheduleRunRequest(
            @NotNull @Pattern(regexp = Identifiers.SLUG) String service,
            @NotNull LocalDate serviceDate,
            @NotNull LocalTime departure,
            @NotNull @Pattern(regexp = Identifiers.VEHICLE_ID) String vehicleId,
            @NotNull @Pattern(regexp = Identifiers.DRIVER_ID) String driverId,
            @Min(1) @Max(99) Integer seats,
            @Min(0) @Max(9) Integer wheelchairSpaces) {
    }

    private final RunScheduling scheduling;

    RunsController(RunScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RunSummary schedule(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @Valid @RequestBody ScheduleRunRequest request) {
        return scheduling.schedule(org, new RunScheduling.NewRun(request.service(), request.serviceDate(),
                request.departure(), request.vehicleId(), request.driverId(), request.seats(),
                request.wheelchairSpaces()));
    }

    /** The runs of one day, with seats left: what the operator offers a caller. */
    @GetMapping
    List<RunSummary> ofDay(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return scheduling.ofDay(org, date);
    }

    @GetMapping("/{runId}")
    RunView get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId) {
        return scheduling.run(org, runId);
    }

    /** 運行表: the bookings still on, in pickup order, with what the driver needs to know of each rider. */
    @GetMapping("/{runId}/sheet")
    RunSheet sheet(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                   @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId) {
        return scheduling.sheet(org, runId);
    }
}
