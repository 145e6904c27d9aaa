package jp.yui.app.transport;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.transport.usecase.Fleet;
import jp.yui.app.transport.usecase.Fleet.DriverShown;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.query.VehicleView;

/** 車両 and 運転者 of an organization. */
@RestController
@RequestMapping("/api/orgs/{org}")
class FleetController {

    record RegisterVehicleRequest(@NotBlank @Size(max = 40) String registrationNumber, @Min(1) @Max(99) int seats,
                                  @Min(0) @Max(9) int wheelchairSpaces) {
    }

    record RegisterDriverRequest(@NotBlank @Size(max = 100) String name, @NotNull LicenceKind licenceKind,
                                 @NotNull LocalDate licenceExpiry, @NotNull DriverQualification qualification,
                                 @Size(max = 64) String userName) {
    }

    private final Fleet fleet;

    FleetController(Fleet fleet) {
        this.fleet = fleet;
    }

    @PostMapping("/vehicles")
    @ResponseStatus(HttpStatus.CREATED)
    VehicleView registerVehicle(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @Valid @RequestBody RegisterVehicleRequest request) {
        return fleet.registerVehicle(org, new Fleet.NewVehicle(request.registrationNumber(), request.seats(),
                request.wheelchairSpaces()));
    }

    @GetMapping("/vehicles")
    List<VehicleView> vehicles(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return fleet.vehicles(org);
    }

    /** A driver as the API shows them, the name opened (gone once the driver is erased). */
    @PostMapping("/drivers")
    @ResponseStatus(HttpStatus.CREATED)
    DriverShown registerDriver(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @Valid @RequestBody RegisterDriverRequest request) {
        return fleet.registerDriver(org, new Fleet.NewDriver(request.name(), request.licenceKind(),
                request.licenceExpiry(), request.qualification(), request.userName()));
    }

    /**
     * Erases a driver's name once the law's records that name them have expired: the last duty more than a year
     * ago (乗務記録), the last accident more than two years ago (事故の記録). Until then: 409.
     */
    @PostMapping("/drivers/{driverId}/erase")
    DriverShown eraseDriver(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.DRIVER_ID) String driverId,
                            Principal operator) {
        return fleet.eraseDriver(org, operator.getName(), driverId);
    }

    @GetMapping("/drivers")
    List<DriverShown> drivers(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return fleet.drivers(org);
    }
}
