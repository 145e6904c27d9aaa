package jp.yui.domain.transport.command;

import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A stop id is used once per service. */
record StopIsNew(Set<String> stops, String stopId) implements BusinessRule {

    @Override
    public boolean holds() {
        return stopId != null && !stops.contains(stopId);
    }

    @Override
    public String explanation() {
        return "The service already has a stop with this id";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
