package jp.yui.infra.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.command.TransportService;

/**
 * The shape an upcaster takes here: {@link RunScheduled} without a revision named its service by the bare code
 * ({@code minato-bus}); revision 1 names it by the service's aggregate id ({@code Service:minato:minato-bus}).
 * No stored event ever had the old shape, so this lives in the tests only, as the example to copy.
 */
final class RunScheduledServiceIdUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType UNREVISED = new SimpleSerializedType(RunScheduled.class.getName(), null);
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(RunScheduled.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(UNREVISED);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ObjectNode run = (ObjectNode) payload;
            run.put("serviceId", TransportService.idOf(run.get("organizationId").asText(),
                    run.get("serviceId").asText()));
            return run;
        });
    }
}
