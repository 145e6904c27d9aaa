package jp.yui.domain.residents.api;

import jp.yui.domain.shared.Sealed;

/** A resident's personal details were replaced. */
public record ResidentDetailsChanged(
        String residentId,
        String organizationId,
        Sealed details,
        String recordedBy) {
}
