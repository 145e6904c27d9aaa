package jp.yui.domain.transport.api;

/** The three kinds of community transport the organizations run. */
public enum ServiceKind {
    /** 交通空白地有償運送 (e.g. みなとバス): booked rides in time slots, fares within actual cost. */
    DEMAND_RESPONSIVE,
    /** Fixed circulating route on set weekdays (e.g. 北会津ふれあい号): riders may book or just board. */
    FIXED_ROUTE,
    /** ボランティア輸送 (e.g. 大戸): not registered, so no fare — only actual costs or voluntary thanks. */
    VOLUNTEER;

    public boolean takesFares() {
        return this != VOLUNTEER;
    }
}
