package jp.yui.app.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import jp.yui.domain.attendance.api.AttendeeDataErased;
import jp.yui.domain.market.api.ProducerErased;
import jp.yui.domain.residents.api.ResidentErased;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.transport.api.DriverErased;

/**
 * Destroys the key of every erased resident, driver, producer and event guest (or named walk-in). The erase request destroys it at once as well; this handler makes sure
 * it happens even if that failed or another node took the request, and again after a replay (idempotent).
 */
@Component
@ProcessingGroup("erasure")
class Erasure {

    private final PersonalDataVault vault;

    Erasure(PersonalDataVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(ResidentErased event) {
        vault.erase(event.residentId());
    }

    @EventHandler
    void on(DriverErased event) {
        vault.erase(event.driverId());
    }

    @EventHandler
    void on(ProducerErased event) {
        vault.erase(event.producerId());
    }

    @EventHandler
    void on(AttendeeDataErased event) {
        vault.erase(event.vaultSubject());
    }
}
