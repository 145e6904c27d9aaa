package jp.yui.domain.transport.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.ServiceCalendarChanged;
import jp.yui.domain.transport.api.ServiceRegistered;
import jp.yui.domain.transport.api.StopAdded;
import jp.yui.domain.transport.api.VehicleRegistered;

/** Services (with stops, calendar and fares), vehicles and drivers of each organization. */
@ProcessingGroup(ReferenceDataProjection.PROCESSING_GROUP)
public class ReferenceDataProjection {

    public static final String PROCESSING_GROUP = "transport-reference";

    private final ViewStoreSet views;

    /** The stores this projection writes. */
    public record ViewStoreSet(jp.yui.domain.shared.query.ViewStore<ServiceView> services,
                               jp.yui.domain.shared.query.ViewStore<VehicleView> vehicles,
                               jp.yui.domain.shared.query.ViewStore<DriverView> drivers) {
    }

    public ReferenceDataProjection(ViewStoreSet views) {
        this.views = views;
    }

    @EventHandler
    void on(ServiceRegistered e) {
        views.services().save(e.serviceId(), e.organizationId(), new ServiceView(e.serviceId(), e.organizationId(),
                e.code(), e.name(), e.kind(), e.deadline(), e.calendar(), null, null));
    }

    @EventHandler
    void on(StopAdded e) {
        views.services().find(e.serviceId()).ifPresent(s -> views.services().save(e.serviceId(), e.organizationId(),
                s.withStop(new ServiceView.Stop(e.stopId(), e.name(), e.kana(), e.latitude(), e.longitude()))));
    }

    @EventHandler
    void on(ServiceCalendarChanged e) {
        views.services().find(e.serviceId()).ifPresent(s -> views.services().save(e.serviceId(), e.organizationId(),
                s.withCalendar(e.calendar(), e.deadline())));
    }

    @EventHandler
    void on(FareTableSet e) {
        views.services().find(e.serviceId()).ifPresent(s -> views.services().save(e.serviceId(), e.organizationId(),
                s.withFares(new ServiceView.FareVersion(e.effectiveFrom(), e.table()))));
    }

    @EventHandler
    void on(VehicleRegistered e) {
        views.vehicles().save(e.vehicleId(), e.organizationId(), new VehicleView(e.vehicleId(), e.organizationId(),
                e.registrationNumber(), e.seats(), e.wheelchairSpaces()));
    }

    @EventHandler
    void on(DriverRegistered e) {
        views.drivers().save(e.driverId(), e.organizationId(), new DriverView(e.driverId(), e.organizationId(),
                e.name(), e.licenceKind(), e.licenceExpiry(), e.qualification(), e.userName()));
    }

    @ResetHandler
    void reset() {
        views.services().deleteAll();
        views.vehicles().deleteAll();
        views.drivers().deleteAll();
    }
}
