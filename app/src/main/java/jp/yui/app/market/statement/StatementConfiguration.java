package jp.yui.app.market.statement;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statement PDF's font: {@code yui.pdf.font} ({@code YUI_PDF_FONT}), by default Debian's IPAex Gothic. A missing
 * font does not stop the service (every other page works without it); it is told once at start, and each statement
 * asked for is refused with the same words until the font is there.
 */
@Configuration(proxyBeanMethods = false)
class StatementConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StatementConfiguration.class);

    @Bean
    StatementPdf statementPdf(@Value("${yui.pdf.font:" + StatementPdf.DEFAULT_FONT + "}") Path font) {
        StatementPdf pdf = new StatementPdf(font);
        if (!pdf.fontPresent()) {
            log.warn("{}", new StatementPdf.FontMissing(font).getMessage());
        }
        return pdf;
    }
}
