package jp.yui.infra.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.h2.mvstore.Cursor;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;

/**
 * Chooses the index a query runs on, as MongoDB does for the plain cases: an index is usable when the query's equality
 * conditions ({@code field: value}, {@code $eq}, {@code $in}) cover its leading keys; the next key may then carry a
 * range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) and the sort, read in index order (backwards for a
 * descending sort) so that a limit stops the scan early. Every other condition is checked on the documents
 * fetched. A unique index whose keys are all given ({@code _id} plus anything else) wins; otherwise the index with the
 * most equality keys, then a range, then a sort. A query nothing covers reads the whole collection, as it would on
 * MongoDB.
 */
final class QueryPlanner {

    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();
    /** The most key prefixes one query looks up (the product of its {@code $in} lists over the prefix). */
    private static final int MAX_PREFIXES = 1_000;

    private QueryPlanner() {
    }

    /** The index plan for a query, or {@code null} for a collection scan. */
    static Plan plan(List<? extends Index<Object>> indexes, Document query, Document orderBy) {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        collect(query, conditions);
        List<Map.Entry<String, Object>> sort = orderBy == null ? List.of() : new ArrayList<>(orderBy.entrySet());
        Plan best = null;
        for (Index<Object> index : indexes) {
            if (index instanceof OrderedIndex ordered) {
                Plan plan = plan(ordered, conditions, sort);
                if (plan != null && (best == null || plan.score().compareTo(best.score()) > 0)) {
                    best = plan;
                }
            }
        }
        return best;
    }

