package jp.yui.domain.residents.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.residents.api.ConsentRecorded;
import jp.yui.domain.residents.api.ResidentDetailsChanged;
import jp.yui.domain.residents.api.ResidentErased;
import jp.yui.domain.residents.api.ResidentRegistered;
import jp.yui.domain.shared.query.ViewStore;

/** Keeps the resident directory the operators search when a call comes in. Details stay sealed. */
@ProcessingGroup(ResidentsProjection.PROCESSING_GROUP)
public class ResidentsProjection {

    public static final String PROCESSING_GROUP = "residents";

    private final ViewStore<ResidentView> residents;

    public ResidentsProjection(ViewStore<ResidentView> residents) {
        this.residents = residents;
    }

    @EventHandler
    void on(ResidentRegistered e) {
        ResidentView existing = residents.find(e.residentId()).orElse(null);
        residents.save(e.residentId(), e.organizationId(), new ResidentView(e.residentId(), e.organizationId(),
                e.memberNumber(), existing != null && existing.erased() ? null : e.details(), e.birthYearMonth(),
                e.district(), existing == null ? null : existing.consents(), existing != null && existing.erased()));
    }

    @EventHandler
    void on(ResidentDetailsChanged e) {
        residents.find(e.residentId()).filter(r -> !r.erased())
                .ifPresent(r -> residents.save(e.residentId(), e.organizationId(), r.withDetails(e.details())));
    }

    @EventHandler
    void on(ConsentRecorded e) {
        residents.find(e.residentId()).ifPresent(r -> residents.save(e.residentId(), e.organizationId(),
                r.withConsent(new ResidentView.Consent(e.kind(), e.given(), e.date(), e.recordedBy()))));
    }

    @EventHandler
    void on(ResidentErased e) {
        residents.find(e.residentId()).ifPresent(r -> residents.save(e.residentId(), e.organizationId(), r.asErased()));
    }

    @ResetHandler
    void reset() {
        residents.deleteAll();
    }
}
