package dev.flowsim.emulator.service;

import dev.flowsim.emulator.auth.ProtocolFamily;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulated services by SigV4 signing name ({@code logs}, {@code sts}, {@code iam}, {@code ec2}). */
public final class ServiceRegistry {

    private final Map<String, AwsService> bySigningName = new LinkedHashMap<>();

    public ServiceRegistry(List<AwsService> services) {
        for (AwsService s : services) {
            if (bySigningName.put(s.signingName(), s) != null) {
                throw new IllegalArgumentException("service registered twice: " + s.signingName());
            }
        }
    }

    public Optional<AwsService> bySigningName(String name) {
        return Optional.ofNullable(bySigningName.get(name));
    }

    public Collection<AwsService> all() {
        return bySigningName.values();
    }

    /**
     * Best guess of which service an unauthenticated or badly signed request was meant for, so its error can be
     * answered in that service's protocol: the JSON target, else the Query service that knows the action.
     */
    public Optional<AwsService> guess(String jsonTarget, String queryAction) {
        if (jsonTarget != null) {
            return bySigningName.values().stream()
                    .filter(s -> s.protocol().family() == ProtocolFamily.JSON).findFirst();
        }
        if (queryAction != null) {
            Optional<AwsService> knows = bySigningName.values().stream()
                    .filter(s -> s.protocol().family() != ProtocolFamily.JSON)
                    .filter(s -> s.operationNames().contains(queryAction)).findFirst();
            if (knows.isPresent()) {
                return knows;
            }
        }
        return bySigningName.values().stream()
                .filter(s -> s.protocol().family() == ProtocolFamily.QUERY).findFirst();
    }
}
