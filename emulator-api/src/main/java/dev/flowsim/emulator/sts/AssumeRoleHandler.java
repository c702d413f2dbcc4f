package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.PrincipalType;
import dev.flowsim.emulator.queryinput.IsoTimestamps;
import dev.flowsim.emulator.queryinput.PolicyDocuments;
import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.identity.SessionAttributes;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AssumeRole: temporary credentials for a role session. The role's trust policy is checked by the pipeline through
 * the declared {@code sts:AssumeRole} access check (plus {@code sts:TagSession} and {@code sts:SetSourceIdentity}
 * when the request tags the session or sets its source identity); the credential expires on the simulated clock.
 */
final class AssumeRoleHandler implements OperationHandler<XmlElement> {

    static final int DEFAULT_DURATION_SECONDS = 3600;
    static final int CHAINED_SESSION_LIMIT_SECONDS = 3600;

    private final IamState iam;
    private final CredentialStore credentials;
    private final IdSource ids;
    private final AssumedSessions sessions;

    AssumeRoleHandler(IamState iam, CredentialStore credentials, IdSource ids, AssumedSessions sessions) {
        this.iam = iam;
        this.credentials = credentials;
        this.ids = ids;
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "AssumeRole";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        AssumeRoleInput in = AssumeRoleInput.read(call.query());
        // Refused before the trust policy is consulted: no trust policy can let a root user in.
        refuseRoot(call);
        List<AccessCheck> checks = new ArrayList<>();
        checks.add(withRequestKeys(new AccessCheck("sts:AssumeRole", in.roleArn()), in));
        if (!in.tags().isEmpty() || !in.transitiveTagKeys().isEmpty() || !inheritedTags(call).isEmpty()) {
            checks.add(withRequestKeys(new AccessCheck("sts:TagSession", in.roleArn()), in));
        }
        if (in.sourceIdentity() != null) {
            checks.add(withRequestKeys(new AccessCheck("sts:SetSourceIdentity", in.roleArn()), in));
        }
        return checks;
    }

    /** The condition keys an AssumeRole request carries (reference 7): external id, session name, tags. */
    private static AccessCheck withRequestKeys(AccessCheck check, AssumeRoleInput in) {
        AccessCheck keyed = check.withKey("sts:ExternalId", in.externalId())
                .withKey("sts:RoleSessionName", in.roleSessionName())
                .withKey("sts:SourceIdentity", in.sourceIdentity())
                .withKey("aws:TagKeys", in.tags().stream().map(Tag::key).toList())
                .withKey("sts:TransitiveTagKeys", in.transitiveTagKeys());
        for (Tag tag : in.tags()) {
            keyed = keyed.withKey("aws:RequestTag/" + tag.key(), tag.value());
        }
        return keyed;
    }

    @Override
    public XmlElement handle(Call call) {
        AssumeRoleInput in = AssumeRoleInput.read(call.query());
        refuseRoot(call);
        Principal caller = call.caller().principal();
        Role role = iam.roleByArn(in.roleArn())
                .orElseThrow(() -> StsErrors.notAuthorizedToAssume(caller.arn(), in.roleArn()));
        int duration = durationSeconds(in, role, caller);
        requireNoMfa(in);
        if (in.policyArnsGiven()) {
            throw StsErrors.policyArnsUnsupported();
        }
        SessionTagging tagging = SessionTagging.resolve(in.tags(), in.transitiveTagKeys(), inheritedTags(call));
        String sessionArn = "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/"
                + in.roleSessionName();
        NamedPolicy sessionPolicy = in.policy() == null ? null : new NamedPolicy("session policy of " + sessionArn,
                PolicyDocuments.compile(in.policy(), PolicyKind.SESSION).compiled());
        PackedPolicySize.Usage packed = PackedPolicySize.measure(in.policy(), tagging.tags());
        packed.requireWithinBudget();
        String sourceIdentity = in.sourceIdentity() != null ? in.sourceIdentity()
                : callerSession(call).map(AssumedSession::sourceIdentity).orElse(null);

        Instant issuedAt = call.now().truncatedTo(ChronoUnit.SECONDS);
        Principal session = Principal.assumedRole(sessionArn, role.arn(), role.roleId() + ":" + in.roleSessionName());
        Map<String, String> sessionTags = new LinkedHashMap<>();
        tagging.tags().forEach(t -> sessionTags.put(t.key(), t.value()));
        Credential credential = new Credential(ids.upperAlnum("ASIA", 16), ids.secretKey(), ids.sessionToken(),
                issuedAt.plusSeconds(duration), session, false,
                new SessionAttributes(sessionPolicy, issuedAt, sessionTags, sourceIdentity,
                        caller.type() == PrincipalType.SERVICE ? caller.serviceName() : null));
        credentials.register(credential);
        sessions.record(new AssumedSession(credential.accessKeyId(), role.arn(), sessionPolicy, tagging.tags(),
                tagging.transitiveKeys(), sourceIdentity, issuedAt, credential.expiration()), call.now());
        boolean packedAnything = in.policy() != null || !tagging.tags().isEmpty();
        return result(credential, packedAnything ? packed.totalPercent() : null, sourceIdentity);
    }

    /** The AssumeRoleResult members; PackedPolicySize only when a policy or tags were packed. */
    private static XmlElement result(Credential credential, Integer packedPolicySize, String sourceIdentity) {
        XmlElement result = XmlElement.of("AssumeRoleResult");
        result.child("Credentials")
                .add("AccessKeyId", credential.accessKeyId())
                .add("SecretAccessKey", credential.secretAccessKey())
                .add("SessionToken", credential.sessionToken())
                .add("Expiration", IsoTimestamps.format(credential.expiration()));
        result.child("AssumedRoleUser")
                .add("AssumedRoleId", credential.principal().userId())
                .add("Arn", credential.principal().arn());
        return result.add("PackedPolicySize", packedPolicySize).add("SourceIdentity", sourceIdentity);
    }

    private static void refuseRoot(Call call) {
        if (call.caller().principal().type() == PrincipalType.ROOT) {
            throw StsErrors.rootCannotAssumeRoles();
        }
    }

    /** Default one hour; never above the role's maximum, nor above one hour when a session assumes a role. */
    private static int durationSeconds(AssumeRoleInput in, Role role, Principal caller) {
        if (in.durationSeconds() == null) {
            return DEFAULT_DURATION_SECONDS;
        }
        int requested = in.durationSeconds();
        if (requested > role.maxSessionDurationSeconds()) {
            throw StsErrors.durationAboveRoleMaximum();
        }
        if (caller.type() == PrincipalType.ASSUMED_ROLE && requested > CHAINED_SESSION_LIMIT_SECONDS) {
            throw StsErrors.durationAboveChainingLimit();
        }
        return requested;
    }

    /** flowsim has no MFA devices: a request that brings MFA details is one STS could never validate. */
    private static void requireNoMfa(AssumeRoleInput in) {
        if (in.serialNumber() == null && in.tokenCode() == null) {
            return;
        }
        if (in.serialNumber() == null || in.tokenCode() == null) {
            throw StsErrors.mfaIncomplete();
        }
        throw StsErrors.mfaDeviceUnknown();
    }

    private Optional<AssumedSession> callerSession(Call call) {
        return call.caller().principal().type() == PrincipalType.ASSUMED_ROLE
                ? sessions.find(call.caller().accessKeyId()) : Optional.empty();
    }

    private List<Tag> inheritedTags(Call call) {
        return callerSession(call).map(AssumedSession::transitiveTags).orElse(List.of());
    }
}
