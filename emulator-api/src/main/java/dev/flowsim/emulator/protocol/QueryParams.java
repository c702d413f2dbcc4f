package dev.flowsim.emulator.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded parameters of a Query-protocol request (IAM, STS, EC2): flat names such as {@code RoleName},
 * {@code ResourceId.1} or {@code Tags.member.2.Key}, in arrival order. The list helpers know both dialects:
 * IAM/STS's {@code Name.member.N} and EC2's {@code Name.N}.
 */
public final class QueryParams {

    private final Map<String, String> values;

    public QueryParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Values of {@code prefix.1}, {@code prefix.2}, ... up to the first gap (EC2 style lists). */
    public List<String> indexed(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; ; i++) {
            String v = values.get(prefix + "." + i);
            if (v == null) {
                return out;
            }
            out.add(v);
        }
    }

    /** Values of {@code prefix.member.1}, ... (IAM/STS style lists). */
    public List<String> members(String prefix) {
        return indexed(prefix + ".member");
    }

    /** The sub-parameters of each element of an indexed structure list, e.g. {@code Filter.N.Name}. */
    public List<QueryParams> indexedStructs(String prefix) {
        List<QueryParams> out = new ArrayList<>();
        for (int i = 1; ; i++) {
            String p = prefix + "." + i + ".";
            Map<String, String> sub = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (k.startsWith(p)) {
                    sub.put(k.substring(p.length()), v);
                }
            });
            if (sub.isEmpty()) {
                return out;
            }
            out.add(new QueryParams(sub));
        }
    }

    @Override
    public String toString() {
        return values.keySet().toString();
    }
}
