package jp.yui.domain.transport.api;

/** Why a ride asked for could not be given: the demand evidence the organizations show the city. */
public enum TurnDownReason {
    RUN_FULL, NO_WHEELCHAIR_SPACE, PAST_DEADLINE, OUTSIDE_SERVICE_AREA, NO_SERVICE_THAT_DAY, NO_DRIVER, OTHER
}
