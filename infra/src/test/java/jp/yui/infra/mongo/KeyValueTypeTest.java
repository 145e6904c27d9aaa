package jp.yui.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

class KeyValueTypeTest {

    private final KeyValueType type = new KeyValueType();

    private KeyValue roundTrip(KeyValue key) {
        WriteBuffer out = new WriteBuffer();
        type.write(out, key);
        ByteBuffer in = out.getBuffer();
        in.flip();
        return type.read(in);
    }

    @Test
    void keysSurviveTheFileAsBsonOrInTheGenericEncoding() {
        List<KeyValue> keys = List.of(
                new KeyValue("Run:1f0e/12"),
                new KeyValue(42.0),
                new KeyValue(Long.MAX_VALUE),
                new KeyValue(Arrays.asList("kitaaizu", null)),
                new KeyValue(new Document("a", 1.0).append("b", "ふれあい号")),
                new KeyValue(BigInteger.TEN.pow(30)));
        for (KeyValue key : keys) {
            assertThat(roundTrip(key)).isEqualTo(key);
            assertThat(type.compare(roundTrip(key), key)).isZero();
        }
    }

    @Test
    void keysAreOrderedByValueAsMongoDbOrdersThem() {
        List<KeyValue> keys = new ArrayList<>(List.of(new KeyValue(10.0), new KeyValue(9.0), new KeyValue(100.0),
                new KeyValue(-1.0)));
        keys.sort(type::compare);
        assertThat(keys).containsExactly(new KeyValue(-1.0), new KeyValue(9.0), new KeyValue(10.0),
                new KeyValue(100.0));
        assertThat(type.compare(new KeyValue("a", 2.0), new KeyValue("a", 10.0))).isNegative();
        assertThat(type.compare(new KeyValue("a"), new KeyValue("a", 1.0))).isNegative();
    }
}
