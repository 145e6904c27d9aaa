package jp.yui.app.security;

/** What a login may do. Every role but {@link #ADMIN} and {@link #CITY_STAFF} belongs to one organization. */
public enum Role {
    /** Sets up organizations and their first admins; may do everything. */
    ADMIN,
    /** 市民協働課: reads the figures of every organization, never personal data. */
    CITY_STAFF,
    /** The organization's administrator: reference data, users, everything of the organization. */
    ORG_ADMIN,
    /** Office operator: residents, bookings, runs and run sheets. */
    OPERATOR,
    /** Volunteer driver: the run sheets and duties of the runs assigned to them. */
    DRIVER,
    EVENT_STAFF,
    TILL_STAFF,
    /** Board members and others who read the figures. */
    VIEWER;

    public boolean spansOrganizations() {
        return this == ADMIN || this == CITY_STAFF;
    }
}
