package dev.flowsim.emulator.identity.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.iam.MalformedPolicyException;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.AccessKey;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.identity.PolicyAttachments;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.identity.User;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates what an {@link AccountsConfig} describes in IAM state and the credential store. Everything is checked
 * first (account ids, names, key ids, unique keys, policy documents with IAM's grammar, attachments), so a bad
 * configuration changes nothing; errors name the member path, e.g. {@code accounts[1].users[0].accessKeys[0]}.
 */
public final class AccountsSetup {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007F]+/");
    private static final Pattern KEY_ID = Pattern.compile("\\w{16,128}");

    private final IamState iam;
    private final CredentialStore credentials;
    private final IdSource ids;
    private final Instant now;
    private final List<Runnable> actions = new ArrayList<>();
    private final Set<String> keyIds = new HashSet<>();

    private AccountsSetup(IamState iam, CredentialStore credentials, IdSource ids, Instant now) {
        this.iam = iam;
        this.credentials = credentials;
        this.ids = ids;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Validates all of {@code config}, then applies it. */
    public static void apply(AccountsConfig config, IamState iam, CredentialStore credentials, IdSource ids,
                             Instant now) {
        AccountsSetup setup = new AccountsSetup(iam, credentials, ids, now);
        Set<String> accountIds = new HashSet<>();
        for (int i = 0; i < config.accounts().size(); i++) {
            AccountsConfig.Account account = config.accounts().get(i);
            String at = "accounts[" + i + "]";
            require(account.id() != null && ACCOUNT_ID.matcher(account.id()).matches(), at + ".id",
                    "must be a 12-digit account id");
            require(accountIds.add(account.id()), at + ".id", "account " + account.id() + " is listed twice");
            setup.plan(account, at);
        }
        setup.actions.forEach(Runnable::run);
    }

    private void plan(AccountsConfig.Account account, String at) {
        String id = account.id();
        for (int k = 0; k < account.rootAccessKeys().size(); k++) {
            key(account.rootAccessKeys().get(k), at + ".rootAccessKeys[" + k + "]", Principal.root(id), null, id);
        }
        Map<String, String> policyArns = new LinkedHashMap<>();
        for (int p = 0; p < account.managedPolicies().size(); p++) {
            AccountsConfig.ManagedPolicy mp = account.managedPolicies().get(p);
            String pat = at + ".managedPolicies[" + p + "]";
            String path = path(mp.path(), pat);
            name(mp.name(), pat + ".name");
            Role.StoredPolicy doc = document(mp.document(), PolicyKind.IDENTITY, pat + ".document");
            ManagedPolicy policy = new ManagedPolicy(id, mp.name(), path, ids.upperAlnum("ANPA", 17),
                    ManagedPolicy.arn(id, path, mp.name()), mp.description(), now, now, "v1",
                    List.of(new ManagedPolicy.Version("v1", doc, now)), 2);
            require(policyArns.put(mp.name(), policy.arn()) == null, pat + ".name", "policy " + mp.name()
                    + " is listed twice");
            actions.add(() -> iam.addPolicy(policy));
        }
        Set<String> userNames = new HashSet<>();
        for (int u = 0; u < account.users().size(); u++) {
            AccountsConfig.User cu = account.users().get(u);
            String uat = at + ".users[" + u + "]";
            name(cu.name(), uat + ".name");
            require(userNames.add(cu.name().toLowerCase(java.util.Locale.ROOT)), uat + ".name",
                    "user " + cu.name() + " is listed twice");
            String path = path(cu.path(), uat);
            User user = new User(id, cu.name(), path, ids.upperAlnum("AIDA", 17), User.arn(id, path, cu.name()), now,
                    inline(cu.inlinePolicies(), uat));
            actions.add(() -> iam.addUser(user));
            attach(user.arn(), cu.attachedPolicies(), policyArns, uat);
            for (int k = 0; k < cu.accessKeys().size(); k++) {
                key(cu.accessKeys().get(k), uat + ".accessKeys[" + k + "]",
                        Principal.user(user.arn(), user.userId()), user.name(), id);
            }
            require(cu.accessKeys().size() <= AccessKey.MAX_PER_USER, uat + ".accessKeys",
                    "a user has at most " + AccessKey.MAX_PER_USER + " access keys");
        }
        Set<String> roleNames = new HashSet<>();
        for (int r = 0; r < account.roles().size(); r++) {
            AccountsConfig.Role cr = account.roles().get(r);
            String rat = at + ".roles[" + r + "]";
            name(cr.name(), rat + ".name");
            require(roleNames.add(cr.name().toLowerCase(java.util.Locale.ROOT)), rat + ".name",
                    "role " + cr.name() + " is listed twice");
            String path = path(cr.path(), rat);
            Role.StoredPolicy trust = document(cr.trustPolicy(), PolicyKind.TRUST, rat + ".trustPolicy");
            Role role = new Role(id, cr.name(), path, ids.upperAlnum("AROA", 17),
                    "arn:aws:iam::" + id + ":role" + path + cr.name(), now, cr.description(), 3600, trust,
                    inline(cr.inlinePolicies(), rat));
            actions.add(() -> iam.addRole(role));
            attach(role.arn(), cr.attachedPolicies(), policyArns, rat);
        }
    }

    private void key(AccountsConfig.Key key, String at, Principal principal, String userName, String account) {
        require(key != null && key.accessKeyId() != null && KEY_ID.matcher(key.accessKeyId()).matches(),
                at + ".accessKeyId", "must be 16 to 128 letters, digits or underscores");
        require(key.secretAccessKey() != null && !key.secretAccessKey().isEmpty(), at + ".secretAccessKey",
                "must not be empty");
        require(credentials.find(key.accessKeyId()).isEmpty() && keyIds.add(key.accessKeyId()),
                at + ".accessKeyId", "access key " + key.accessKeyId() + " is used twice");
        actions.add(() -> {
            credentials.register(Credential.longTerm(key.accessKeyId(), key.secretAccessKey(), principal));
            if (userName != null) {
                iam.addAccessKey(new AccessKey(key.accessKeyId(), account, userName, "Active", now));
            }
        });
    }

    private void attach(String entityArn, List<String> refs, Map<String, String> policyArns, String at) {
        require(refs.size() <= PolicyAttachments.MAX_PER_ENTITY, at + ".attachedPolicies",
                "at most " + PolicyAttachments.MAX_PER_ENTITY + " managed policies may be attached");
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            String arn = ref != null && ref.startsWith("arn:") ? ref : policyArns.get(ref);
            require(arn != null && policyArns.containsValue(arn), at + ".attachedPolicies[" + i + "]",
                    "no managed policy " + ref + " in this account's managedPolicies");
            actions.add(() -> iam.attachments().attach(entityArn, arn));
        }
    }

    private Map<String, Role.StoredPolicy> inline(Map<String, JsonNode> policies, String at) {
        Map<String, Role.StoredPolicy> out = new LinkedHashMap<>();
        policies.forEach((name, doc) -> {
            name(name, at + ".inlinePolicies");
            out.put(name, document(doc, PolicyKind.IDENTITY, at + ".inlinePolicies." + name));
        });
        return out;
    }

    private static Role.StoredPolicy document(JsonNode node, PolicyKind kind, String at) {
        require(node != null && !node.isNull(), at, "a policy document is required");
        String text = node.isTextual() ? node.textValue() : node.toString();
        try {
            return new Role.StoredPolicy(text, PolicyParser.parse(text, kind));
        } catch (MalformedPolicyException e) {
            throw new ConfigException(at + ": MalformedPolicyDocument: " + e.getMessage());
        }
    }

    private static String path(String path, String at) {
        String value = path == null ? "/" : path;
        require(PATH.matcher(value).matches(), at + ".path", "must be / or begin and end with /");
        return value;
    }

    private static void name(String name, String at) {
        require(name != null && NAME.matcher(name).matches(), at,
                "must be 1 to 64 characters of letters, digits and +=,.@_-");
    }

    private static void require(boolean ok, String at, String problem) {
        if (!ok) {
            throw new ConfigException(at + ": " + problem);
        }
    }
}
