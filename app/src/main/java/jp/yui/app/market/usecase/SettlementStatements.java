package jp.yui.app.market.usecase;

import java.util.Locale;

import org.springframework.stereotype.Service;

import jp.yui.app.admin.usecase.Organizations;
import jp.yui.app.market.statement.StatementPdf;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.query.SettlementView;

/**
 * 精算書: a settlement as its statement shows it — the settlement, the organization's name and the producer's name
 * opened from their sealed details (none once the producer is erased: the statement then names the producer number
 * only) — as data or as the PDF the producer is handed. Opening the name is recorded in the access log
 * ({@link Producers#details}).
 */
@Service
public class SettlementStatements {

    private final Settlements settlements;
    private final Producers producers;
    private final Organizations organizations;
    private final StatementPdf pdf;

    SettlementStatements(Settlements settlements, Producers producers, Organizations organizations,
                         StatementPdf pdf) {
        this.settlements = settlements;
        this.producers = producers;
        this.organizations = organizations;
        this.pdf = pdf;
    }

    /** The organization's settlement with the names its statement shows; another's is not found. */
    public StatementPdf.Statement statement(String org, String settlementId) {
        SettlementView settlement = settlements.find(org, settlementId);
        String producerName = producers.details(producers.find(org, settlement.producerId()))
                .map(ProducerDetails::name).orElse(null);
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
