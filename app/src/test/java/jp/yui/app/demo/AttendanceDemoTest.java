package jp.yui.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The demo's events as planned, before any command: what the figures will show, the same on every machine. */
class AttendanceDemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static AttendanceDemo.Plan plan() {
        return AttendanceDemo.plan(new Random(AttendanceDemo.SEED), TODAY);
    }

    @Test
    void tenHealthLecturesOfAboutThirtyPeopleWithCancellationsAWaitlistWalkInsAndNoShows() {
        List<AttendanceDemo.SessionPlan> health = plan().sessions().stream()
                .filter(s -> s.series().equals("health") && s.closed()).toList();
        assertThat(health).hasSize(10);
        for (AttendanceDemo.SessionPlan s : health) {
            long came = s.steps().stream().filter(step -> step.act() == AttendanceDemo.Act.CHECK_IN).count()
                    + s.walkIns().size();
            assertThat(came).as("people through the door (companions aside), session %d", s.number())
                    .isBetween(22L, 34L);
        }
        List<AttendanceDemo.Act> acts = health.stream().flatMap(s -> s.steps().stream())
                .map(AttendanceDemo.Step::act).toList();
        assertThat(acts).contains(AttendanceDemo.Act.CANCEL, AttendanceDemo.Act.ACCEPT, AttendanceDemo.Act.LAPSE,
                AttendanceDemo.Act.WALK_IN);
        assertThat(health.stream().flatMap(s -> s.outcome().values().stream()))
                .contains(AttendanceDemo.Status.CANCELLED, AttendanceDemo.Status.LAPSED);
        AttendanceDemo.Planned year = AttendanceDemo.planned(plan(), "kawahigashi", 2025);
        assertThat(year.sessions()).isEqualTo(10);
        assertThat(year.attendances()).isBetween(250L, 350L);
        assertThat(year.noShows()).isPositive();
        assertThat(year.walkIns()).isPositive();
        assertThat(year.repeatAttendees()).as("the regulars").isGreaterThanOrEqualTo(15);
        assertThat(year.distinctPeople()).isLessThan(year.attendances());
        assertThat(AttendanceDemo.planned(plan(), "kawahigashi", 2025)).as("deterministic").isEqualTo(year);
        System.out.println("Planned 2025: kawahigashi " + year + ", kitaaizu "
                + AttendanceDemo.planned(plan(), "kitaaizu", 2025) + ", kita "
                + AttendanceDemo.planned(plan(), "kita", 2025) + ", minato "
                + AttendanceDemo.planned(plan(), "minato", 2025));
    }

    @Test
    void theSmartphoneClassesTeachOverSixtyPeopleTheFestivalsAreMostlyWalkInsAndTheConcertsEarnFees() {
        AttendanceDemo.Plan plan = plan();
        AttendanceDemo.Planned kita = AttendanceDemo.planned(plan, "kita", 2025);
        assertThat(kita.distinctPeople()).isGreaterThanOrEqualTo(60 + 80);
        AttendanceDemo.SessionPlan summer = plan.sessions().stream().filter(s -> s.series().equals("summer"))
                .findFirst().orElseThrow();
        assertThat(summer.walkIns().size()).isGreaterThan(10 * summer.registrations().size());
        AttendanceDemo.Planned concerts = AttendanceDemo.planned(plan, "kitaaizu", 2025);
        assertThat(concerts.sessions()).isEqualTo(2);
        assertThat(concerts.feeRevenueYen()).isEqualTo(500 * concerts.attendances());
        assertThat(AttendanceDemo.SERIES.stream().filter(s -> s.key().equals("fes")).findFirst().orElseThrow()
                .participating()).hasSizeGreaterThanOrEqualTo(3);
        AttendanceDemo.SessionPlan next = plan.sessions().get(plan.sessions().size() - 1);
        assertThat(next.startsAt().toLocalDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(next.closed()).isFalse();
        assertThat(next.steps()).isNotEmpty().allMatch(s -> s.act() == AttendanceDemo.Act.REGISTER);
    }

    @Test
    void theWaitlistSimulationOffersFreedPlacesInOrderWhileTheFirstFits() {
        AttendanceDemo.Party party = new AttendanceDemo.Party(3);
        party.register("a", 2);
        party.register("b", 1);
        party.register("c", 2);
        party.register("d", 2);
        party.register("e", 1);
        assertThat(party.status("c")).isEqualTo(AttendanceDemo.Status.WAITLISTED);
        assertThat(party.status("e")).as("behind others waiting, though it fits").isEqualTo(
                AttendanceDemo.Status.WAITLISTED);
        assertThat(party.cancel("b")).as("c does not fit one place; nobody jumps it").isEmpty();
        assertThat(party.cancel("a")).as("three places: c, then d does not fit").containsExactly("c");
        assertThat(party.lapse("c")).containsExactly("d", "e");
        party.accept("d");
        assertThat(party.status("d")).isEqualTo(AttendanceDemo.Status.REGISTERED);
    }
}
