package jp.yui.domain.residents.api;

/** What a rider needs to get in and out of the car. */
public enum MobilityNeed {
    WHEELCHAIR, WALKER, CANE, COMPANION, HEARING, SIGHT
}
