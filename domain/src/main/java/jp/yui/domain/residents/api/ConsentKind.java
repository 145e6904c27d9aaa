package jp.yui.domain.residents.api;

/** Uses of a resident's data beyond the ride itself, each only with the resident's opt-in. */
public enum ConsentKind {
    /** 見守り: views across activities (a regular rider who stopped riding and stopped coming to classes). */
    WATCH_OVER,
    /** Any use of the data beyond the service itself (オプトイン型のデータ利活用). */
    DATA_USE
}
