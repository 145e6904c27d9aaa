package jp.yui.app.transport.page;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jp.yui.app.page.PageController;
import jp.yui.app.residents.usecase.Residents;
import jp.yui.app.residents.usecase.Residents.ResidentCard;
import jp.yui.app.security.YuiUser;
import jp.yui.app.transport.usecase.Bookings;
import jp.yui.app.transport.usecase.RecurringBookings;
import jp.yui.app.transport.usecase.RunScheduling;
import jp.yui.app.transport.usecase.RunScheduling.ResidentRide;
import jp.yui.app.transport.usecase.RunScheduling.RunSummary;
import jp.yui.app.transport.usecase.ServiceSetup;
import jp.yui.app.web.Refusals;
import jp.yui.domain.residents.api.EmergencyContact;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.query.ServiceView;

/**
 * 電話予約: the office operator's console for a resident's phone call. Find the caller by phone number or kana (any
 * form), see their card (needs, emergency contact, usual trips, last drop-off), pick a service and day, and book the
 * outbound and return rides; cancel (the run decides the kind), change, set up a recurring pattern, record a
 * turn-down or an unmet need, register a new resident. Every form posts and, on success, comes back to the console
 * with what was done; a refusal is shown next to the field it is about, in the page's language, and nothing is stored.
 */
@PageController
@RequestMapping("/orgs/{org}/console")
class PhoneConsolePage {

    /** Months of rides read for the card: a few behind (usual trips, last drop-off) and a few ahead (bookings). */
    private static final int MONTHS_BEHIND = 3;
    private static final int MONTHS_AHEAD = 2;
    /** How far ahead the next service day is looked for. */
    private static final int DAYS_AHEAD = 60;
    /** At most this many days of a recurring pattern are booked at once. */
    private static final int RECURRING_DAYS = 31;

    /** One choice of a pickup or drop-off: {@code home} or {@code stop:<id>}. */
    record PlaceOption(String value, String label) {
    }

    /** A row of the caller's bookings. */
    record RideRow(String bookingId, String runId, LocalDate date, LocalTime departure, String serviceName,
                   String from, String to, int passengers, boolean wheelchair, Integer fareYen, String status,
                   boolean isReturn, boolean open, String pickupValue, String dropOffValue, LocalTime pickupTime,
                   int companions) {
    }

    /** A trip the caller takes often. */
    record UsualTrip(String from, String to, long times) {
    }

    /** What the console shows, from its query string (and the hidden fields of every form). */
    record State(String q, String resident, String service, LocalDate date, String change) {

