package jp.yui.infra.serialization;

import org.axonframework.serialization.json.JacksonSerializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one serializer for events, snapshots, messages and tokens: Jackson without default typing, so a stored
 * document can never name a class to instantiate. Event records carry plain values and java.time types.
 */
public final class YuiSerializers {

    private YuiSerializers() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JacksonSerializer jackson() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }
}
