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
    static final ModelPattern POLICY_PATH = ModelPattern.of("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");
    static final ModelPattern PATH_PREFIX = ModelPattern.of("\\u002F[\\u0021-\\u007F]*");
    static final ModelPattern VERSION_ID = ModelPattern.of("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
    static final ModelPattern ACCESS_KEY_ID = ModelPattern.of("[\\w]+");
    static final int MAX_POLICY_DOCUMENT = 131_072;
    static final int DEFAULT_MAX_ITEMS = 100;

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

    /** userNameType (CreateUser, Attach/DetachUserPolicy: at most 64) or existingUserNameType (at most 128). */
    static String userName(QueryParams query, InputConstraints constraints, boolean required, int maxLength) {
        String value = query.get("UserName");
        if (required) {
            constraints.required("userName", value);
        }
        constraints.text("userName", value, 1, maxLength, NAME);
        return value;
    }

    static String policyArn(QueryParams query, InputConstraints constraints) {
        String value = query.get("PolicyArn");
        constraints.required("policyArn", value).text("policyArn", value, 20, 2048, null);
        return value;
    }

    static String versionId(QueryParams query, InputConstraints constraints) {
        String value = query.get("VersionId");
        constraints.required("versionId", value).text("versionId", value, 0, Integer.MAX_VALUE, VERSION_ID);
        return value;
    }

    /** The Marker and MaxItems of a list request. */
    static Paging.Request paging(QueryParams query, InputConstraints constraints) {
        String marker = query.get("Marker");
        constraints.text("marker", marker, 1, 320, MARKER);
        Integer maxItems = constraints.integer("maxItems", query.get("MaxItems"), 1, 1000);
        return new Paging.Request(marker, maxItems == null ? DEFAULT_MAX_ITEMS : maxItems);
    }

    /** A policyPathType PathPrefix (ListPolicies, ListAttached*Policies). */
    static String policyPathPrefix(QueryParams query, InputConstraints constraints) {
        String value = query.get("PathPrefix");
        constraints.text("pathPrefix", value, 1, 512, POLICY_PATH);
        return value == null ? "/" : value;
    }
}
