package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.IdOrder;
import io.github.aimshandbook.engine.model.Ref;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The choices of a register's filter: the distinct values of one of its columns. Stateless. */
public final class FilterValues {

    static final FilterValues INSTANCE = new FilterValues();

    private FilterValues() {
    }

    /**
     * The distinct values of a column: lists are flattened, references become their ids, blanks and nulls are
     * dropped; sorted as people read ids (clause 4.1 before 10.2, A.2.2 before A.10.4).
     */
    public List<String> distinct(List<?> values) {
        SortedSet<String> out = new TreeSet<>(IdOrder.NATURAL);
        collect(values, out);
        return List.copyOf(out);
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof Collection<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Ref ref) {
            out.add(ref.id());
        } else if (value != null && !value.toString().isBlank()) {
            out.add(value.toString());
        }
    }
}
