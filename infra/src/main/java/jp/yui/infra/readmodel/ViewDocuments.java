package jp.yui.infra.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bson.Document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * A view as a BSON document and back, through Jackson's tokens instead of JSON text. The documents have exactly the
 * shape that writing the view as JSON and parsing that with {@link Document#parse} gave, which is how views were
 * stored before: java.time as ISO strings, enums as names, whole numbers as 32-bit where they fit and 64-bit
 * otherwise, other numbers as doubles, byte arrays as base64 strings, nulls kept. So views stored either way read
 * alike.
 */
final class ViewDocuments {

    private ViewDocuments() {
    }

    static Document toDocument(ObjectMapper json, Object view) {
        try (TokenBuffer tokens = new TokenBuffer(json, false)) {
            json.writeValue(tokens, view);
            try (JsonParser parser = tokens.asParserOnFirstToken()) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("A view is written as an object: " + view.getClass());
                }
                return (Document) value(json, parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <V> V fromDocument(ObjectMapper json, Document document, Class<V> type) {
        return json.convertValue(document, type);
    }

    private static Object value(ObjectMapper json, JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Document document = new Document();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    document.append(name, value(json, parser));
                }
                yield document;
            }
            case START_ARRAY -> {
                List<Object> values = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    values.add(value(json, parser));
                }
                yield values;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> parser.getIntValue();
                case LONG -> {
                    long whole = parser.getLongValue();
                    yield whole == (int) whole ? (Object) (int) whole : (Object) whole;
                }
                default -> asParsedFromText(parser.getText());
            };
            // JSON text carried a float or a BigDecimal in its decimal form, which the parser read as a double.
            case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.DOUBLE
                    ? parser.getDoubleValue() : Double.parseDouble(parser.getText());
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
                    ? Base64.getEncoder().encodeToString(bytes)
                    : asParsedFromText(json.writeValueAsString(parser.getEmbeddedObject()));
            default -> throw new IllegalStateException("Unexpected token " + parser.currentToken());
        };
    }

    /** Rare values (a BigInteger, an unusual embedded object) are stored as their JSON text parses. */
    private static Object asParsedFromText(String text) {
        return Document.parse("{\"v\":" + text + "}").get("v");
    }
}
