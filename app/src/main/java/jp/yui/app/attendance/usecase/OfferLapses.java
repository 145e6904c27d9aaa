package jp.yui.app.attendance.usecase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jp.yui.domain.attendance.api.LapseOffer;
import jp.yui.domain.attendance.query.OpenOffer;
import jp.yui.domain.shared.BusinessRuleViolation;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 空き案内の期限切れ: lapses the waitlist's offers not accepted by their expiry, so the session offers the places to the
 * next party without anyone calling. Every {@code yui.attendance.offer-check-interval} (default a minute) it looks up
 * the open offers due in each minute since its last run (a whole hour at once when a whole hour is due, as after a
 * stop) — one index lookup each, never a read of sessions — and sends {@link LapseOffer} for each.
 *
 * <p>Where to start is kept in the view store ({@link Cursor}): the first minute not yet looked at, or the earliest
 * one still holding an offer whose lapse could not be sent, so a restart goes on from there (the very first run
 * looks a day back). Sending again is
 * harmless (a lapsed offer lapses once), so two nodes doing this at once, or a run repeated after a crash, change
 * nothing; an offer accepted, cancelled or closed meanwhile is refused by the session, and that refusal is its answer.
 */
@Service
public class OfferLapses {

    /** The first minute (UTC) that may still hold an open offer due and not yet lapsed. */
    public record Cursor(Instant from) {
    }

    static final String CURSOR_ID = "offer-lapses";
    /**
     * How far the very first run looks back: offers are filed where it has not looked yet (see {@link OpenOffer}),
     * but the offers' view may have been filled before that first run.
     */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(OfferLapses.class);

    private final CommandGateway commands;
    private final ViewStore<OpenOffer> offers;
    private final ViewStore<Cursor> cursor;
    private final Clock clock;

    OfferLapses(CommandGateway commands, ViewStore<OpenOffer> offers, ViewStore<Cursor> cursor, Clock clock) {
        this.commands = commands;
        this.offers = offers;
        this.cursor = cursor;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${yui.attendance.offer-check-interval:PT1M}",
            fixedDelayString = "${yui.attendance.offer-check-interval:PT1M}")
    void onSchedule() {
        try {
            lapseDue();
        } catch (RuntimeException e) {
            log.warn("Lapsing the waitlist's offers failed, tried again at the next check: {}", e.toString());
        }
    }

    /**
     * Lapses every open offer due in the minutes that have ended since the cursor; answers how many it sent a lapse
     * for.
     */
    public int lapseDue() {
        Instant now = clock.instant();
        Instant end = now.truncatedTo(ChronoUnit.MINUTES);
        Instant from = cursor.find(CURSOR_ID).map(Cursor::from)
                .orElse(end.truncatedTo(ChronoUnit.HOURS).minus(FIRST_LOOK_BACK));
        Instant stillOpen = null;
        int sent = 0;
        for (Instant bucket = from; bucket.isBefore(end); ) {
            Instant hour = bucket.truncatedTo(ChronoUnit.HOURS);
            boolean wholeHour = hour.equals(bucket) && !hour.plus(Duration.ofHours(1)).isAfter(end);
            String due = wholeHour ? OpenOffer.hour(bucket) : OpenOffer.minute(bucket);
            for (OpenOffer offer : offers.findBy(OpenOffer.EVERY_ORGANIZATION, OpenOffer.DUE.name(), due)) {
                sent++;
                if (!lapse(offer, now) && stillOpen == null) {
                    stillOpen = bucket;
                }
            }
            bucket = bucket.plus(wholeHour ? Duration.ofHours(1) : Duration.ofMinutes(1));
        }
        Instant next = stillOpen != null ? stillOpen : end.isAfter(from) ? end : from;
        if (!next.equals(from) || cursor.find(CURSOR_ID).isEmpty()) {
            cursor.save(CURSOR_ID, OpenOffer.EVERY_ORGANIZATION, new Cursor(next));
        }
        return sent;
    }

    /** Whether the offer has its answer: lapsed now or before, or refused because it was taken, cancelled or closed. */
    private boolean lapse(OpenOffer offer, Instant now) {
        try {
            commands.sendAndWait(new LapseOffer(offer.sessionId(), offer.organizationId(), offer.registrationId(),
                    now));
            return true;
        } catch (BusinessRuleViolation | AggregateNotFoundException refused) {
            return true;
        } catch (RuntimeException e) {
            log.warn("Lapsing an offer of session {} failed, tried again at the next check: {}", offer.sessionId(),
                    e.toString());
            return false;
        }
    }
}
