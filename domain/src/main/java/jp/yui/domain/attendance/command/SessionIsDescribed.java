package jp.yui.domain.attendance.command;

import java.time.LocalDateTime;

import jp.yui.domain.shared.BusinessRule;

/** A session says where and when; when it gives an end, the end is after the start. */
record SessionIsDescribed(String venue, LocalDateTime startsAt, LocalDateTime endsAt) implements BusinessRule {

    @Override
    public boolean holds() {
        return venue != null && !venue.isBlank() && startsAt != null && (endsAt == null || endsAt.isAfter(startsAt));
    }

    @Override
    public String explanation() {
        return "A session needs a venue and a start, and ends after it starts";
    }

}
