package jp.yui.domain.residents.api;

/** 緊急連絡先. */
public record EmergencyContact(String name, String relation, String phone) {
}
