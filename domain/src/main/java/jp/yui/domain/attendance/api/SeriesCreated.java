package jp.yui.domain.attendance.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A series was created by its organizer, with the organizations taking part (none besides the organizer if empty). */
@Revision("1")
public record SeriesCreated(
        String seriesId,
        String organizationId,
        String title,
        String targetGroup,
        List<String> participatingOrganizationIds,
        String recordedBy) {

    public SeriesCreated {
        participatingOrganizationIds = participatingOrganizationIds == null ? List.of()
                : List.copyOf(participatingOrganizationIds);
    }
}
