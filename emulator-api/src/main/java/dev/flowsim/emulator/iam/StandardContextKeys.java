package dev.flowsim.emulator.iam;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * The global condition keys AWS adds to every request, derived from the caller, the region called and the request
 * time (which comes from the injected simulation clock, never the wall clock).
 */
public final class StandardContextKeys {

    private StandardContextKeys() {
    }

    /**
     * A second as ISO-8601 and as epoch-seconds text; one slot per key, as each key's seconds recur from request to
     * request.
     */
    private record IsoSecond(long epochSecond, String text, String epochText) {
    }

    private static volatile IsoSecond lastCurrentTime = new IsoSecond(Long.MIN_VALUE, "", "");
    private static volatile IsoSecond lastTokenIssueTime = new IsoSecond(Long.MIN_VALUE, "", "");

    /** A whole second's texts, formatted again only when the second differs from the last one for this key. */
    private static IsoSecond isoSeconds(Instant wholeSecond, boolean issueTime) {
        long second = wholeSecond.getEpochSecond();
        IsoSecond last = issueTime ? lastTokenIssueTime : lastCurrentTime;
        if (last.epochSecond() == second) {
            return last;
        }
        IsoSecond formatted = new IsoSecond(second, DateTimeFormatter.ISO_INSTANT.format(wholeSecond),
                Long.toString(second));
        if (issueTime) {
            lastTokenIssueTime = formatted;
        } else {
            lastCurrentTime = formatted;
        }
        return formatted;
    }

    /** A key name with its lower-case form looked up once, so a request's keys skip the per-key lookup. */
    private record Key(String name, String lowerCase) {
        Key(String name) {
            this(name, RequestContext.lowerCaseKey(name));
        }

        void put(RequestContext.Builder keys, String value) {
            keys.putLowerCased(lowerCase, name, value);
        }
    }

    private static final Key CURRENT_TIME = new Key("aws:CurrentTime");
    private static final Key EPOCH_TIME = new Key("aws:EpochTime");
    private static final Key REQUESTED_REGION = new Key("aws:RequestedRegion");
    private static final Key PRINCIPAL_IS_AWS_SERVICE = new Key("aws:PrincipalIsAWSService");
    private static final Key PRINCIPAL_SERVICE_NAME = new Key("aws:PrincipalServiceName");
    private static final Key SOURCE_ACCOUNT = new Key("aws:SourceAccount");
    private static final Key SOURCE_ARN = new Key("aws:SourceArn");
    private static final Key PRINCIPAL_ACCOUNT = new Key("aws:PrincipalAccount");
    private static final Key PRINCIPAL_TYPE = new Key("aws:PrincipalType");
    private static final Key PRINCIPAL_ARN = new Key("aws:PrincipalArn");
    private static final Key USER_ID = new Key("aws:userid");
    private static final Key USER_NAME = new Key("aws:username");
    private static final Key SOURCE_IP = new Key("aws:SourceIp");
    private static final Key SECURE_TRANSPORT = new Key("aws:SecureTransport");
    private static final Key VIA_AWS_SERVICE = new Key("aws:ViaAWSService");
    private static final Key TOKEN_ISSUE_TIME = new Key("aws:TokenIssueTime");
    private static final Key MFA_PRESENT = new Key("aws:MultiFactorAuthPresent");
    private static final Key SOURCE_IDENTITY = new Key("aws:SourceIdentity");

    /** Same as {@link #of(Principal, String, Instant, String, String)} without aws:SourceAccount / aws:SourceArn. */
    public static RequestContext.Builder of(Principal principal, String region, Instant requestTime) {
        return of(principal, region, requestTime, null, null);
    }

    /**
     * The standard keys of a request, as a builder so callers can add action-specific keys (sts:ExternalId, ...).
     *
     * @param sourceAccount aws:SourceAccount, the account on whose behalf a service principal acts; only service
     *                      principals carry it
     * @param sourceArn     aws:SourceArn, the resource on whose behalf a service principal acts (the flow log)
     * @throws IllegalArgumentException when source keys are given for a caller that is not a service principal: AWS
     *                                  never adds them to such requests
     */
    public static RequestContext.Builder of(Principal principal, String region, Instant requestTime,
                                            String sourceAccount, String sourceArn) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(requestTime, "requestTime");
        boolean service = principal.type() == PrincipalType.SERVICE;
        if (!service && (sourceAccount != null || sourceArn != null)) {
            throw new IllegalArgumentException(
                    "aws:SourceAccount and aws:SourceArn are only present when a service principal calls");
        }
        IsoSecond now = isoSeconds(requestTime.truncatedTo(ChronoUnit.SECONDS), false);
        RequestContext.Builder keys = RequestContext.builder();
        CURRENT_TIME.put(keys, now.text());
        EPOCH_TIME.put(keys, now.epochText());
        REQUESTED_REGION.put(keys, region);
        PRINCIPAL_IS_AWS_SERVICE.put(keys, Boolean.toString(service));
        if (service) {
            PRINCIPAL_SERVICE_NAME.put(keys, principal.serviceName());
            if (sourceAccount != null) {
                SOURCE_ACCOUNT.put(keys, sourceAccount);
            }
            if (sourceArn != null) {
                SOURCE_ARN.put(keys, sourceArn);
            }
            return keys;
        }
        PRINCIPAL_ACCOUNT.put(keys, principal.accountId());
        PRINCIPAL_TYPE.put(keys, principal.type().contextValue());
        // For sessions AWS reports the role's ARN, never the session ARN.
        PRINCIPAL_ARN.put(keys, principal.roleArn() != null ? principal.roleArn() : principal.arn());
        if (principal.userId() != null) {
            USER_ID.put(keys, principal.userId());
        }
        if (principal.type() == PrincipalType.USER) {
            USER_NAME.put(keys, principal.userName());
        }
        return keys;
    }

    /**
     * The keys of how the request arrived: aws:SourceIp (when known), aws:SecureTransport (flowsim serves plain HTTP
     * only, so always false) and aws:ViaAWSService (false: no AWS service forwards calls in flowsim).
     */
    public static RequestContext.Builder addTransportKeys(RequestContext.Builder keys, String sourceIp,
                                                          boolean secureTransport) {
        if (sourceIp != null && !sourceIp.isEmpty()) {
            SOURCE_IP.put(keys, sourceIp);
        }
        SECURE_TRANSPORT.put(keys, Boolean.toString(secureTransport));
        VIA_AWS_SERVICE.put(keys, "false");
        return keys;
    }

    /**
     * The keys of requests signed with role-session credentials (reference 5 and 7): aws:TokenIssueTime,
     * aws:MultiFactorAuthPresent (false: flowsim has no MFA), aws:PrincipalTag/KEY per session tag and
     * aws:SourceIdentity when the session has one.
     */
    public static RequestContext.Builder addSessionKeys(RequestContext.Builder keys, Instant tokenIssueTime,
                                                        Map<String, String> sessionTags, String sourceIdentity) {
        if (tokenIssueTime != null) {
            TOKEN_ISSUE_TIME.put(keys, isoSeconds(tokenIssueTime.truncatedTo(ChronoUnit.SECONDS), true).text());
        }
        MFA_PRESENT.put(keys, "false");
        if (sessionTags != null) {
            sessionTags.forEach((key, value) -> keys.put("aws:PrincipalTag/" + key, value));
        }
        if (sourceIdentity != null) {
            SOURCE_IDENTITY.put(keys, sourceIdentity);
        }
        return keys;
    }
}
