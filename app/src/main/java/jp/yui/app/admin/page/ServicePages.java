package jp.yui.app.admin.page;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.page.PageController;
import jp.yui.app.transport.usecase.ServiceSetup;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.FareKind;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.query.ServiceView;

/**
 * 運行サービスの設定: the organization's services; a new one with its calendar and booking deadline; on a service's
 * page its stops, calendar and fare tables. Refusals appear next to the field they are about, nothing stored.
 */
@PageController
class ServicePages {

    /** The calendar and booking deadline, as a new service and the calendar form both ask them. */
    public static class CalendarForm {
        private Set<DayOfWeek> weekdays = new LinkedHashSet<>();
        private boolean runsOnHolidays;
        @NotNull @Min(0) @Max(60)
        private Integer deadlineDays = 1;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        private LocalTime deadlineTime = LocalTime.of(17, 0);
        @Size(max = 4000)
        private String extraDates = "";
        @Size(max = 4000)
        private String cancelledDates = "";

        ServiceCalendar calendar(BindingResult binding) {
            return new ServiceCalendar(weekdays, runsOnHolidays, dates(extraDates, "extraDates", binding),
                    dates(cancelledDates, "cancelledDates", binding));
        }

        BookingDeadline deadline() {
            return new BookingDeadline(deadlineDays, deadlineTime);
        }

        void show(ServiceView s) {
            weekdays = new LinkedHashSet<>(s.calendar().weekdays());
            runsOnHolidays = s.calendar().runsOnHolidays();
            deadlineDays = s.deadline().daysBefore();
            deadlineTime = s.deadline().time();
            extraDates = String.join(" ", s.calendar().extraDates().stream().sorted().map(LocalDate::toString).toList());
            cancelledDates = String.join(" ",
                    s.calendar().cancelledDates().stream().sorted().map(LocalDate::toString).toList());
        }

        private static Set<LocalDate> dates(String text, String field, BindingResult binding) {
            Set<LocalDate> dates = new LinkedHashSet<>();
            for (String part : (text == null ? "" : text).trim().split("[\\s,、]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                try {
                    dates.add(LocalDate.parse(part));
                } catch (DateTimeParseException e) {
                    binding.rejectValue(field, "admin.error.dates");
                    return Set.of();
                }
            }
            return dates;
        }

        public Set<DayOfWeek> getWeekdays() { return weekdays; }
        public void setWeekdays(Set<DayOfWeek> weekdays) { this.weekdays = weekdays == null ? new LinkedHashSet<>() : weekdays; }
        public boolean isRunsOnHolidays() { return runsOnHolidays; }
        public void setRunsOnHolidays(boolean runsOnHolidays) { this.runsOnHolidays = runsOnHolidays; }
        public Integer getDeadlineDays() { return deadlineDays; }
        public void setDeadlineDays(Integer deadlineDays) { this.deadlineDays = deadlineDays; }
        public LocalTime getDeadlineTime() { return deadlineTime; }
        public void setDeadlineTime(LocalTime deadlineTime) { this.deadlineTime = deadlineTime; }
        public String getExtraDates() { return extraDates; }
        public void setExtraDates(String extraDates) { this.extraDates = extraDates; }
        public String getCancelledDates() { return cancelledDates; }
        public void setCancelledDates(String cancelledDates) { this.cancelledDates = cancelledDates; }
    }

    public static class ServiceForm extends CalendarForm {
        @NotBlank @Pattern(regexp = Identifiers.SLUG)
        private String code;
        @NotBlank @Size(max = 100)
        private String name;
        @NotNull
        private ServiceKind kind = ServiceKind.DEMAND_RESPONSIVE;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public ServiceKind getKind() { return kind; }
        public void setKind(ServiceKind kind) { this.kind = kind; }
    }

    public static class StopForm {
        @NotBlank @Pattern(regexp = Identifiers.SLUG)
        private String stopId;
        @NotBlank @Size(max = 100)
        private String name;
        @NotBlank @Size(max = 100)
        private String kana;
        @NotNull @DecimalMin("20") @DecimalMax("46")
        private Double latitude;
        @NotNull @DecimalMin("122") @DecimalMax("154")
        private Double longitude;

