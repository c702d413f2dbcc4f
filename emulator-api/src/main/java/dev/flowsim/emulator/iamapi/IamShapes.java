package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.ModelPattern;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.protocol.QueryParams;

/** The members the role operations share, read with the constraints of IAM's service model (2010-05-08). */
final class IamShapes {

    /** roleNameType and policyNameType. */
    static final ModelPattern NAME = ModelPattern.of("[\\w+=,.@-]+");
    static final ModelPattern PATH = ModelPattern.of("(\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)");
    static final ModelPattern POLICY_DOCUMENT = ModelPattern.of("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    static final ModelPattern DESCRIPTION = ModelPattern.of("[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*");
    static final ModelPattern MARKER = ModelPattern.of("[\\u0020-\\u00FF]+");
    static final int MAX_POLICY_DOCUMENT = 131_072;

    private IamShapes() {
    }

    /** The RoleName of a request that has no other member: validated on its own. */
    static String validRoleName(QueryParams query) {
        InputConstraints constraints = new InputConstraints();
        String roleName = roleName(query, constraints);
        constraints.throwIfViolated();
        return roleName;
    }

    static String roleName(QueryParams query, InputConstraints constraints) {
        String value = query.get("RoleName");
        constraints.required("roleName", value).text("roleName", value, 1, 64, NAME);
        return value;
    }

    static String policyName(QueryParams query, InputConstraints constraints) {
        String value = query.get("PolicyName");
        constraints.required("policyName", value).text("policyName", value, 1, 128, NAME);
        return value;
    }

    /** A required policy document sent as {@code parameter} and reported as {@code member}. */
    static String policyDocument(QueryParams query, String parameter, String member, InputConstraints constraints) {
        String value = query.get(parameter);
        constraints.required(member, value).text(member, value, 1, MAX_POLICY_DOCUMENT, POLICY_DOCUMENT);
        return value;
    }
}
