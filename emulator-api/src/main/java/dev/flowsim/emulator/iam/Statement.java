package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Objects;

/**
 * One compiled policy statement.
 *
 * @param index      0-based position in the policy
 * @param sid        the Sid, or null
 * @param effect     Allow or Deny
 * @param principal  Principal / NotPrincipal, null in identity and session policies
 * @param actions    Action / NotAction
 * @param resources  Resource / NotResource, null in trust policies (the resource is the role itself)
 * @param conditions the Condition block, one clause per operator and key (all must hold)
 */
public record Statement(int index, String sid, Effect effect, PrincipalElement principal, ActionElement actions,
                        ResourceElement resources, List<ConditionClause> conditions) {

    public Statement {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(actions, "actions");
        conditions = List.copyOf(conditions);
    }

    /** "'Logs'" for a statement with a Sid, "#2" (1-based) without one: how traces name it. */
    public String label() {
        return sid != null && !sid.isEmpty() ? "'" + sid + "'" : "#" + (index + 1);
    }
}