        public String getStopId() { return stopId; }
        public void setStopId(String stopId) { this.stopId = stopId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getKana() { return kana; }
        public void setKana(String kana) { this.kana = kana; }
        public Double getLatitude() { return latitude; }
        public void setLatitude(Double latitude) { this.latitude = latitude; }
        public Double getLongitude() { return longitude; }
        public void setLongitude(Double longitude) { this.longitude = longitude; }
    }

    public static class FareForm {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveFrom;
        @NotNull
        private FareKind kind = FareKind.FLAT;
        @Min(0) @Max(100_000)
        private Integer flatYen;
        private Map<String, Integer> sectionOfStop = new LinkedHashMap<>();
        @Size(max = 500)
        private String yenBySectionsCrossed = "";
        @Min(0) @Max(100_000)
        private Integer baseYen;
        @Min(0) @Max(500)
        private Integer baseKm;
        @Min(0) @Max(10_000)
        private Integer yenPerKm;

        FareTable table(BindingResult binding) {
            List<Integer> bySections = new ArrayList<>();
            for (String part : (yenBySectionsCrossed == null ? "" : yenBySectionsCrossed).trim().split("[\\s,、]+")) {
                if (!part.isEmpty()) {
                    try {
                        bySections.add(Integer.valueOf(part));
                    } catch (NumberFormatException e) {
                        binding.rejectValue("yenBySectionsCrossed", "admin.error.numbers");
                        break;
                    }
                }
            }
            Map<String, Integer> sections = new LinkedHashMap<>();
            sectionOfStop.forEach((stop, section) -> {
                if (section != null) {
                    sections.put(stop, section);
                }
            });
            return switch (kind) {
                case FLAT -> FareTable.flat(orMissing(flatYen, "flatYen", binding));
                case SECTION -> FareTable.sections(sections, bySections);
                case DISTANCE -> FareTable.distance(orMissing(baseYen, "baseYen", binding),
                        orMissing(baseKm, "baseKm", binding), orMissing(yenPerKm, "yenPerKm", binding));
            };
        }

        private static int orMissing(Integer value, String field, BindingResult binding) {
            if (value == null) {
                binding.rejectValue(field, "admin.error.required");
                return 0;
            }
            return value;
        }

        public LocalDate getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
        public FareKind getKind() { return kind; }
        public void setKind(FareKind kind) { this.kind = kind; }
        public Integer getFlatYen() { return flatYen; }
        public void setFlatYen(Integer flatYen) { this.flatYen = flatYen; }
        public Map<String, Integer> getSectionOfStop() { return sectionOfStop; }
        public void setSectionOfStop(Map<String, Integer> sectionOfStop) { this.sectionOfStop = sectionOfStop; }
        public String getYenBySectionsCrossed() { return yenBySectionsCrossed; }
        public void setYenBySectionsCrossed(String yenBySectionsCrossed) { this.yenBySectionsCrossed = yenBySectionsCrossed; }
        public Integer getBaseYen() { return baseYen; }
        public void setBaseYen(Integer baseYen) { this.baseYen = baseYen; }
        public Integer getBaseKm() { return baseKm; }
        public void setBaseKm(Integer baseKm) { this.baseKm = baseKm; }
        public Integer getYenPerKm() { return yenPerKm; }
        public void setYenPerKm(Integer yenPerKm) { this.yenPerKm = yenPerKm; }
    }

