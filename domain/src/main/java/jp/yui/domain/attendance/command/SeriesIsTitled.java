package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** A series has a title people know it by (健康講座, ふれあいコンサート). */
record SeriesIsTitled(String title) implements BusinessRule {

    @Override
    public boolean holds() {
        return title != null && !title.isBlank();
    }

    @Override
    public String explanation() {
        return "A series needs a title";
    }

}
