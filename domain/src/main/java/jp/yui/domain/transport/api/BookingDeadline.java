package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** 予約締切: e.g. the day before at 17:00 is {@code (1, 17:00)}; {@code (0, 08:00)} is the same morning. */
public record BookingDeadline(int daysBefore, LocalTime time) {

    public BookingDeadline {
        if (daysBefore < 0 || daysBefore > 60 || time == null) {
            throw new IllegalArgumentException("A booking deadline is 0-60 days before the ride, at a time of day");
        }
    }

    public LocalDateTime forRideOn(LocalDate serviceDate) {
        return serviceDate.minusDays(daysBefore).atTime(time);
    }
}
