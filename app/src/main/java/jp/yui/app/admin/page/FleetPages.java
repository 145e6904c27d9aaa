package jp.yui.app.admin.page;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.yui.app.page.PageController;
import jp.yui.app.transport.usecase.Fleet;
import jp.yui.app.web.Refusals;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.LicenceKind;

/**
 * 車両と運転者: the organization's vehicles and drivers, a form for each, and the erasure of a driver's name once the
 * law's records that name them have expired (the driver refuses it until then, shown on the page).
 */
@PageController
class FleetPages {

    public static class VehicleForm {
        @NotBlank @Size(max = 40)
        private String registrationNumber;
        @NotNull @Min(1) @Max(99)
        private Integer seats;
        @NotNull @Min(0) @Max(9)
        private Integer wheelchairSpaces = 0;

        public String getRegistrationNumber() { return registrationNumber; }
        public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
        public Integer getSeats() { return seats; }
        public void setSeats(Integer seats) { this.seats = seats; }
        public Integer getWheelchairSpaces() { return wheelchairSpaces; }
        public void setWheelchairSpaces(Integer wheelchairSpaces) { this.wheelchairSpaces = wheelchairSpaces; }
    }

    public static class DriverForm {
        @NotBlank @Size(max = 100)
        private String driverName;
        @NotNull
        private LicenceKind licenceKind = LicenceKind.CLASS_1;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate licenceExpiry;
        @NotNull
        private DriverQualification qualification = DriverQualification.MINISTER_APPROVED_COURSE;
        @Size(max = 64)
        private String userName;

        public String getDriverName() { return driverName; }
        public void setDriverName(String driverName) { this.driverName = driverName; }
        public LicenceKind getLicenceKind() { return licenceKind; }
        public void setLicenceKind(LicenceKind licenceKind) { this.licenceKind = licenceKind; }
        public LocalDate getLicenceExpiry() { return licenceExpiry; }
        public void setLicenceExpiry(LocalDate licenceExpiry) { this.licenceExpiry = licenceExpiry; }
        public DriverQualification getQualification() { return qualification; }
        public void setQualification(DriverQualification qualification) { this.qualification = qualification; }
        public String getUserName() { return userName; }
        public void setUserName(String userName) { this.userName = userName; }
    }

    private static final Map<String, String> VEHICLE_FIELD_OF_RULE = Map.of(
            "VehicleHasRegistrationNumber", "registrationNumber", "RunNeedsSeats", "seats");
    private static final Map<String, String> DRIVER_FIELD_OF_RULE = Map.of("DriverHasLicence", "qualification");

    private final Fleet fleet;
    private final FormRefusals refusals;
    private final Refusals problems;

    FleetPages(Fleet fleet, FormRefusals refusals, Refusals problems) {
        this.fleet = fleet;
        this.refusals = refusals;
        this.problems = problems;
    }

    @GetMapping("/orgs/{org}/admin/fleet")
    String fleet(@PathVariable String org, Model model) {
        return page(org, model);
    }

    private String page(String org, Model model) {
        model.addAttribute("vehicles", fleet.vehicles(org));
        model.addAttribute("drivers", fleet.drivers(org));
        model.addAttribute("licenceKinds", LicenceKind.values());
        model.addAttribute("qualifications", DriverQualification.values());
        if (!model.containsAttribute("vehicle")) {
            model.addAttribute("vehicle", new VehicleForm());
        }
        if (!model.containsAttribute("driver")) {
            model.addAttribute("driver", new DriverForm());
        }
        return "admin/fleet";
    }

    @PostMapping("/orgs/{org}/admin/fleet/vehicles")
    String registerVehicle(@PathVariable String org, @Valid @ModelAttribute("vehicle") VehicleForm form,
                           BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                fleet.registerVehicle(org, new Fleet.NewVehicle(form.getRegistrationNumber().strip(), form.getSeats(),
                        form.getWheelchairSpaces()));
                redirect.addFlashAttribute("done", "admin.fleet.vehicleRegistered");
                return "redirect:/orgs/" + org + "/admin/fleet#vehicles";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, VEHICLE_FIELD_OF_RULE);
            }
        }
        return page(org, model);
    }

    @PostMapping("/orgs/{org}/admin/fleet/drivers")
    String registerDriver(@PathVariable String org, @Valid @ModelAttribute("driver") DriverForm form,
                          BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                String login = form.getUserName() == null || form.getUserName().isBlank() ? null
                        : form.getUserName().strip();
                fleet.registerDriver(org, new Fleet.NewDriver(form.getDriverName().strip(), form.getLicenceKind(),
                        form.getLicenceExpiry(), form.getQualification(), login));
                redirect.addFlashAttribute("done", "admin.fleet.driverRegistered");
                return "redirect:/orgs/" + org + "/admin/fleet#drivers";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, DRIVER_FIELD_OF_RULE);
            }
        }
        return page(org, model);
    }

    /** Erases the driver's name, or shows why not (their duty or accident records are still kept by law). */
    @PostMapping("/orgs/{org}/admin/fleet/drivers/{driverId}/erase")
    String eraseDriver(@PathVariable String org, @PathVariable String driverId, Principal operator, Model model,
                       Locale locale, RedirectAttributes redirect) {
        try {
            fleet.eraseDriver(org, operator.getName(), driverId);
            redirect.addFlashAttribute("done", "admin.fleet.driverErased");
            return "redirect:/orgs/" + org + "/admin/fleet#drivers";
        } catch (RuntimeException e) {
            var problem = problems.of(e, locale);
            if (problem == null) {
                throw e;
            }
            model.addAttribute("problem", problem);
            return page(org, model);
        }
    }
}
