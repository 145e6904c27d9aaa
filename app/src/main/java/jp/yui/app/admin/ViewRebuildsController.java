package jp.yui.app.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds of a view for the admin (see {@link ViewRebuilds}): {@code POST} starts one (202), {@code GET} tells where
 * it stands, {@code DELETE} aborts it. An unknown view answers 404, a second rebuild of the same view 409.
 */
@RestController
@RequestMapping("/api/admin/views/{view}/rebuild")
class ViewRebuildsController {

    private final ViewRebuilds rebuilds;

    ViewRebuildsController(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    ResponseEntity<ViewRebuilds.Status> start(@PathVariable String view) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start(view));
    }

    @GetMapping
    ViewRebuilds.Status status(@PathVariable String view) {
        return rebuilds.status(view);
    }

    @DeleteMapping
    ViewRebuilds.Status abort(@PathVariable String view) {
        return rebuilds.abort(view);
    }
}
