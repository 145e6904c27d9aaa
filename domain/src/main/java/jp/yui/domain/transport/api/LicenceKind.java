package jp.yui.domain.transport.api;

/** 運転免許の種類 that matters for carrying passengers. */
public enum LicenceKind {
    /** 第一種免許 (普通, 中型, …). */
    CLASS_1,
    /** 第二種免許. */
    CLASS_2
}
