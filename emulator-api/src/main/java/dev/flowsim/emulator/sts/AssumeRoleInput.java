package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.Arn;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.queryinput.ModelPattern;
import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.queryinput.TagInput;
import dev.flowsim.emulator.protocol.QueryParams;

import java.util.List;

/** The members of an AssumeRole request, checked against STS's model (2011-06-15) in the model's member order. */
record AssumeRoleInput(String roleArn, String roleSessionName, boolean policyArnsGiven, String policy,
                       Integer durationSeconds, List<Tag> tags, List<String> transitiveTagKeys, String externalId,
                       String serialNumber, String tokenCode, String sourceIdentity) {

    static final ModelPattern ARN = ModelPattern.printedAs(
            "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
            "[\\t\\n\\r\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]+");
    static final ModelPattern SESSION_NAME = ModelPattern.of("[\\w+=,.@-]*");
    static final ModelPattern SESSION_POLICY = ModelPattern.of("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    static final ModelPattern TAG_KEY = ModelPattern.of("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    static final ModelPattern EXTERNAL_ID = ModelPattern.of("[\\w+=,.@:\\/-]*");
    static final ModelPattern SERIAL_NUMBER = ModelPattern.of("[\\w+=/:,.@-]*");
    static final ModelPattern TOKEN_CODE = ModelPattern.of("[\\d]*");

    /**
     * Reads and validates the request.
     *
     * @throws dev.flowsim.emulator.error.AwsException ValidationError listing every violated model constraint, or
     *                                                 naming a RoleArn that is not an ARN at all
     */
    static AssumeRoleInput read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String roleArn = q.get("RoleArn");
        c.required("roleArn", roleArn).text("roleArn", roleArn, 20, 2048, ARN);
        String sessionName = q.get("RoleSessionName");
        c.required("roleSessionName", sessionName).text("roleSessionName", sessionName, 2, 64, SESSION_NAME);
        int policyArns = 0;
        String policyArn;
        while ((policyArn = q.get("PolicyArns.member." + (policyArns + 1) + ".arn")) != null) {
            policyArns++;
            c.text("policyArns." + policyArns + ".member.arn", policyArn, 20, 2048, ARN);
        }
        String policy = q.get("Policy");
        c.text("policy", policy, 1, 2048, SESSION_POLICY);
        Integer duration = c.integer("durationSeconds", q.get("DurationSeconds"), 900, 43_200);
        List<Tag> tags = TagInput.read(q, "Tags", "tags", c);
        List<String> transitive = q.members("TransitiveTagKeys");
        for (int i = 0; i < transitive.size(); i++) {
            c.text("transitiveTagKeys." + (i + 1) + ".member", transitive.get(i), 1, 128, TAG_KEY);
        }
        c.listSize("transitiveTagKeys", transitive.size(), 50, transitive.toString());
        String externalId = q.get("ExternalId");
        c.text("externalId", externalId, 2, 1224, EXTERNAL_ID);
        String serialNumber = q.get("SerialNumber");
        c.text("serialNumber", serialNumber, 9, 256, SERIAL_NUMBER);
        String tokenCode = q.get("TokenCode");
        c.text("tokenCode", tokenCode, 6, 6, TOKEN_CODE);
        String sourceIdentity = q.get("SourceIdentity");
        c.text("sourceIdentity", sourceIdentity, 2, 64, SESSION_NAME);
        c.throwIfViolated();
        requireArnShape(roleArn);
        return new AssumeRoleInput(roleArn, sessionName, policyArns > 0, policy, duration, tags, transitive,
                externalId, serialNumber, tokenCode, sourceIdentity);
    }

    /** STS rejects a RoleArn without partition, service or resource before it looks for any role. */
    private static void requireArnShape(String roleArn) {
        boolean wellFormed = Arn.parse(roleArn)
                .filter(a -> !a.partition().isEmpty() && !a.service().isEmpty() && !a.resource().isEmpty())
                .isPresent();
        if (!wellFormed) {
            throw StsErrors.invalidArn(roleArn);
        }
    }
}
