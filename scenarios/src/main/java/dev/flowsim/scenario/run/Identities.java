package dev.flowsim.scenario.run;

import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.scenario.model.ManagedPolicySpec;
import dev.flowsim.scenario.model.RoleSpec;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TimelineEvent;
import dev.flowsim.scenario.model.UserSpec;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;

import java.util.Optional;

/**
 * A scenario's IAM identities, made with the IAM API as each account's root user: customer managed policies,
 * roles (trust, inline and attached policies), users (inline and attached policies, access keys). A user's first
 * access key is registered with {@link AccountClients} so the runner can act as the user.
 */
final class Identities {

    private final Scenario scenario;
    private final AccountClients clients;

    Identities(Scenario scenario, AccountClients clients) {
        this.scenario = scenario;
        this.clients = clients;
    }

    /** The client key of a user, for {@link AccountClients#of}. */
    static String userKey(String account, String user) {
        return account + "/user/" + user;
    }

    void build() {
        scenario.managedPolicies().forEach(this::createManagedPolicy);
        scenario.roles().forEach(this::createRole);
        scenario.users().forEach(this::createUser);
    }

    void createRole(RoleSpec r) {
        String account = account(r.account());
        String region = regionOf(r.region());
        IamClient iam = iam(account);
        iam.createRole(b -> b.roleName(r.name()).assumeRolePolicyDocument(r.trust().resolve(account, region)));
        for (RoleSpec.InlinePolicy p : r.policies()) {
            iam.putRolePolicy(b -> b.roleName(r.name()).policyName(p.name())
                    .policyDocument(p.document().resolve(account, region)));
        }
        for (String policy : r.managedPolicies()) {
            iam.attachRolePolicy(b -> b.roleName(r.name()).policyArn(policyArn(policy, account)));
        }
    }

    /** Detaches and deletes what IAM requires first (inline and attached policies), then the role. */
    void deleteRole(String name) {
        IamClient iam = iam(accountOfRole(name));
        for (String policy : iam.listRolePolicies(b -> b.roleName(name)).policyNames()) {
            iam.deleteRolePolicy(b -> b.roleName(name).policyName(policy));
        }
        iam.listAttachedRolePolicies(b -> b.roleName(name)).attachedPolicies().forEach(p ->
                iam.detachRolePolicy(b -> b.roleName(name).policyArn(p.policyArn())));
        iam.deleteRole(b -> b.roleName(name));
    }

    void attach(TimelineEvent.PolicyAttachment a) {
        if (a.role() != null) {
            String account = accountOfRole(a.role());
            iam(account).attachRolePolicy(b -> b.roleName(a.role()).policyArn(policyArn(a.policy(), account)));
        } else {
            String account = accountOfUser(a.user());
            iam(account).attachUserPolicy(b -> b.userName(a.user()).policyArn(policyArn(a.policy(), account)));
        }
    }

    void detach(TimelineEvent.PolicyAttachment a) {
        if (a.role() != null) {
            String account = accountOfRole(a.role());
            iam(account).detachRolePolicy(b -> b.roleName(a.role()).policyArn(policyArn(a.policy(), account)));
        } else {
            String account = accountOfUser(a.user());
            iam(account).detachUserPolicy(b -> b.userName(a.user()).policyArn(policyArn(a.policy(), account)));
        }
    }

    String accountOfRole(String roleName) {
        return scenario.roles().stream().filter(r -> r.name().equals(roleName)).map(r -> account(r.account()))
                .findFirst().orElseGet(() -> scenario.timeline().stream().filter(e -> e.createRole() != null
                        && e.createRole().name().equals(roleName)).map(e -> account(e.createRole().account()))
                        .findFirst().orElse(EmulatorOptions.DEFAULT_ACCOUNT));
    }

    /** {@code ${region}} in a role's policies: its own region if it names one, else the scenario's. */
    String regionOfRole(String roleName) {
        return scenario.roles().stream().filter(r -> r.name().equals(roleName)).map(r -> regionOf(r.region()))
                .findFirst().orElse(scenario.regionOrDefault());
    }

    String accountOfUser(String userName) {
        return user(userName).map(u -> account(u.account())).orElse(EmulatorOptions.DEFAULT_ACCOUNT);
    }

    Optional<UserSpec> user(String name) {
        return scenario.users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    private void createManagedPolicy(ManagedPolicySpec p) {
        String account = account(p.account());
        iam(account).createPolicy(b -> b.policyName(p.name()).path(p.pathOrDefault()).description(p.description())
                .policyDocument(p.document().resolve(account, regionOf(p.region()))));
    }

    private void createUser(UserSpec u) {
        String account = account(u.account());
        String region = regionOf(u.region());
        IamClient iam = iam(account);
        iam.createUser(b -> b.userName(u.name()));
        for (RoleSpec.InlinePolicy p : u.policies()) {
            iam.putUserPolicy(b -> b.userName(u.name()).policyName(p.name())
                    .policyDocument(p.document().resolve(account, region)));
        }
        for (String policy : u.managedPolicies()) {
            iam.attachUserPolicy(b -> b.userName(u.name()).policyArn(policyArn(policy, account)));
        }
        for (int i = 0; i < u.accessKeysOrDefault(); i++) {
            AccessKey key = iam.createAccessKey(b -> b.userName(u.name())).accessKey();
            if (i == 0) {
                clients.register(userKey(account, u.name()), key.accessKeyId(), key.secretAccessKey());
            }
        }
    }

    /** A scenario's managed policy by name (in {@code account}), or an ARN as written. */
    private String policyArn(String policy, String account) {
        if (policy.startsWith("arn:")) {
            return policy.replace("${account}", account);
        }
        return scenario.managedPolicies().stream()
                .filter(p -> p.name().equals(policy) && account(p.account()).equals(account))
                .map(p -> p.arnIn(account)).findFirst()
                .orElse("arn:aws:iam::" + account + ":policy/" + policy);
    }

    private IamClient iam(String account) {
        return clients.of(account, scenario.regionOrDefault()).iam();
    }

    private static String account(String account) {
        return account == null ? EmulatorOptions.DEFAULT_ACCOUNT : account;
    }

    private String regionOf(String region) {
        return region == null ? scenario.regionOrDefault() : region;
    }
}
