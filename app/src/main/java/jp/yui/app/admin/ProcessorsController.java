package jp.yui.app.admin;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The processors' status for the admin: {@code GET /api/admin/processors}, and {@code /actuator/processors}. */
@RestController
class ProcessorsController {

    private final ProcessorStatuses statuses;

    ProcessorsController(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/api/admin/processors")
    List<ProcessorStatuses.Status> processors() {
        return statuses.all();
    }

    /** The same on actuator, for monitoring that scrapes it. */
    @Component
    @Endpoint(id = "processors")
    static class ProcessorsEndpoint {

        private final ProcessorStatuses statuses;

        ProcessorsEndpoint(ProcessorStatuses statuses) {
            this.statuses = statuses;
        }

        @ReadOperation
        List<ProcessorStatuses.Status> processors() {
            return statuses.all();
        }
    }
}
