package jp.yui.domain.residents.api;

/** A resident's personal details were replaced. */
public record ResidentDetailsChanged(
        String residentId,
        String organizationId,
        ResidentDetails details,
        String recordedBy) {
}
