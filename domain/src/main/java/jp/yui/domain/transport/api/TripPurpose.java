package jp.yui.domain.transport.api;

/** 利用目的, as the organizations report it. */
public enum TripPurpose {
    HOSPITAL, SHOPPING, ERRAND, SOCIAL, COMMUNITY_EVENT, OTHER
}
