package jp.yui.domain.attendance.api;

/**
 * What is personal about a guest who is no registered resident, or about a walk-in who gave a name: sealed with the
 * registration's (or the check-in's) own subject id, never stored or logged in the clear. Phone optional.
 */
public record GuestDetails(String name, String kana, String phone) {
}
