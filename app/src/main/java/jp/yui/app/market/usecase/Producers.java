package jp.yui.app.market.usecase;

import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.privacy.AccessAudit;
import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.domain.market.api.ChangeProducerDetails;
import jp.yui.domain.market.api.ChangeProducerTerms;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.EraseProducer;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.RegisterProducer;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 出荷者: register producers with their sealed personal details, commission terms and invoice registration; change
 * them; erase a producer's personal data once the books no longer need it.
 */
@Service
public class Producers {

    public record Registration(String producerNumber, ProducerDetails details, CommissionTerms commission,
                               InvoiceRegistration invoice) {
    }

    static final String ID_TYPE = "Producer";

    private final CommandGateway commands;
    private final ViewStore<ProducerView> producers;
    private final PersonalDataVault vault;
    private final AccessAudit audit;

    Producers(CommandGateway commands, ViewStore<ProducerView> producers, PersonalDataVault vault,
              AccessAudit audit) {
        this.commands = commands;
        this.producers = producers;
        this.vault = vault;
        this.audit = audit;
    }

    /**
     * Registers a producer under a number no other producer of the organization has (409 otherwise). The id is
     * derived from the organization and the number, so two registrations of one number at once make one producer
     * (the second is refused as already registered).
     */
    public String register(String org, Registration r, String by) {
        if (!producers.findBy(org, ProducerView.BY_NUMBER.name(), r.producerNumber()).isEmpty()) {
            throw new Conflict("producer-number-taken");
        }
        String producerId = Ids.derivedId(ID_TYPE, org + "/" + r.producerNumber());
        commands.sendAndWait(new RegisterProducer(producerId, org, r.producerNumber(), r.details(), r.commission(),
                r.invoice(), by));
        return producerId;
    }

    public void changeDetails(String org, String producerId, ProducerDetails d, String by) {
        commands.sendAndWait(new ChangeProducerDetails(producerId, org, d, by));
    }

    public void changeTerms(String org, String producerId, CommissionTerms c, InvoiceRegistration i, String by) {
        commands.sendAndWait(new ChangeProducerTerms(producerId, org, c, i, by));
    }

    /**
     * Erases the producer's personal data (the key that sealed them is destroyed) once no settlement within the
     * retention period of the books needs them; the producer refuses it until then.
     */
    public void erase(String org, String producerId, String by) {
        commands.sendAndWait(new EraseProducer(producerId, org, by));
        vault.erase(producerId);
    }

    public List<ProducerView> list(String org) {
        return producers.findByOrganization(org);
    }

    /** The organization's producer; {@link NotFound} otherwise. */
    public ProducerView find(String org, String producerId) {
        return producers.find(producerId).filter(p -> p.organizationId().equals(org)).orElseThrow(NotFound::new);
    }

    /** The producer's personal details, opened (the read recorded in the access log); empty once erased. */
    public Optional<ProducerDetails> details(ProducerView producer) {
        Optional<ProducerDetails> details = vault.openNullable(producer.details(), ProducerDetails.class);
        if (details.isPresent()) {
            audit.read(producer.organizationId(), "producer", List.of(producer.producerId()));
        }
        return details;
    }
}
