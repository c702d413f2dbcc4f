package dev.flowsim.emulator.iam;

import dev.flowsim.emulator.iam.RawPolicy.RawPrincipal;
import dev.flowsim.emulator.iam.RawPolicy.RawStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM's semantic checks, run after the JSON shape is known good, in the order IAM runs them (the first failing check
 * decides the message): Effect spelling ("legacy parsing"), Sid form and uniqueness, actions present, the principal
 * and trust-policy rules, resources present, resource ARN formats, action prefixes.
 */
final class PolicyRules {

    private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");
    private static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9\\-.]+");
    private static final Pattern AWS_PRINCIPAL = Pattern.compile(
            "\\*|\\d{12}"
            + "|arn:aws[a-z-]*:iam::\\d{12}:(root|user/[^*?]+|role/[^*?]+)"
            + "|arn:aws[a-z-]*:sts::\\d{12}:(assumed-role/[^/*?]+/[^*?]+|federated-user/[^*?]+)"
            + "|A(IDA|ROA)[A-Z0-9]{12,}");
    private static final Pattern SERVICE_PRINCIPAL = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com");

    private final PolicyKind kind;

    private PolicyRules(PolicyKind kind) {
        this.kind = kind;
    }

    static void check(RawPolicy policy, PolicyKind kind) {
        new PolicyRules(kind).checkAll(policy.statements());
    }

    private void checkAll(List<RawStatement> statements) {
        for (RawStatement s : statements) {
            fail(!s.effect().equals("Allow") && !s.effect().equals("Deny"), PolicyMessages.LEGACY_PARSING);
        }
        checkSids(statements);
        for (RawStatement s : statements) {
            fail(s.actions() == null || s.actions().isEmpty(), PolicyMessages.missingActions(kind));
        }
        if (kind == PolicyKind.TRUST || kind == PolicyKind.RESOURCE) {
            statements.forEach(this::checkPrincipal);
        }
        if (kind == PolicyKind.TRUST) {
            statements.forEach(this::checkTrustStatement);
        } else {
            for (RawStatement s : statements) {
                fail(s.resources() == null || s.resources().isEmpty(), PolicyMessages.NO_RESOURCES);
            }
            for (RawStatement s : statements) {
                s.resources().forEach(this::checkResourceFormat);
            }
        }
        for (RawStatement s : statements) {
            s.actions().forEach(this::checkActionPrefix);
        }
    }

    private void checkSids(List<RawStatement> statements) {
        // Sid characters are IAM's rule; CloudWatch Logs resource policies have their own, laxer ones.
        if (kind != PolicyKind.RESOURCE) {
            for (RawStatement s : statements) {
                fail(s.sid() != null && !SID.matcher(s.sid()).matches(), PolicyMessages.SID_NOT_ALPHANUMERIC);
            }
        }
        Set<String> seen = new HashSet<>();
        for (RawStatement s : statements) {
            fail(s.sid() != null && !s.sid().isEmpty() && !seen.add(s.sid()), PolicyMessages.SID_NOT_UNIQUE);
        }
    }

    private void checkPrincipal(RawStatement s) {
        RawPrincipal principal = s.principal();
        fail(principal == null || principal.empty(), PolicyMessages.MISSING_PRINCIPAL);
        if (kind == PolicyKind.TRUST && s.notPrincipal()) {
            fail(true, s.effect().equals("Allow")
                    ? PolicyMessages.TRUST_ALLOW_NOT_PRINCIPAL : PolicyMessages.TRUST_NOT_PRINCIPAL);
        }
        for (String value : principal.entries("AWS")) {
            fail(!AWS_PRINCIPAL.matcher(value).matches(), PolicyMessages.invalidPrincipal("AWS", value));
        }
        for (String value : principal.entries("Service")) {
            fail(!SERVICE_PRINCIPAL.matcher(value).matches(), PolicyMessages.invalidPrincipal("SERVICE", value));
        }
    }

    private void checkTrustStatement(RawStatement s) {
        for (String action : s.actions()) {
            fail(!action.toLowerCase(Locale.ROOT).startsWith("sts:"), PolicyMessages.TRUST_ACTIONS);
        }
        if (s.resources() != null) {
            fail(true, s.notResource() ? PolicyMessages.TRUST_NOT_RESOURCE : PolicyMessages.TRUST_RESOURCE);
        }
    }

    private void checkResourceFormat(String resource) {
        if (resource.equals("*")) {
            return;
        }
        fail(resource.indexOf(':') < 0, PolicyMessages.resourceNotArn(resource));
        String[] fields = resource.split(":", 6);
        if (fields.length > 2) {
            fail(fields[2].isEmpty() || fields[2].contains("*") || fields[2].contains("?"),
                    PolicyMessages.RESOURCE_VENDOR);
        }
        if (fields.length > 3) {
            fail(fields[2].equals("iam") && !fields[3].isEmpty(), PolicyMessages.iamResourceWithRegion(resource));
        }
    }

    private void checkActionPrefix(String action) {
        if (action.equals("*")) {
            return;
        }
        String[] parts = action.split(":", -1);
        fail(parts.length == 1, PolicyMessages.NO_VENDOR);
        fail(parts.length > 2, PolicyMessages.ONE_COLON);
        fail(!parts[0].equals("*") && !VENDOR.matcher(parts[0]).matches(), PolicyMessages.vendorInvalid(parts[0]));
    }

    private static void fail(boolean failed, String message) {
        if (failed) {
            throw new MalformedPolicyException(message);
        }
    }
}
