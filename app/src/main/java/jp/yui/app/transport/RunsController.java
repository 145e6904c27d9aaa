package jp.yui.app.transport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Identifiers;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.transport.api.ScheduleRun;
import jp.yui.domain.transport.command.Run;

/** 運行便: schedule the runs that residents can be booked on. */
@RestController
@RequestMapping("/api/orgs/{org}/runs")
class RunsController {

    record ScheduleRunRequest(
            @NotNull @Pattern(regexp = Identifiers.SLUG) String serviceId,
            @NotNull LocalDate serviceDate,
            @NotNull LocalTime departure,
            @Min(1) @Max(99) int seats) {
    }

    private final CommandGateway commands;

    RunsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> schedule(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @Valid @RequestBody ScheduleRunRequest request) {
        String runId = Ids.newId(Run.ID_TYPE);
        commands.sendAndWait(new ScheduleRun(runId, org, request.serviceId(), request.serviceDate(),
                request.departure(), request.seats()));
        return Map.of("runId", runId);
    }
}
