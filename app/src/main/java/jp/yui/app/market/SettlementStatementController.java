package jp.yui.app.market;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.constraints.Pattern;

import jp.yui.app.market.statement.StatementPdf;
import jp.yui.app.market.usecase.SettlementStatements;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.market.query.SettlementView;

/**
 * 精算書 of a settlement: as JSON (the settlement with the producer's and the organization's names) and as the PDF
 * the producer is handed ({@code seisan-<producer number>-<period end>.pdf}, not cached: it names a person). The
 * office's (ORG_ADMIN, OPERATOR).
 */
@RestController
@RequestMapping("/api/orgs/{org}/market/settlements/{settlementId}")
class SettlementStatementController {

    /** The settlement's fields, then the names; {@code producerName} is null once the producer is erased. */
    record SettlementShown(@JsonUnwrapped SettlementView settlement, String producerName, String organizationName) {
    }

    private final SettlementStatements statements;

    SettlementStatementController(SettlementStatements statements) {
        this.statements = statements;
    }

    @GetMapping
    SettlementShown get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @PathVariable @Pattern(regexp = Identifiers.SETTLEMENT_ID) String settlementId) {
        StatementPdf.Statement statement = statements.statement(org, settlementId);
        return new SettlementShown(statement.settlement(), statement.producerName(), statement.organizationName());
    }

    @GetMapping("/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.SETTLEMENT_ID) String settlementId,
                               Locale locale) {
        SettlementStatements.StatementFile file = statements.pdf(org, settlementId, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
