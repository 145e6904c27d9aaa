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

    @Test
    void theFirstAndLastKatakanaBecomeHiraganaAndTheirNeighboursStayAsTheyAre() {
        // ァ (U+30A1) and ヶ (U+30F6) are the ends of the katakana that have a hiragana twin.
        assertThat(Kana.searchKey("ァヶ")).isEqualTo("ぁゖ");
        assertThat(Kana.searchKey("゠ヷ")).isEqualTo("゠ヷ");
    }

    @Test
    void theFirstAndLastHiraganaAreKana() {
        assertThat(Kana.isKana("ぁ")).isTrue();
        assertThat(Kana.isKana("ゖ")).isTrue();
        assertThat(Kana.isKana("ヶ")).isTrue();
        assertThat(Kana.isKana("ゝ")).isFalse();
        assertThat(Kana.isKana("ヷ")).isFalse();
    }

    @Test
    void dotsAndSpacesAreDroppedAndLatinLettersLowered() {
        assertThat(Kana.searchKey("ｻﾄｳ･ﾀﾛｳ")).isEqualTo("さとうたろう");
        assertThat(Kana.searchKey("ジョン・スミス")).isEqualTo("じょんすみす");
        assertThat(Kana.searchKey("ＡＢc d")).isEqualTo("abcd");
    }

    @Test
    void nothingGivesAnEmptyKeyAndIsNotKana() {
        assertThat(Kana.searchKey(null)).isEmpty();
        assertThat(Kana.phoneKey(null)).isEmpty();
        assertThat(Kana.isKana(null)).isFalse();
        assertThat(Kana.isKana("・")).isFalse();
    }
}
