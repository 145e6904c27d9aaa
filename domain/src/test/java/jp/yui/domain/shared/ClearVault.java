package jp.yui.domain.shared;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vault for fixtures: "seals" by naming the value, the same way every time, so expected events can be built with
 * it; erasing a subject makes its values unopenable, as the real vault does.
 */
public final class ClearVault implements PersonalDataVault {

    public static final ClearVault INSTANCE = new ClearVault();

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();

    @Override
    public Sealed seal(String subjectId, Object value) {
        String text = "clear:" + subjectId + ":" + value;
        values.put(text, value);
        return new Sealed(subjectId, text);
    }

    @Override
    public <T> Optional<T> open(Sealed sealed, Class<T> type) {
        if (erased.contains(sealed.subjectId())) {
            return Optional.empty();
        }
        return Optional.ofNullable(values.get(sealed.ciphertext())).map(type::cast);
    }

    @Override
    public void erase(String subjectId) {
        erased.add(subjectId);
    }
}
