package jp.yui.domain.market.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.market.api.ChangeProducerDetails;
import jp.yui.domain.market.api.ChangeProducerTerms;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.EraseProducer;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.ProducerDetailsChanged;
import jp.yui.domain.market.api.ProducerErased;
import jp.yui.domain.market.api.ProducerRegistered;
import jp.yui.domain.market.api.ProducerSettled;
import jp.yui.domain.market.api.ProducerTermsChanged;
import jp.yui.domain.market.api.RegisterProducer;
import jp.yui.domain.market.api.SettleProducer;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.shared.BelongsToOrganization;
import jp.yui.domain.shared.PersonalDataVault;

/**
 * 出荷者: a producer who consigns goods to the farm stand or a market. The personal details go into the events
 * sealed with the producer's own key ({@link PersonalDataVault}); the commission terms and the invoice registration
 * are plain. The producer is the boundary of "each item settled once": it remembers every item id it has settled
 * and the end of its last settlement period.
 *
 * <p>Settlement periods follow each other without gap or overlap; a settlement takes the items the caller found
 * unsettled up to the period's end (including late ones dated in an earlier period). A period without sales still
 * gives a settlement (and a statement), with no items and the fees alone. The same {@code settlementId} sent again
 * records nothing and is not an error. An erased producer takes no further command, except erasure again and the
 * repetition of a settlement already recorded (both without effect).
 */
public class Producer {

    public static final String ID_TYPE = "Producer";
    /** Business days and the retention period of the books are counted in Japan. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @AggregateIdentifier
    private String producerId;
    private String organizationId;
    private String producerNumber;
    private CommissionTerms commission;
    private InvoiceRegistration invoice;
    private boolean erased;
    private LocalDate lastPeriodTo;
    private final Set<String> settlementIds = new HashSet<>();
    private final Set<String> settledItems = new HashSet<>();

    /** Required by Axon. */
    protected Producer() {
    }

    @CommandHandler
    public Producer(RegisterProducer command, PersonalDataVault vault) {
        new ProducerHasNumber(command.producerNumber()).verify();
        new ProducerDetailsAreComplete(command.details()).verify();
        new CommissionTermsAreValid(command.commission()).verify();
        new InvoiceNumberIsValid(command.invoice()).verify();
        new InvoiceRegistrationPeriodIsOrdered(command.invoice()).verify();
        apply(new ProducerRegistered(command.producerId(), command.organizationId(), command.producerNumber(),
                vault.seal(command.producerId(), command.details()), command.commission(), command.invoice(),
                command.recordedBy()));
    }

    @CommandHandler
    public void handle(ChangeProducerDetails command, PersonalDataVault vault) {
        belongsTo(command.organizationId());
        new ProducerIsNotErased(erased).verify();
        new ProducerDetailsAreComplete(command.details()).verify();
        apply(new ProducerDetailsChanged(producerId, organizationId, vault.seal(producerId, command.details()),
                command.recordedBy()));
    }

    @CommandHandler
    public void handle(ChangeProducerTerms command) {
        belongsTo(command.organizationId());
        new ProducerIsNotErased(erased).verify();
        new CommissionTermsAreValid(command.commission()).verify();
        new InvoiceNumberIsValid(command.invoice()).verify();
        new InvoiceRegistrationPeriodIsOrdered(command.invoice()).verify();
        apply(new ProducerTermsChanged(producerId, organizationId, command.commission(), command.invoice(),
                command.recordedBy()));
    }

    /** Settles a period; answers the settlement id (also for a settlement already recorded). */
    @CommandHandler
    public String handle(SettleProducer command) {
        belongsTo(command.organizationId());
        if (settlementIds.contains(command.settlementId())) {
            return command.settlementId();
        }
        new ProducerIsNotErased(erased).verify();
        new SettlementPeriodIsOrdered(command.periodFrom(), command.periodTo()).verify();
        new SettlementPeriodFollowsTheLast(lastPeriodTo, command.periodFrom()).verify();
        new SettlementItemsAreWellFormed(command.items()).verify();
        new SettlementItemsAreInPeriod(command.items(), command.periodTo()).verify();
        new ItemsAreSettledOnce(settledItems, command.items()).verify();
        new FeesAreValid(command.fees()).verify();
        List<SettlementItem> items = command.items() == null ? List.of() : List.copyOf(command.items());
        List<Fee> fees = command.fees() == null ? List.of() : List.copyOf(command.fees());
        String invoiceNumber = invoice != null && invoice.validOn(command.periodTo()) ? invoice.number() : null;
        apply(new ProducerSettled(producerId, organizationId, producerNumber, command.settlementId(),
                command.periodFrom(), command.periodTo(), invoiceNumber, commission, items, fees,
                SettlementCalculation.figures(items, commission, fees), command.settledBy(), command.at()));
        return command.settlementId();
    }

    @CommandHandler
    public void handle(EraseProducer command, Clock clock) {
        belongsTo(command.organizationId());
        if (erased) {
            return;
        }
        new SettlementRecordsHaveExpired(lastPeriodTo, LocalDate.ofInstant(clock.instant(), JAPAN)).verify();
        apply(new ProducerErased(producerId, organizationId, command.requestedBy(), clock.instant()));
    }

    private void belongsTo(String organization) {
        new BelongsToOrganization("producer", organizationId, organization).verify();
    }

    @EventSourcingHandler
    void on(ProducerRegistered event) {
        producerId = event.producerId();
        organizationId = event.organizationId();
        producerNumber = event.producerNumber();
        commission = event.commission();
        invoice = event.invoice();
    }

    @EventSourcingHandler
    void on(ProducerTermsChanged event) {
        commission = event.commission();
        invoice = event.invoice();
    }

    @EventSourcingHandler
    void on(ProducerSettled event) {
        settlementIds.add(event.settlementId());
        event.items().forEach(item -> settledItems.add(item.itemId()));
        lastPeriodTo = event.periodTo();
    }

    @EventSourcingHandler
    void on(ProducerErased event) {
        erased = true;
    }
}
