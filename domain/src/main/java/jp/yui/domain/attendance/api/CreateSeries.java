package jp.yui.domain.attendance.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a series (連続講座・行事) kept by {@code organizationId}, its organizer. A city-wide event names the other
 * organizations taking part in {@code participatingOrganizationIds}.
 */
public record CreateSeries(
        @TargetAggregateIdentifier String seriesId,
        String organizationId,
        String title,
        String targetGroup,
        List<String> participatingOrganizationIds,
        String recordedBy) {
}
