package jp.yui.app.market;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.query.SalesPointView;

/** 販売所: the farm stand and markets with their tills. */
@RestController
@RequestMapping("/api/orgs/{org}/market/sales-points")
class SalesPointsController {

    record RegisterRequest(@NotBlank @Size(max = 100) String name, @NotNull SalesPointKind kind,
                           @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 40) String> tills) {
    }

    record TillRequest(@NotBlank @Size(max = 40) String name) {
    }

    private final SalesPoints salesPoints;

    SalesPointsController(SalesPoints salesPoints) {
        this.salesPoints = salesPoints;
    }

    /** Answered with the sales point as registered, its tills' new ids included. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SalesPointView register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @Valid @RequestBody RegisterRequest r, Principal by) {
        return salesPoints.registered(org, r.name(), r.kind(), r.tills(), by.getName());
    }

    @GetMapping
    List<SalesPointView> list(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return salesPoints.list(org);
    }

    @PostMapping("/{salesPointId}/tills")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> addTill(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @PathVariable @Pattern(regexp = Identifiers.SALES_POINT_ID) String salesPointId,
                                @Valid @RequestBody TillRequest r, Principal by) {
        return Map.of("tillId", salesPoints.addTill(org, salesPointId, r.name(), by.getName()));
    }
}
