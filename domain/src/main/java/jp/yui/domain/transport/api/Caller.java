package jp.yui.domain.transport.api;

/** Who phoned in the booking. */
public enum Caller {
    SELF, FAMILY, HOSPITAL, SHOP, CARE_MANAGER, NEIGHBOUR, OTHER
}
