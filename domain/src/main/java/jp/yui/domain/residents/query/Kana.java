package jp.yui.domain.residents.query;

import java.text.Normalizer;

/**
 * Makes kana comparable: full-width and half-width katakana and hiragana all become hiragana, spaces (全角 too) and
 * the middle dot are dropped, so 「ヤマダ ハナコ」, 「ﾔﾏﾀﾞﾊﾅｺ」 and 「やまだはなこ」 are the same key.
 */
public final class Kana {

    private Kana() {
    }

    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String wide = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(wide.length());
        wide.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '・' || c == '･') {
                return;
            }
            if (c >= 0x30A1 && c <= 0x30F6) {
                key.appendCodePoint(c - 0x60);
            } else {
                key.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return key.toString();
    }

    /** True when the text is kana only (hiragana, katakana of either width, long-vowel mark, spaces). */
    public static boolean isKana(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String key = searchKey(text);
        return !key.isEmpty() && key.codePoints().allMatch(c -> c >= 0x3041 && c <= 0x3096 || c == 'ー' || c == 0x309B
                || c == 0x309C);
    }

    /** Digits only: 「0242-27-1234」, 「０２４２２７１２３４」 and 「0242 27 1234」 are the same number. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return "";
        }
        return Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }
}