    /** Which field a rule's refusal is shown on. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "ServiceIsComplete", "weekdays", "already-exists", "code", "StopIsNew", "stopId",
            "FareTableIsComplete", "kind", "VolunteerServiceHasNoFareTable", "kind");

    private final ServiceSetup setup;
    private final FormRefusals refusals;

    ServicePages(ServiceSetup setup, FormRefusals refusals) {
        this.setup = setup;
        this.refusals = refusals;
    }

    @ModelAttribute("weekdays")
    List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }

    @GetMapping("/orgs/{org}/admin/services")
    String list(@PathVariable String org, Model model) {
        model.addAttribute("service", new ServiceForm());
        return listPage(org, model);
    }

    private String listPage(String org, Model model) {
        model.addAttribute("services", setup.services(org));
        model.addAttribute("kinds", ServiceKind.values());
        return "admin/services";
    }

    @PostMapping("/orgs/{org}/admin/services")
    String register(@PathVariable String org, @Valid @ModelAttribute("service") ServiceForm form,
                    BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        ServiceCalendar calendar = form.calendar(binding);
        if (!binding.hasErrors()) {
            try {
                ServiceView s = setup.register(org, new ServiceSetup.NewService(form.getCode(), form.getName().strip(),
                        form.getKind(), form.deadline(), calendar));
                redirect.addFlashAttribute("done", "admin.services.registered");
                return "redirect:/orgs/" + org + "/admin/services/" + s.code();
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, FIELD_OF_RULE);
            }
        }
        return listPage(org, model);
    }

    @GetMapping("/orgs/{org}/admin/services/{code}")
    String service(@PathVariable String org, @PathVariable String code, Model model) {
        return servicePage(setup.service(org, code), model);
    }

    private String servicePage(ServiceView service, Model model) {
        model.addAttribute("s", service);
        if (!model.containsAttribute("stop")) {
            model.addAttribute("stop", new StopForm());
        }
        if (!model.containsAttribute("calendar")) {
            CalendarForm calendar = new CalendarForm();
            calendar.show(service);
            model.addAttribute("calendar", calendar);
        }
        if (!model.containsAttribute("fare")) {
            FareForm fare = new FareForm();
            fare.setEffectiveFrom(LocalDate.now());
            model.addAttribute("fare", fare);
        }
        model.addAttribute("fareKinds", FareKind.values());
        model.addAttribute("takesFares", service.kind().takesFares());
        return "admin/service";
    }

    @PostMapping("/orgs/{org}/admin/services/{code}/stops")
    String addStop(@PathVariable String org, @PathVariable String code, @Valid @ModelAttribute("stop") StopForm form,
                   BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        ServiceView service = setup.service(org, code);
        if (!binding.hasErrors()) {
            try {
                setup.addStop(org, code, new ServiceSetup.NewStop(form.getStopId(), form.getName().strip(),
                        form.getKana().strip(), form.getLatitude(), form.getLongitude()));
                redirect.addFlashAttribute("done", "admin.services.stopAdded");
                return "redirect:/orgs/" + org + "/admin/services/" + code + "#stops";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, FIELD_OF_RULE);
            }
        }
        return servicePage(service, model);
    }

    @PostMapping("/orgs/{org}/admin/services/{code}/calendar")
    String changeCalendar(@PathVariable String org, @PathVariable String code,
                          @Valid @ModelAttribute("calendar") CalendarForm form, BindingResult binding, Model model,
                          Locale locale, RedirectAttributes redirect) {
        ServiceView service = setup.service(org, code);
        ServiceCalendar calendar = form.calendar(binding);
        if (!binding.hasErrors()) {
            try {
                setup.changeCalendar(org, code, calendar, form.deadline());
                redirect.addFlashAttribute("done", "admin.services.calendarChanged");
                return "redirect:/orgs/" + org + "/admin/services/" + code + "#calendar";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, FIELD_OF_RULE);
            }
        }
        return servicePage(service, model);
    }

    @PostMapping("/orgs/{org}/admin/services/{code}/fares")
    String setFareTable(@PathVariable String org, @PathVariable String code,
                        @Valid @ModelAttribute("fare") FareForm form, BindingResult binding, Model model,
                        Locale locale, RedirectAttributes redirect) {
        ServiceView service = setup.service(org, code);
        FareTable table = form.getKind() == null ? null : form.table(binding);
        if (!binding.hasErrors()) {
            try {
                setup.setFareTable(org, code, form.getEffectiveFrom(), table);
                redirect.addFlashAttribute("done", "admin.services.fareSet");
                return "redirect:/orgs/" + org + "/admin/services/" + code + "#fares";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, FIELD_OF_RULE);
            }
        }
        return servicePage(service, model);
    }
}
