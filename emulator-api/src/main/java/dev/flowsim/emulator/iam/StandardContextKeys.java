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

    /** A second and its ISO-8601 text; one slot per key, as each key's seconds recur from request to request. */
    private record IsoSecond(long epochSecond, String text) {
    }

    private static volatile IsoSecond lastCurrentTime = new IsoSecond(Long.MIN_VALUE, "");
    private static volatile IsoSecond lastTokenIssueTime = new IsoSecond(Long.MIN_VALUE, "");

    /** ISO-8601 of a whole second, formatted again only when the second differs from the last one for this key. */
    private static String isoSeconds(Instant wholeSecond, boolean issueTime) {
        long second = wholeSecond.getEpochSecond();
        IsoSecond last = issueTime ? lastTokenIssueTime : lastCurrentTime;
        if (last.epochSecond() == second) {
            return last.text();
        }
        IsoSecond formatted = new IsoSecond(second, DateTimeFormatter.ISO_INSTANT.format(wholeSecond));
        if (issueTime) {
            lastTokenIssueTime = formatted;
        } else {
            lastCurrentTime = formatted;
        }
        return formatted.text();
    }

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
        Instant seconds = requestTime.truncatedTo(ChronoUnit.SECONDS);
        RequestContext.Builder keys = RequestContext.builder()
                .put("aws:CurrentTime", isoSeconds(seconds, false))
                .put("aws:EpochTime", Long.toString(seconds.getEpochSecond()))
                .put("aws:RequestedRegion", region)
                .put("aws:PrincipalIsAWSService", Boolean.toString(service));
        if (service) {
            keys.put("aws:PrincipalServiceName", principal.serviceName());
            if (sourceAccount != null) {
                keys.put("aws:SourceAccount", sourceAccount);
            }
            if (sourceArn != null) {
                keys.put("aws:SourceArn", sourceArn);
            }
            return keys;
        }
        keys.put("aws:PrincipalAccount", principal.accountId())
                .put("aws:PrincipalType", principal.type().contextValue())
                // For sessions AWS reports the role's ARN, never the session ARN.
                .put("aws:PrincipalArn", principal.roleArn() != null ? principal.roleArn() : principal.arn());
        if (principal.userId() != null) {
            keys.put("aws:userid", principal.userId());
        }
        if (principal.type() == PrincipalType.USER) {
            keys.put("aws:username", principal.userName());
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
            keys.put("aws:SourceIp", sourceIp);
        }
        return keys.put("aws:SecureTransport", Boolean.toString(secureTransport))
                .put("aws:ViaAWSService", "false");
    }

    /**
     * The keys of requests signed with role-session credentials (reference 5 and 7): aws:TokenIssueTime,
     * aws:MultiFactorAuthPresent (false: flowsim has no MFA), aws:PrincipalTag/KEY per session tag and
     * aws:SourceIdentity when the session has one.
     */
    public static RequestContext.Builder addSessionKeys(RequestContext.Builder keys, Instant tokenIssueTime,
                                                        Map<String, String> sessionTags, String sourceIdentity) {
        if (tokenIssueTime != null) {
            keys.put("aws:TokenIssueTime", isoSeconds(tokenIssueTime.truncatedTo(ChronoUnit.SECONDS), true));
        }
        keys.put("aws:MultiFactorAuthPresent", "false");
        if (sessionTags != null) {
            sessionTags.forEach((key, value) -> keys.put("aws:PrincipalTag/" + key, value));
        }
        if (sourceIdentity != null) {
            keys.put("aws:SourceIdentity", sourceIdentity);
        }
        return keys;
    }
}
