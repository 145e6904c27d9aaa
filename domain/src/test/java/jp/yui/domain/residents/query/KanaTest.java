package jp.yui.domain.residents.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KanaTest {

    @Test
    void hiraganaKatakanaAndHalfWidthKatakanaAreOneKey() {
        assertThat(Kana.searchKey("ヤマダ ハナコ"))
                .isEqualTo(Kana.searchKey("ﾔﾏﾀﾞﾊﾅｺ"))
                .isEqualTo(Kana.searchKey("やまだ　はなこ"))
                .isEqualTo("やまだはなこ");
    }

    @Test
    void voicedHalfWidthKanaCombine() {
        assertThat(Kana.searchKey("ｶﾞｯｺｳ")).isEqualTo("がっこう");
        assertThat(Kana.searchKey("ﾎﾟﾝﾌﾟ")).isEqualTo("ぽんぷ");
    }

    @Test
    void kanaIsRecognised() {
        assertThat(Kana.isKana("ｻﾄｳ ﾀﾛｳ")).isTrue();
        assertThat(Kana.isKana("コーヒー")).isTrue();
        assertThat(Kana.isKana("佐藤")).isFalse();
        assertThat(Kana.isKana("sato")).isFalse();
        assertThat(Kana.isKana(" ")).isFalse();
    }

    @Test
    void phoneNumbersCompareByDigits() {
        assertThat(Kana.phoneKey("0242-27-1234")).isEqualTo(Kana.phoneKey("０２４２ ２７ １２３４")).isEqualTo("0242271234");
    }
}
