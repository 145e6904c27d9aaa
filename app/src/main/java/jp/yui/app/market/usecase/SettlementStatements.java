package jp.yui.app.market.usecase;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import jp.yui.app.admin.usecase.Organizations;
import jp.yui.app.market.statement.StatementPdf;
import jp.yui.app.privacy.AccessAudit;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.query.SettlementView;

/**
 * 精算書: a settlement as its statement shows it — the settlement, the organization's name and the producer's name
 * opened from their sealed details (none once the producer is erased: the statement then names the producer number
 * only) — as data or as the PDF the producer is handed. Each opening of the name is recorded in the access log.
 */
@Service
public class SettlementStatements {

    private final Settlements settlements;
    private final Producers producers;
    private final Organizations organizations;
    private final StatementPdf pdf;
    private final AccessAudit audit;

    SettlementStatements(Settlements settlements, Producers producers, Organizations organizations, StatementPdf pdf,
                         AccessAudit audit) {
        this.settlements = settlements;
        this.producers = producers;
        this.organizations = organizations;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** The organization's settlement with the names its statement shows; another's is not found. */
    public StatementPdf.Statement statement(String org, String settlementId) {
        SettlementView settlement = settlements.find(org, settlementId);
        String producerName = producers.details(producers.find(org, settlement.producerId()))
                .map(ProducerDetails::name).orElse(null);
        audit.read(org, "settlement-statement", List.of(settlement.producerId()));
        return new StatementPdf.Statement(settlement, organizations.named(org).name(), producerName);
    }

    /** A statement as a file: its name ({@code seisan-<producer number>-<period end>.pdf}) and its bytes. */
    public record StatementFile(String fileName, byte[] content) {
    }

    /** The statement as PDF, in Japanese unless the reader's language is English. */
    public StatementFile pdf(String org, String settlementId, Locale locale) {
        StatementPdf.Statement statement = statement(org, settlementId);
        SettlementView s = statement.settlement();
        return new StatementFile("seisan-" + s.producerNumber() + "-" + s.periodTo() + ".pdf",
                pdf.render(statement, locale));
    }
}
