package jp.yui.domain.transport.command;

import java.time.LocalDateTime;

import jp.yui.domain.shared.BusinessRule;

/** 予約締切: a booking is taken only until the service's deadline for that day (e.g. the day before, 17:00). */
record BookingBeforeDeadline(LocalDateTime deadline, LocalDateTime requestedAt) implements BusinessRule {

    @Override
    public boolean holds() {
        return deadline == null || !requestedAt.isAfter(deadline);
    }

    @Override
    public String explanation() {
        return "Bookings for this run closed at " + deadline;
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