        String url(String org) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/orgs/{org}/console");
            if (q != null && !q.isBlank()) {
                b.queryParam("q", q);
            }
            if (resident != null) {
                b.queryParam("resident", resident);
            }
            if (service != null) {
                b.queryParam("service", service);
            }
            if (date != null) {
                b.queryParam("date", date);
            }
            return b.encode().buildAndExpand(org).toUriString();
        }
    }

    private final Residents residents;
    private final Bookings bookings;
    private final RecurringBookings recurring;
    private final RunScheduling scheduling;
    private final ServiceSetup services;
    private final Refusals refusals;
    private final MessageSource messages;
    private final Clock clock;

    PhoneConsolePage(Residents residents, Bookings bookings, RecurringBookings recurring, RunScheduling scheduling,
                     ServiceSetup services, Refusals refusals, MessageSource messages, Clock clock) {
        this.residents = residents;
        this.bookings = bookings;
        this.recurring = recurring;
        this.scheduling = scheduling;
        this.services = services;
        this.refusals = refusals;
        this.messages = messages;
        this.clock = clock;
    }

    private static State state(String q, String resident, String service, String date, String change) {
        return new State(blankToNull(q), slug(resident), slug(service), parseDate(date), slug(change));
    }

    @GetMapping
    ModelAndView console(@PathVariable String org, @RequestParam(required = false) String q,
                         @RequestParam(required = false) String resident,
                         @RequestParam(required = false) String service,
                         @RequestParam(required = false) String date,
                         @RequestParam(required = false) String change, Locale locale) {
        return page(org, state(q, resident, service, date, change), new LinkedHashMap<>(), locale);
    }

    /** 往復の予約: the outbound ride, and the return linked to it when a return run is chosen. */
    @PostMapping("/book")
    ModelAndView book(@PathVariable String org, @AuthenticationPrincipal YuiUser user,
                      @RequestParam(required = false) String q, @RequestParam String resident,
                      @RequestParam(required = false) String service, @RequestParam(required = false) String date,
                      @RequestParam(required = false) String outRun, @RequestParam(required = false) String returnRun,
                      @RequestParam(defaultValue = "home") String pickup,
                      @RequestParam(defaultValue = "home") String dropOff,
                      @RequestParam(required = false) String pickupTime,
                      @RequestParam(required = false) String returnPickupTime,
                      @RequestParam(defaultValue = "0") int companions,
                      @RequestParam(defaultValue = "false") boolean wheelchair,
                      @RequestParam(required = false) Caller caller, @RequestParam(required = false) TripPurpose purpose,
                      Locale locale, RedirectAttributes redirect) {
        State state = state(q, resident, service, date, null);
        Map<String, ProblemDetail> errors = new LinkedHashMap<>();
        if (slug(outRun) == null) {
            errors.put("outRun", problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.pickRun", locale));
            return page(org, state, errors, locale);
        }
        int passengers = 1 + Math.max(0, companions);
        Place from = place(pickup);
        Place to = place(dropOff);
        Bookings.NewBooking out = new Bookings.NewBooking(outRun, state.resident(), caller, from, to,
                parseTime(pickupTime), passengers, Math.max(0, companions), wheelchair, purpose, null, null, null,
                null);
        Bookings.NewBooking back = slug(returnRun) == null ? null : new Bookings.NewBooking(returnRun,
                state.resident(), caller, to, from, parseTime(returnPickupTime), passengers, Math.max(0, companions),
                wheelchair, purpose, null, null, null, null);
        List<Bookings.Booked> booked;
        try {
            booked = bookings.bookWithReturn(org, user.getUsername(), out, back);
        } catch (Bookings.ReturnRefused e) {
            ProblemDetail refusal = refusal(e.refusal(), locale);
            if (refusal == null) {
                throw e.refusal();
            }
            errors.put("returnRun", refusal);
            scheduling.awaitBooking(org, e.outbound().runId(), e.outbound().bookingId(), b -> true);
            ModelAndView view = keepChoices(page(org, state, errors, locale), outRun, returnRun, pickup, dropOff,
                    companions, wheelchair);
            view.addObject("done", text(locale, "console.done.outboundOnly",
                    text(locale, "console.yen", yen(e.outbound().fare()))));
            return view;
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            errors.put("outRun", refusal);
            return keepChoices(page(org, state, errors, locale), outRun, returnRun, pickup, dropOff, companions,
                    wheelchair);
        }
        booked.forEach(b -> scheduling.awaitBooking(org, b.runId(), b.bookingId(), x -> true));
        String fares = booked.stream().map(b -> text(locale, "console.yen", yen(b.fare())))
                .collect(Collectors.joining(" / "));
        redirect.addFlashAttribute("done", text(locale, booked.size() == 2 ? "console.done.bookedBoth"
                : "console.done.booked", fares));
        return redirectTo(org, state);
    }

    /** キャンセル: the run decides the kind (before the deadline, after it, on the day); the page says which. */
    @PostMapping("/bookings/{bookingId}/cancel")
    ModelAndView cancel(@PathVariable String org, @PathVariable String bookingId,
                        @AuthenticationPrincipal YuiUser user, @RequestParam(required = false) String q,
                        @RequestParam(required = false) String resident,
                        @RequestParam(required = false) String service, @RequestParam(required = false) String date,
                        @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        State state = state(q, resident, service, date, null);
        Map<String, ProblemDetail> errors = new LinkedHashMap<>();
        if (blankToNull(reason) == null) {
            errors.put("cancel:" + bookingId, problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.reason",
                    locale));
            return page(org, state, errors, locale);
        }
        Bookings.BookingOnRun cancelled;
        try {
            cancelled = bookings.cancel(org, user.getUsername(), bookingId, reason.strip());
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            errors.put("cancel:" + bookingId, refusal);
            return page(org, state, errors, locale);
        }
        scheduling.awaitBooking(org, cancelled.runId(), bookingId, b -> !b.active());
        redirect.addFlashAttribute("done", text(locale, "console.done.cancelled",
                text(locale, "console.kind." + cancelled.kind().name())));
        redirect.addFlashAttribute("cancelKind", cancelled.kind().name());
        return redirectTo(org, state);
    }

    /** 予約の変更: places, pickup time, companions and wheelchair; the run checks seats again. */
    @PostMapping("/bookings/{bookingId}/change")
    ModelAndView change(@PathVariable String org, @PathVariable String bookingId,
                        @AuthenticationPrincipal YuiUser user, @RequestParam(required = false) String q,
                        @RequestParam(required = false) String resident,
                        @RequestParam(required = false) String service, @RequestParam(required = false) String date,
                        @RequestParam(defaultValue = "home") String pickup,
                        @RequestParam(defaultValue = "home") String dropOff,
                        @RequestParam(required = false) String pickupTime,
                        @RequestParam(defaultValue = "0") int companions,
                        @RequestParam(defaultValue = "false") boolean wheelchair, Locale locale,
                        RedirectAttributes redirect) {
        State state = state(q, resident, service, date, bookingId);
        Bookings.BookingOnRun changed;
        try {
            changed = bookings.change(org, user.getUsername(), bookingId, new Bookings.BookingChange(place(pickup),
                    place(dropOff), parseTime(pickupTime), 1 + Math.max(0, companions), Math.max(0, companions),
                    wheelchair));
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("change", refusal);
            return page(org, state, errors, locale);
        }
        int passengers = 1 + Math.max(0, companions);
        scheduling.awaitBooking(org, changed.runId(), bookingId, b -> b.passengers() == passengers
                && b.wheelchair() == wheelchair);
        redirect.addFlashAttribute("done", text(locale, "console.done.changed"));
        return redirectTo(org, new State(state.q(), state.resident(), state.service(), state.date(), null));
    }

    /** 定期予約: sets the pattern up and books its first weeks at once. */
    @PostMapping("/recurring")
    ModelAndView recurring(@PathVariable String org, @AuthenticationPrincipal YuiUser user,
                           @RequestParam(required = false) String q, @RequestParam String resident,
                           @RequestParam(required = false) String service,
                           @RequestParam(required = false) String date,
                           @RequestParam(required = false) List<DayOfWeek> weekdays,
                           @RequestParam(required = false) String departure,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String until,
                           @RequestParam(defaultValue = "home") String pickup,
                           @RequestParam(defaultValue = "home") String dropOff,
                           @RequestParam(defaultValue = "0") int companions,
                           @RequestParam(defaultValue = "false") boolean wheelchair,
                           @RequestParam(required = false) TripPurpose purpose, Locale locale,
                           RedirectAttributes redirect) {
        State state = state(q, resident, service, date, null);
        LocalTime time = parseTime(departure);
        LocalDate first = parseDate(from);
        LocalDate last = parseDate(until);
        if (state.service() == null || time == null || first == null || last == null || weekdays == null
                || weekdays.isEmpty()) {
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("recurring", problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.recurring", locale));
            return page(org, state, errors, locale);
        }
        RecurringBookings.Generated generated;
        try {
            var pattern = recurring.setUp(org, user.getUsername(), new RecurringBookings.NewPattern(state.resident(),
                    state.service(), time, EnumSet.copyOf(weekdays), first, last, place(pickup), place(dropOff),
                    null, 1 + Math.max(0, companions), Math.max(0, companions), wheelchair, purpose));
            LocalDate to = last.isAfter(first.plusDays(RECURRING_DAYS)) ? first.plusDays(RECURRING_DAYS) : last;
            generated = recurring.generate(org, user.getUsername(), pattern.pattern().recurringId(), first, to);
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("recurring", refusal);
            return page(org, state, errors, locale);
        }
        generated.booked().forEach(b -> scheduling.awaitBooking(org, b.get("runId"), b.get("bookingId"), x -> true));
        redirect.addFlashAttribute("done", text(locale, "console.done.recurring", generated.booked().size(),
                generated.noRun().size(), generated.refused().size()));
        return redirectTo(org, state);
    }

    /** お断り: a ride asked for on a run that could not be given. */
    @PostMapping("/turn-downs")
    ModelAndView turnDown(@PathVariable String org, @AuthenticationPrincipal YuiUser user,
                          @RequestParam(required = false) String q, @RequestParam(required = false) String resident,
                          @RequestParam(required = false) String service, @RequestParam(required = false) String date,
                          @RequestParam(required = false) String runId, @RequestParam TurnDownReason reason,
                          @RequestParam(defaultValue = "0") int companions,
                          @RequestParam(defaultValue = "false") boolean wheelchair, Locale locale,
                          RedirectAttributes redirect) {
        State state = state(q, resident, service, date, null);
        try {
            if (slug(runId) == null) {
                throw new jp.yui.app.web.NotFound();
            }
            bookings.turnDown(org, user.getUsername(), runId, new Bookings.TurnDown(state.resident(),
                    1 + Math.max(0, companions), wheelchair, reason));
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("turnDown", refusal);
            return page(org, state, errors, locale);
        }
        redirect.addFlashAttribute("done", text(locale, "console.done.turnedDown"));
        return redirectTo(org, state);
    }

    /** 未充足の需要: a ride asked for that no run could give. */
    @PostMapping("/unmet-needs")
    ModelAndView unmetNeed(@PathVariable String org, @AuthenticationPrincipal YuiUser user,
                           @RequestParam(required = false) String q, @RequestParam(required = false) String resident,
                           @RequestParam(required = false) String service,
                           @RequestParam(required = false) String date, @RequestParam TurnDownReason reason,
                           @RequestParam(required = false) TripPurpose purpose,
                           @RequestParam(required = false) String note, Locale locale,
                           RedirectAttributes redirect) {
        State state = state(q, resident, service, date, null);
        String cleanNote = blankToNull(note);
        if (state.date() == null || cleanNote != null && cleanNote.length() > 500) {
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("unmet", problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.unmet", locale));
            return page(org, state, errors, locale);
        }
        try {
            bookings.unmetNeed(org, user.getUsername(), new Bookings.UnmetNeedReport(state.service(),
                    state.resident(), state.date(), purpose, reason, cleanNote));
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            Map<String, ProblemDetail> errors = new LinkedHashMap<>();
            errors.put("unmet", refusal);
            return page(org, state, errors, locale);
        }
        redirect.addFlashAttribute("done", text(locale, "console.done.unmet"));
        return redirectTo(org, state);
    }

    /** 新しい利用者: registered during the call, then their card is opened. */
    @PostMapping("/residents")
    ModelAndView register(@PathVariable String org, @AuthenticationPrincipal YuiUser user,
                          @RequestParam(required = false) String service, @RequestParam(required = false) String date,
                          @RequestParam(required = false) String memberNumber,
                          @RequestParam(required = false) String name, @RequestParam(required = false) String kana,
                          @RequestParam(required = false) String phone,
                          @RequestParam(required = false) String address,
                          @RequestParam(required = false) List<MobilityNeed> needs,
                          @RequestParam(required = false) String contactName,
                          @RequestParam(required = false) String contactRelation,
                          @RequestParam(required = false) String contactPhone,
                          @RequestParam(required = false) String notes, Locale locale,
                          RedirectAttributes redirect) {
        State state = state(null, null, service, date, null);
        Map<String, ProblemDetail> errors = new LinkedHashMap<>();
        if (memberNumber == null || !memberNumber.strip().matches("[A-Za-z0-9-]{1,20}")) {
            errors.put("memberNumber", problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.memberNumber",
                    locale));
        }
        if (blankToNull(name) == null || name.strip().length() > 100) {
            errors.put("name", problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.required", locale));
        }
        if (blankToNull(kana) == null || kana.strip().length() > 100) {
            errors.put("kana", problem(HttpStatus.UNPROCESSABLE_ENTITY, "console.error.required", locale));
        }
        if (!errors.isEmpty()) {
            return registerRefused(org, state, errors, locale);
        }
        ResidentCard card;
        try {
            String contact = blankToNull(contactName);
            card = residents.register(org, user.getUsername(), new Residents.NewResident(memberNumber.strip(),
                    new ResidentDetails(name.strip(), kana.strip(),
                            blankToNull(phone) == null ? List.of() : List.of(phone.strip()), blankToNull(address),
                            null, null, needs == null ? Set.of() : EnumSet.copyOf(needs),
                            contact == null ? null : new EmergencyContact(contact, blankToNull(contactRelation),
                                    blankToNull(contactPhone)), blankToNull(notes)), null, null));
        } catch (RuntimeException e) {
            ProblemDetail refusal = refusal(e, locale);
            if (refusal == null) {
                throw e;
            }
            errors.put("memberNumber", refusal);
            return registerRefused(org, state, errors, locale);
        }
        redirect.addFlashAttribute("done", text(locale, "console.done.registered"));
        return redirectTo(org, new State(null, card.residentId(), state.service(), state.date(), null));
    }

    /** A refused booking comes back with the operator's choices, not the defaults. */
    private static ModelAndView keepChoices(ModelAndView view, String outRun, String returnRun, String pickup,
                                            String dropOff, int companions, boolean wheelchair) {
        view.addObject("outRun", slug(outRun));
        view.addObject("returnRun", slug(returnRun));
        view.addObject("pickupChoice", pickup);
        view.addObject("dropOffChoice", dropOff);
        view.addObject("companionDefault", Math.max(0, companions));
        view.addObject("wheelchairDefault", wheelchair);
        return view;
    }

    private ModelAndView registerRefused(String org, State state, Map<String, ProblemDetail> errors, Locale locale) {
        ModelAndView view = page(org, state, errors, locale);
        view.addObject("registerOpen", true);
        return view;
    }

    // ---- the page

    private ModelAndView page(String org, State state, Map<String, ProblemDetail> errors, Locale locale) {
        ModelAndView view = new ModelAndView("console/console");
        LocalDate today = LocalDate.now(clock);
        view.addObject("state", state);
        view.addObject("errors", errors);
        view.addObject("today", today);

        List<ResidentCard> results = null;
        if (state.q() != null && state.resident() == null) {
            results = residents.search(org, state.q());
        }
        view.addObject("results", results);

        List<ServiceView> all = services.services(org);
        ServiceView service = all.stream().filter(s -> s.code().equals(state.service())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        Map<String, ServiceView> byId = all.stream().collect(Collectors.toMap(ServiceView::serviceId,
                Function.identity()));
        LocalDate date = state.date() != null ? state.date() : service == null ? today.plusDays(1)
                : nextServiceDay(service, today);
        State shown = new State(state.q(), state.resident(), service == null ? null : service.code(), date,
                state.change());
        view.addObject("state", shown);
        view.addObject("services", all);
        view.addObject("service", service);
        view.addObject("serviceDay", service == null || service.calendar() == null
                || service.calendar().runsOn(date));

        List<RunSummary> runs = service == null ? List.of() : scheduling.ofDay(org, date).stream()
                .filter(r -> r.serviceId().equals(service.serviceId())).toList();
        view.addObject("runs", runs);
        String outRun = runs.stream().filter(r -> r.seatsLeft() > 0).map(RunSummary::runId).findFirst()
                .orElse(runs.isEmpty() ? null : runs.get(0).runId());
        LocalTime outDeparture = runs.stream().filter(r -> r.runId().equals(outRun)).map(RunSummary::departure)
                .findFirst().orElse(null);
        String returnRun = runs.stream().filter(r -> r.seatsLeft() > 0 && outDeparture != null
                && r.departure().isAfter(outDeparture)).reduce((a, b) -> b).map(RunSummary::runId).orElse(null);
        view.addObject("outRun", outRun);
        view.addObject("returnRun", returnRun);

        List<PlaceOption> places = new ArrayList<>();
        places.add(new PlaceOption("home", text(locale, "console.place.home")));
        if (service != null) {
            service.stops().forEach(s -> places.add(new PlaceOption("stop:" + s.stopId(), s.name())));
        }
        view.addObject("places", places);
        view.addObject("defaultDropOff", places.size() > 1 ? places.get(1).value() : "home");
        view.addObject("pickupChoice", "home");
        view.addObject("dropOffChoice", places.size() > 1 ? places.get(1).value() : "home");

        ResidentCard card = null;
        if (state.resident() != null) {
            card = residents.card(org, state.resident());
            view.addObject("card", card);
            List<ResidentRide> rides = scheduling.ridesOf(org, card.residentId(),
                    YearMonth.from(today).minusMonths(MONTHS_BEHIND), YearMonth.from(today).plusMonths(MONTHS_AHEAD));
            List<RideRow> rows = rides.stream().map(r -> row(r, byId, today, locale)).toList();
            view.addObject("rides", rows);
            List<RideRow> past = rows.stream().filter(r -> "BOOKED".equals(r.status())).toList();
            view.addObject("usualTrips", past.stream()
                    .collect(Collectors.groupingBy(r -> List.of(r.from(), r.to()), LinkedHashMap::new,
                            Collectors.counting()))
                    .entrySet().stream().sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed()).limit(3)
                    .map(e -> new UsualTrip(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList());
            view.addObject("lastDropOff", past.stream().filter(r -> !r.date().isAfter(today)).findFirst()
                    .orElse(null));
            view.addObject("changing", rows.stream().filter(r -> r.bookingId().equals(state.change()) && r.open())
                    .findFirst().orElse(null));
            view.addObject("wheelchairDefault", card.details() != null
                    && card.details().mobilityNeeds().contains(MobilityNeed.WHEELCHAIR));
            view.addObject("companionDefault", card.details() != null
                    && card.details().mobilityNeeds().contains(MobilityNeed.COMPANION) ? 1 : 0);
            if (outRun != null) {
                view.addObject("quote", quote(org, outRun, card.residentId(), places));
            }
        }

        view.addObject("focus", focus(state, results, card, errors, runs));
        view.addObject("weekdays", List.of(DayOfWeek.values()));
        view.addObject("callers", Caller.values());
        view.addObject("purposes", TripPurpose.values());
        view.addObject("reasons", TurnDownReason.values());
        view.addObject("needs", MobilityNeed.values());
        if (!errors.isEmpty()) {
            view.setStatus(HttpStatus.valueOf(errors.values().iterator().next().getStatus()));
        }
        return view;
    }

    /** Where the keyboard starts: the search, the first match, the booking, or the first refusal. */
    private static String focus(State state, List<ResidentCard> results, ResidentCard card,
                                Map<String, ProblemDetail> errors, List<RunSummary> runs) {
        if (!errors.isEmpty()) {
            return "error-" + errors.keySet().iterator().next().replace(':', '-');
        }
        if (card == null) {
            return results != null && !results.isEmpty() ? "result-0" : "q";
        }
        if (state.change() != null) {
            return "change-pickup";
        }
        return runs.isEmpty() ? "date" : "book-form";
    }

    private Integer quote(String org, String runId, String residentId, List<PlaceOption> places) {
        try {
            Fare fare = bookings.quote(org, new Bookings.NewBooking(runId, residentId, null, Place.atHome(),
                    place(places.size() > 1 ? places.get(1).value() : "home"), null, 1, 0, false, null, null, null,
                    null, null));
            return fare == null ? null : fare.totalYen();
        } catch (RuntimeException e) {
            return null; // no fare table for that day: nothing to quote
        }
    }

    private RideRow row(ResidentRide r, Map<String, ServiceView> services, LocalDate today, Locale locale) {
        ServiceView service = services.get(r.serviceId());
        var b = r.booking();
        CancellationKind kind = b.cancellation();
        return new RideRow(b.bookingId(), r.runId(), r.serviceDate(), r.departure(),
                service == null ? "" : service.name(), placeName(service, b.pickup(), locale),
                placeName(service, b.dropOff(), locale), b.passengers(), b.wheelchair(),
                b.fare() == null ? null : b.fare().totalYen(), kind == null ? "BOOKED" : kind.name(),
                b.returnOf() != null, kind == null && !r.serviceDate().isBefore(today) && b.outcome() == null,
                placeValue(b.pickup()), placeValue(b.dropOff()), b.pickupTime(), b.companions());
    }

    private String placeName(ServiceView service, Place place, Locale locale) {
        if (place == null) {
            return "";
        }
        if (place.home()) {
            return text(locale, "console.place.home");
        }
        return Optional.ofNullable(service).flatMap(s -> s.stop(place.stopId())).map(ServiceView.Stop::name)
                .orElse(place.stopId());
    }

    private static String placeValue(Place place) {
        return place == null || place.home() ? "home" : "stop:" + place.stopId();
    }

    private static LocalDate nextServiceDay(ServiceView service, LocalDate today) {
        for (int i = 1; i <= DAYS_AHEAD; i++) {
            LocalDate day = today.plusDays(i);
            if (service.calendar() == null || service.calendar().runsOn(day)) {
                return day;
            }
        }
        return today.plusDays(1);
    }

    private ProblemDetail refusal(RuntimeException e, Locale locale) {
        return refusals.of(e, locale);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text(locale, key));
        return problem;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String yen(Fare fare) {
        return String.format("%,d", fare == null ? 0 : fare.totalYen());
    }

    private static ModelAndView redirectTo(String org, State state) {
        return new ModelAndView("redirect:" + state.url(org));
    }

    private static Place place(String value) {
        if (value != null && value.startsWith("stop:") && slug(value.substring(5)) != null) {
            return Place.stop(value.substring(5));
        }
        return Place.atHome();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Ids and codes in the query string are letters, digits, hyphens and colons; anything else is dropped. */
    private static String slug(String s) {
        return s != null && s.matches("[A-Za-z0-9:_-]{1,100}") ? s : null;
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime parseTime(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
