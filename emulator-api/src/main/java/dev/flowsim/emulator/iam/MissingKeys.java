package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The condition keys that statements needed but the request did not carry (AWS's MissingContextValues): keys named in
 * the conditions of every statement whose principal, action and resource matched. Listed once each, in the order met.
 */
final class MissingKeys {

    private MissingKeys() {
    }

    static List<String> of(EvaluationFacts facts) {
        RequestContext context = facts.request().context();
        Map<String, String> missing = new LinkedHashMap<>();
        facts.allChecks()
                .filter(c -> c.stage().ordinal() >= StatementCheck.Stage.CONDITION.ordinal())
                .flatMap(c -> c.statement().conditions().stream())
                .map(ConditionClause::key)
                .filter(key -> !context.contains(key))
                .forEach(key -> missing.putIfAbsent(key.toLowerCase(Locale.ROOT), key));
        return new ArrayList<>(missing.values());
    }
}
