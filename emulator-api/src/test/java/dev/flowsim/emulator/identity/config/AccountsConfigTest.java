package dev.flowsim.emulator.identity.config;

import dev.flowsim.emulator.iam.PrincipalType;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.IdentityPolicies;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accounts configuration: strict reading with positions, validation before anything is created. */
class AccountsConfigTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"logs:*\",\"Resource\":\"*\"}]}";

    private final IamState iam = new IamState();
    private final CredentialStore credentials = new CredentialStore();

    private void apply(String json) {
        AccountsSetup.apply(AccountsConfigReader.parse(json, "accounts.json"), iam, credentials, new IdSource(1), NOW);
    }

    @Test
    void createsUsersWithKeysAndPoliciesThatTheAuthorizerSees() {
        apply("""
                {"accounts":[{"id":"111122223333",
                  "managedPolicies":[{"name":"Logs","document":%s}],
                  "users":[{"name":"alice","path":"/team/","attachedPolicies":["Logs"],
                            "inlinePolicies":{"extra":"%s"},
                            "accessKeys":[{"accessKeyId":"AKIAALICE0000000001","secretAccessKey":"s3cr3t"}]}]}]}
                """.formatted(POLICY, POLICY.replace("\"", "\\\"")));

        var key = credentials.find("AKIAALICE0000000001").orElseThrow();
        assertEquals(PrincipalType.USER, key.principal().type());
        assertEquals("arn:aws:iam::111122223333:user/team/alice", key.principal().arn());
        assertEquals("s3cr3t", key.secretAccessKey());
        assertEquals(2, IdentityPolicies.of(iam, key.principal()).size());
        assertEquals(1, iam.accessKeys("111122223333", "alice").size());
    }

    @Test
    void anUnknownKeyIsAnErrorWithLineAndColumn() {
        ConfigException e = assertThrows(ConfigException.class, () -> AccountsConfigReader.parse(
                "{\"accounts\": [\n  {\"id\": \"111122223333\",\n   \"usres\": []}]}", "accounts.json"));
        assertTrue(e.getMessage().startsWith("accounts.json:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'usres'"), e.getMessage());
        assertTrue(e.getMessage().contains("known keys: id, managedPolicies, roles, rootAccessKeys, users"),
                e.getMessage());
    }

    @Test
    void secretsNeverAppearInErrors() {
        ConfigException e = assertThrows(ConfigException.class, () -> apply("""
                {"accounts":[{"id":"111122223333","users":[{"name":"a",
                  "accessKeys":[{"accessKeyId":"AKIAALICE0000000001","secretAccessKey":"TOPSECRET"},
                                {"accessKeyId":"AKIAALICE0000000001","secretAccessKey":"TOPSECRET"}]}]}]}"""));
        assertEquals("accounts[0].users[0].accessKeys[1].accessKeyId: access key AKIAALICE0000000001 is used twice",
                e.getMessage());
        assertFalse(e.getMessage().contains("TOPSECRET"));
        assertFalse(new AccountsConfig.Key("AKIAALICE0000000001", "TOPSECRET").toString().contains("TOPSECRET"));
    }

    @Test
    void aMalformedPolicyChangesNothing() {
        ConfigException e = assertThrows(ConfigException.class, () -> apply("""
                {"accounts":[{"id":"111122223333",
                  "users":[{"name":"alice","accessKeys":[{"accessKeyId":"AKIAALICE0000000001","secretAccessKey":"s"}]}],
                  "roles":[{"name":"r","trustPolicy":{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                            "Action":"sts:AssumeRole"}]}}]}]}"""));
        assertTrue(e.getMessage().startsWith("accounts[0].roles[0].trustPolicy: MalformedPolicyDocument: "),
                e.getMessage());
        assertTrue(credentials.find("AKIAALICE0000000001").isEmpty());
        assertTrue(iam.user("111122223333", "alice").isEmpty());
    }

    @Test
    void accountIdsAreTwelveDigits() {
        ConfigException e = assertThrows(ConfigException.class, () -> apply("{\"accounts\":[{\"id\":\"12345\"}]}"));
        assertEquals("accounts[0].id: must be a 12-digit account id", e.getMessage());
    }
}
