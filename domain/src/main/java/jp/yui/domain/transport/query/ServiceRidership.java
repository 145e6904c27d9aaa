package jp.yui.domain.transport.query;

/** 利用者数: bookings and passengers booked on one service of an organization. */
public record ServiceRidership(String serviceId, long bookings, long passengers) {
}