    private static void collect(Document query, Map<String, Condition> conditions) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        collect(document, conditions);
                    }
                }
            } else if (!field.startsWith("$")) {
                conditions.computeIfAbsent(field, f -> new Condition()).add(entry.getValue());
            }
        }
    }

    private static Plan plan(OrderedIndex index, Map<String, Condition> conditions, List<Map.Entry<String, Object>> sort) {
        List<IndexKey> keys = index.getKeys();
        List<NavigableSet<Object>> points = new ArrayList<>();
        long prefixes = 1;
        int p = 0;
        while (p < keys.size()) {
            Condition condition = conditions.get(keys.get(p).getKey());
            if (condition == null || condition.points == null
                    || (index.sparse() && condition.points.contains(null))
                    || prefixes * condition.points.size() > MAX_PREFIXES) {
                break;
            }
            prefixes *= condition.points.size();
            points.add(condition.points);
            p++;
        }
        Condition range = null;
        if (p < keys.size()) {
            Condition next = conditions.get(keys.get(p).getKey());
            if (next != null && next.hasRange()) {
                range = next;
            }
        }

        // The sort, less any field the prefix holds to one value, must be the keys that follow the prefix.
        Set<String> fixed = new HashSet<>();
        for (int i = 0; i < p; i++) {
            if (points.get(i).size() == 1) {
                fixed.add(keys.get(i).getKey());
            }
        }
        List<Map.Entry<String, Object>> ordering = sort.stream().filter(s -> !fixed.contains(s.getKey())).toList();
        boolean sorted;
        boolean reverse = false;
        if (ordering.isEmpty()) {
            sorted = true;
        } else {
            sorted = prefixes == 1 && p + ordering.size() <= keys.size();
            Integer direction = null;
            for (int i = 0; sorted && i < ordering.size(); i++) {
                Map.Entry<String, Object> s = ordering.get(i);
                int d = s.getValue() instanceof Number n && n.doubleValue() < 0 ? -1 : 1;
                sorted = s.getKey().equals(keys.get(p + i).getKey()) && (direction == null || direction == d);
                direction = d;
            }
            reverse = sorted && direction != null && direction < 0;
        }
        boolean filters = p > 0 || range != null;
        boolean sortsByIndex = sorted && !ordering.isEmpty();
        // Without a condition on its keys, a sparse index misses the documents that lack them.
        if (!filters && (!sortsByIndex || index.sparse())) {
            return null;
        }
        boolean point = index.unique() && p == keys.size();
        Score score = new Score(point ? 1 : 0, p, range != null ? 1 : 0, sortsByIndex ? 1 : 0);
        return new Plan(index, points, p, range, reverse, sorted, score);
    }

    /** What a query says about one field, as far as an index can use it. */
    private static final class Condition {
        NavigableSet<Object> points;
        Object lower;
        boolean lowerInclusive;
        Object upper;
        boolean upperInclusive;

        boolean hasRange() {
            return lower != null || upper != null;
        }

        void add(Object value) {
            if (value instanceof Document document && document.keySet().stream().anyMatch(k -> k.startsWith("$"))) {
                for (Map.Entry<String, Object> op : document.entrySet()) {
                    Object operand = op.getValue();
                    switch (op.getKey()) {
                        case "$eq" -> {
                            if (isPoint(operand)) {
                                setPoints(List.of(operand));
                            }
                        }
                        case "$in" -> {
                            if (operand instanceof Collection<?> values && values.stream().allMatch(Condition::isPoint)) {
                                setPoints(values);
                            }
                        }
                        case "$gt" -> bound(operand, true, false);
                        case "$gte" -> bound(operand, true, true);
                        case "$lt" -> bound(operand, false, false);
                        case "$lte" -> bound(operand, false, true);
                        default -> {
                            // checked on the fetched documents
                        }
                    }
                }
            } else if (isPoint(value)) {
                setPoints(List.of(value));
            }
        }

        private void setPoints(Collection<?> values) {
            if (points != null) {
                return; // a second equality on the field is checked on the documents
            }
            NavigableSet<Object> set = new TreeSet<>(VALUES);
            for (Object value : values) {
                set.add(normalized(value));
            }
            points = set;
        }

        private void bound(Object operand, boolean isLower, boolean inclusive) {
            if (operand == null || Missing.isNullOrMissing(operand) || operand instanceof Collection
                    || operand instanceof BsonRegularExpression || operand instanceof Pattern
                    || operand instanceof MaxKey) {
                return;
            }
            Object value = normalized(operand);
            if (isLower) {
                int c = lower == null ? 1 : VALUES.compare(value, lower);
                if (c > 0 || (c == 0 && !inclusive)) {
                    lower = value;
                    lowerInclusive = inclusive;
                }
            } else {
                int c = upper == null ? -1 : VALUES.compare(value, upper);
                if (c < 0 || (c == 0 && !inclusive)) {
                    upper = value;
                    upperInclusive = inclusive;
                }
            }
        }

        private static boolean isPoint(Object value) {
            return !(value instanceof Collection) && !(value instanceof BsonRegularExpression)
                    && !(value instanceof Pattern) && !(value instanceof MaxKey)
                    && !(value instanceof Document d && d.keySet().stream().anyMatch(k -> k.startsWith("$")));
        }

        private static Object normalized(Object value) {
            return new KeyValue(value == null ? new Object[] {null} : new Object[] {value}).normalized().get(0);
        }
    }

    private record Score(int point, int equalities, int range, int sort) implements Comparable<Score> {
        @Override
        public int compareTo(Score o) {
            return Comparator.comparingInt(Score::point)
                    .thenComparingInt(Score::equalities)
                    .thenComparingInt(Score::range)
                    .thenComparingInt(Score::sort)
                    .compare(this, o);
        }
    }

    /** An index scan: prefixes of equal values, a range on the next key, in one direction. */
    static final class Plan {

        private final OrderedIndex index;
        private final List<NavigableSet<Object>> points;
        private final int prefixLength;
        private final Condition range;
        private final boolean reverse;
        private final boolean sorted;
        private final Score score;

        private Plan(OrderedIndex index, List<NavigableSet<Object>> points, int prefixLength, Condition range,
                     boolean reverse, boolean sorted, Score score) {
            this.index = index;
            this.points = points;
            this.prefixLength = prefixLength;
            this.range = range;
            this.reverse = reverse;
            this.sorted = sorted;
            this.score = score;
        }

        Score score() {
            return score;
        }

        String indexName() {
            return index.getName();
        }

        /** Whether documents come in the order the query asked for. */
        boolean sorted() {
            return sorted;
        }

        Document keyPattern() {
            Document pattern = new Document();
            for (IndexKey key : index.getKeys()) {
                pattern.put(key.getKey(), key.isAscending() ? 1 : -1);
            }
            return pattern;
        }

        String direction() {
            return reverse ? "backward" : "forward";
        }

        /** The positions of the documents that may match, each once; {@code examined} counts the entries read. */
        Iterator<Object> positions(Runnable examined) {
            List<List<Object>> prefixes = new ArrayList<>();
            prefixes.add(List.of());
            for (NavigableSet<Object> values : points) {
                List<List<Object>> longer = new ArrayList<>();
                for (List<Object> prefix : prefixes) {
                    for (Object value : reverse ? values.descendingSet() : values) {
                        List<Object> next = new ArrayList<>(prefix);
                        next.add(value);
                        longer.add(next);
                    }
                }
                prefixes = longer;
            }
            Iterator<List<Object>> remaining = prefixes.iterator();
            Set<Object> seen = new HashSet<>();
            return new Iterator<>() {
                private Scan scan;
                private Object next;

                @Override
                public boolean hasNext() {
                    while (next == null) {
                        if (scan != null) {
                            Object position = scan.next(examined);
                            if (position != null) {
                                if (seen.add(position)) {
                                    next = position;
                                }
                                continue;
                            }
                            scan = null;
                        }
                        if (!remaining.hasNext()) {
                            return false;
                        }
                        scan = new Scan(remaining.next());
                    }
                    return true;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object position = next;
                    next = null;
                    return position;
                }
            };
        }

        /** The entries under one prefix. */
        private final class Scan {
            private final List<Object> prefix;
            private final Cursor<KeyValue, Object> cursor;
            private boolean done;

            Scan(List<Object> prefix) {
                this.prefix = prefix;
                // All keys of a unique index given: one lookup, which reads no page beyond the entry's own.
                this.cursor = isPointLookup() ? null : index.cursor(start(prefix), reverse);
            }

            private boolean isPointLookup() {
                return index.unique() && prefixLength == index.getKeys().size();
            }

            private Object startBound() {
                return range == null ? null : reverse ? range.upper : range.lower;
            }

            private boolean startInclusive() {
                return reverse ? range.upperInclusive : range.lowerInclusive;
            }

            private Object endBound() {
                return range == null ? null : reverse ? range.lower : range.upper;
            }

            private boolean endInclusive() {
                return reverse ? range.lowerInclusive : range.upperInclusive;
            }

            /**
             * Where the cursor starts. Keys are compared value by value and a shorter key sorts before the longer keys
             * it begins, so {@code prefix} starts before every entry under it and {@code prefix + MaxKey} after them.
             */
            private KeyValue start(List<Object> prefix) {
                List<Object> key = new ArrayList<>(prefix);
                Object bound = startBound();
                if (bound != null) {
                    key.add(bound);
                    // Forward, an exclusive bound starts after its entries; backward, an inclusive one does.
                    if (startInclusive() == reverse) {
                        key.add(MaxKey.getInstance());
                    }
                } else if (reverse) {
                    key.add(MaxKey.getInstance());
                }
                return key.isEmpty() ? null : new KeyValue(key);
            }

            /** The next position under the prefix and within the range, or {@code null} at the end. */
            Object next(Runnable examined) {
                if (cursor == null) {
                    if (done) {
                        return null;
                    }
                    done = true;
                    Object position = index.lookup(new KeyValue(prefix));
                    if (position != null) {
                        examined.run();
                    }
                    return position;
                }
                while (!done && cursor.hasNext()) {
                    KeyValue key = cursor.next();
                    examined.run();
                    for (int i = 0; i < prefixLength; i++) {
                        if (VALUES.compare(index.keyPart(key, i), prefix.get(i)) != 0) {
                            done = true;
                            return null;
                        }
                    }
                    if (range != null) {
                        Object value = index.keyPart(key, prefixLength);
                        Object end = endBound();
                        if (end != null) {
                            int c = VALUES.compare(value, end) * (reverse ? -1 : 1);
                            if (c > 0 || (c == 0 && !endInclusive())) {
                                done = true;
                                return null;
                            }
                        }
                        Object start = startBound();
                        Object bracket = start != null ? start : end;
                        if (!sameType(value, bracket)) {
                            // A range matches values of its bound's type only: past the bound's type, the scan is
                            // over; before it (no start bound), skip ahead.
                            if (start != null) {
                                done = true;
                                return null;
                            }
                            continue;
                        }
                        if (start != null) {
                            int c = VALUES.compare(value, start) * (reverse ? -1 : 1);
                            if (c < 0 || (c == 0 && !startInclusive())) {
                                continue;
                            }
                        }
                    }
                    return index.position(key, cursor.getValue());
                }
                done = true;
                return null;
            }
        }
    }

    private static boolean sameType(Object a, Object b) {
        return typeOf(a) == typeOf(b);
    }

    private static Class<?> typeOf(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return Missing.class;
        }
        if (value instanceof Number) {
            return Number.class;
        }
        if (value instanceof CharSequence) {
            return String.class;
        }
        if (value instanceof Map) {
            return Document.class;
        }
        if (value instanceof Collection) {
            return List.class;
        }
        return value.getClass();
    }
}
