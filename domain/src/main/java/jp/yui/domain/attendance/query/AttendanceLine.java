package jp.yui.domain.attendance.query;

import jp.yui.domain.attendance.api.AgeBand;

/**
 * One person through the door of one session, as the figures count them. {@code personKey} names the person across
 * sessions for 実人数: {@code resident:<id>}, {@code guest:<registration id>}, {@code walkin:<check-in id>} (a walk-in
 * not linked to a resident is one person of their own), {@code companion:<check-in id>:<n>}.
 */
public record AttendanceLine(String personKey, AgeBand ageBand, String district, boolean walkIn) {

    /** The district when none is known. */
    public static final String UNKNOWN_DISTRICT = "不明";
}
