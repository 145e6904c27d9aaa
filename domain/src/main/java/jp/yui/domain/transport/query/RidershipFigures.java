package jp.yui.domain.transport.query;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jp.yui.domain.transport.api.RideOutcome;

/**
 * 利用実績: the figures of one service and month, or their total over months and services.
 *
 * @param bookings         予約件数: bookings not cancelled
 * @param passengersBooked 予約人数: passengers on those bookings, companions (付添い) included
 * @param boarded          輸送人員: passengers of bookings whose last outcome is boarded or dropped off
 * @param noShows          不在 (no-show): bookings whose last outcome is that the rider was not there
 * @param cancelled        キャンセル: bookings cancelled before the deadline
 * @param lateCancels      直前キャンセル: cancelled after the deadline, before the day
 * @param sameDayCancels   当日キャンセル: cancelled on the day of the ride
 * @param turnedDown       お断り: rides asked for on a run and turned down
 * @param unmetNeeds       未充足の需要: rides asked for that no run could give (month of the wanted date)
 * @param wheelchairRides  車いす利用: boarded bookings with a wheelchair
 * @param distinctRiders   実人数: distinct residents among boarded bookings (in a total: of all its months)
 * @param fareRevenue      対価収入 in yen, by how it was paid
 * @param volunteerCosts   実費・謝礼 in yen recorded on volunteer rides
 * @param km               走行距離: kilometres of the duties that ended
 * @param runs             運送回数: runs whose duty ended
 * @param runsScheduled    運行便数: runs scheduled
 */
public record RidershipFigures(long bookings, long passengersBooked, long boarded, long noShows, long cancelled,
                               long lateCancels, long sameDayCancels, long turnedDown, long unmetNeeds,
                               long wheelchairRides, long distinctRiders, FareRevenue fareRevenue,
                               VolunteerCosts volunteerCosts, long km, long runs, long runsScheduled) {

    public record FareRevenue(long cash, long ticket, long prepaidCard, long invoice, long total) {
    }

    public record VolunteerCosts(long fuel, long toll, long parking, long thanks, long total) {
    }

    public static final RidershipFigures NONE = new Tally().figures();

    /** Counts facts, or adds up figures; the distinct riders are the union of the residents seen. */
    static final class Tally {
        long bookings, passengersBooked, boarded, noShows, cancelled, lateCancels, sameDayCancels, turnedDown,
                unmetNeeds, wheelchairRides, cash, ticket, prepaidCard, invoice, fuel, toll, parking, thanks, km,
                runs, runsScheduled;
        final Set<String> riders = new TreeSet<>();

        void count(RideFact fact) {
            switch (fact.kind()) {
                case BOOKING -> countBooking(fact);
                case TURN_DOWN -> turnedDown++;
                case UNMET_NEED -> unmetNeeds++;
                case RUN -> {
                    runsScheduled += fact.scheduled() ? 1 : 0;
                    if (fact.dutyEnded()) {
                        runs++;
                        km += fact.distanceKm();
                    }
                }
            }
        }

        /**
         * Money collected or spent counts whatever became of the booking; a cancelled booking counts only as its
         * kind of cancellation, not as booked, boarded or no-show.
         */
        private void countBooking(RideFact fact) {
            for (RideFact.Payment fare : fact.fares()) {
                switch (fare.method()) {
                    case CASH -> cash += fare.yen();
                    case TICKET -> ticket += fare.yen();
                    case PREPAID_CARD -> prepaidCard += fare.yen();
                    case INVOICE -> invoice += fare.yen();
                }
            }
            for (RideFact.Costs costs : fact.costs()) {
                fuel += costs.fuelYen();
                toll += costs.tollYen();
                parking += costs.parkingYen();
                thanks += costs.thanksYen();
            }
            if (!fact.booked()) {
                return;
            }
            if (fact.cancellation() != null) {
                switch (fact.cancellation()) {
                    case CANCELLED -> cancelled++;
                    case LATE_CANCEL -> lateCancels++;
                    case SAME_DAY_CANCEL -> sameDayCancels++;
                }
                return;
            }
            bookings++;
            passengersBooked += fact.passengers();
            fact.latestOutcome().ifPresent(outcome -> {
                if (outcome.outcome() == RideOutcome.NO_SHOW) {
                    noShows++;
                    return;
                }
                boarded += outcome.passengers();
                wheelchairRides += fact.wheelchair() ? 1 : 0;
                if (fact.residentId() != null) {
                    riders.add(fact.residentId());
                }
            });
        }

        void add(RidershipFigures f, Collection<String> monthRiders) {
            bookings += f.bookings;
            passengersBooked += f.passengersBooked;
            boarded += f.boarded;
            noShows += f.noShows;
            cancelled += f.cancelled;
            lateCancels += f.lateCancels;
            sameDayCancels += f.sameDayCancels;
            turnedDown += f.turnedDown;
            unmetNeeds += f.unmetNeeds;
            wheelchairRides += f.wheelchairRides;
            cash += f.fareRevenue.cash;
            ticket += f.fareRevenue.ticket;
            prepaidCard += f.fareRevenue.prepaidCard;
            invoice += f.fareRevenue.invoice;
            fuel += f.volunteerCosts.fuel;
            toll += f.volunteerCosts.toll;
            parking += f.volunteerCosts.parking;
            thanks += f.volunteerCosts.thanks;
            km += f.km;
            runs += f.runs;
            runsScheduled += f.runsScheduled;
            riders.addAll(monthRiders);
        }

        RidershipFigures figures() {
            return new RidershipFigures(bookings, passengersBooked, boarded, noShows, cancelled, lateCancels,
                    sameDayCancels, turnedDown, unmetNeeds, wheelchairRides, riders.size(),
                    new FareRevenue(cash, ticket, prepaidCard, invoice, cash + ticket + prepaidCard + invoice),
                    new VolunteerCosts(fuel, toll, parking, thanks, fuel + toll + parking + thanks), km, runs,
                    runsScheduled);
        }
    }
}
