package jp.yui.domain.transport.api;

/** What lets a driver carry passengers for a fare: a class-2 licence, or the minister's course (大臣認定講習). */
public enum DriverQualification {
    CLASS_2_LICENCE,
    MINISTER_APPROVED_COURSE,
    /** Volunteer transport needs neither. */
    NONE
}
