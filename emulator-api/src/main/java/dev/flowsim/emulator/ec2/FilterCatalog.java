package dev.flowsim.emulator.ec2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The filters one Describe call understands, and how they combine as EC2 documents: different filters AND together,
 * the values of one filter OR, names and values match exactly (case-sensitive). {@code tag:KEY} and
 * {@code tag-key} work on every resource that has tags. A filter with no values matches nothing.
 */
final class FilterCatalog<T> {

    private final Map<String, Function<T, Collection<String>>> fields = new LinkedHashMap<>();
    private final Function<T, Map<String, String>> tags;

    FilterCatalog(Function<T, Map<String, String>> tags) {
        this.tags = tags;
    }

    /** A filter on a single-valued attribute (null values never match). */
    FilterCatalog<T> field(String name, Function<T, String> value) {
        fields.put(name, t -> {
            String v = value.apply(t);
            return v == null ? List.of() : List.of(v);
        });
        return this;
    }

    /** A filter on an attribute with several values, e.g. all private addresses of an interface. */
    FilterCatalog<T> multiField(String name, Function<T, Collection<String>> values) {
        fields.put(name, values);
        return this;
    }

    /** One predicate for all of the request's filters; an unknown name fails the call as EC2 does. */
    Predicate<T> compile(List<Ec2Filter> filters) {
        Predicate<T> all = t -> true;
        for (Ec2Filter f : filters) {
            all = all.and(matcher(f));
        }
        return all;
    }

    private Predicate<T> matcher(Ec2Filter filter) {
        String name = filter.name();
        Set<String> wanted = Set.copyOf(filter.values());
        if (name != null && name.startsWith("tag:") && name.length() > 4) {
            String key = name.substring(4);
            return t -> {
                String value = tags.apply(t).get(key);
                return value != null && wanted.contains(value);
            };
        }
        if ("tag-key".equals(name)) {
            return t -> tags.apply(t).keySet().stream().anyMatch(wanted::contains);
        }
        Function<T, Collection<String>> field = name == null ? null : fields.get(name);
        if (field == null) {
            throw Ec2Errors.invalidFilter(name);
        }
        return t -> field.apply(t).stream().anyMatch(wanted::contains);
    }
}
