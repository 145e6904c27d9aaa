package jp.yui.domain.residents.api;

import jp.yui.domain.shared.Sealed;

import org.axonframework.serialization.Revision;

/** A resident's personal details were replaced. */
@Revision("1")
public record ResidentDetailsChanged(
        String residentId,
        String organizationId,
        Sealed details,
        String recordedBy) {
}
