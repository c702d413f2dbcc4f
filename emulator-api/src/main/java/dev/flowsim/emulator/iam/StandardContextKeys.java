package dev.flowsim.emulator.iam;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The global condition keys AWS adds to every request, derived from the caller, the region called and the request
 * time (which comes from the injected simulation clock, never the wall clock).
 */
public final class StandardContextKeys {

    private StandardContextKeys() {
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
                .put("aws:CurrentTime", DateTimeFormatter.ISO_INSTANT.format(seconds))
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
}
