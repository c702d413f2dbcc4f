package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iamapi.QueryCalls;
import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.flowsim.emulator.iamapi.QueryCalls.NOW;
import static dev.flowsim.emulator.sts.StsApi.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session tags on AssumeRole, and how transitive tags pass along a role chain. */
class SessionTagsTest {

    static final String FIRST = "arn:aws:iam::111122223333:role/First";
    static final String SECOND = "arn:aws:iam::111122223333:role/Second";

    private final StsApi sts = new StsApi();
    private Role first;

    @BeforeEach
    void createRoles() {
        first = sts.createRole("First", "/", 3600);
        sts.createRole("Second", "/", 3600);
    }

    /** Alice assumes First with a transitive tag team=net and a plain tag stage=dev; returns the session caller. */
    private Caller firstSession() {
        String keyId = new IdSource(StsApi.SEED).upperAlnum("ASIA", 16);
        sts.assume(params(FIRST, "one", "Tags.member.1.Key", "Team", "Tags.member.1.Value", "net",
                "Tags.member.2.Key", "stage", "Tags.member.2.Value", "dev", "TransitiveTagKeys.member.1", "team"));
        return QueryCalls.session(FIRST, first.roleId(), "one", keyId);
    }

    @Test
    void tagsAreRecordedWithTheirTransitiveKeysAndMeasured() {
        String keyId = new IdSource(StsApi.SEED).upperAlnum("ASIA", 16);
        String xml = StsApi.xml(sts.assume(params(FIRST, "one", "Tags.member.1.Key", "Team",
                "Tags.member.1.Value", "net", "TransitiveTagKeys.member.1", "team")));

        AssumedSession session = sts.sessions.find(keyId).orElseThrow();
        assertEquals(List.of(new Tag("Team", "net")), session.tags());
        assertEquals(Set.of("team"), session.transitiveTagKeys());
        assertTrue(xml.contains("<PackedPolicySize>"), xml);
    }

    @Test
    void duplicateKeysAndUntaggedTransitiveKeysAreRefused() {
        sts.fails("InvalidParameterValue", 400,
                "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
                params(FIRST, "one", "Tags.member.1.Key", "team", "Tags.member.1.Value", "a",
                        "Tags.member.2.Key", "TEAM", "Tags.member.2.Value", "b"));
        sts.fails("InvalidParameterValue", 400,
                "The specified transitive tag key must be included in the requested tags.",
                params(FIRST, "one", "Tags.member.1.Key", "team", "Tags.member.1.Value", "a",
                        "TransitiveTagKeys.member.1", "stage"));
    }

    @Test
    void tagKeysAndValuesFollowTheModel() {
        sts.fails("ValidationError", 400, "1 validation error detected: Value 'a|b' at 'tags.1.member.key' failed "
                        + "to satisfy constraint: Member must satisfy regular expression pattern: "
                        + "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
                params(FIRST, "one", "Tags.member.1.Key", "a|b", "Tags.member.1.Value", "x"));
    }

    @Test
    void aChainedSessionInheritsTransitiveTagsAndMustBeAllowedToTag() {
        var caller = firstSession();
        String secondKey = secondKeyId();

        assertEquals(List.of(new AccessCheck("sts:AssumeRole", SECOND).withKey("sts:RoleSessionName", "two"),
                        new AccessCheck("sts:TagSession", SECOND).withKey("sts:RoleSessionName", "two")),
                sts.checks(caller, params(SECOND, "two")));
        sts.assume(caller, NOW, params(SECOND, "two"));

        AssumedSession chained = sts.sessions.find(secondKey).orElseThrow();
        assertEquals(List.of(new Tag("Team", "net")), chained.tags());
        assertEquals(Set.of("team"), chained.transitiveTagKeys());
    }

    @Test
    void aChainedSessionCannotOverrideAnInheritedTransitiveTag() {
        var caller = firstSession();

        QueryCalls.expectError("InvalidParameterValue", 400, "One of the specified transitive tag keys can't be set "
                        + "because it conflicts with a transitive tag key from the calling session.",
                () -> sts.assume(caller, NOW, params(SECOND, "two", "Tags.member.1.Key", "TEAM",
                        "Tags.member.1.Value", "other")));
    }

    @Test
    void tagsThatDoNotFitThePackedSpaceAreRefused() {
        // Fifty tags with 256 random letters each: within every model limit, but hardly compressible.
        SplittableRandom random = new SplittableRandom(5);
        List<Tag> tags = new ArrayList<>();
        List<String> params = new ArrayList<>(List.of(params(FIRST, "one")));
        for (int i = 1; i <= 50; i++) {
            StringBuilder value = new StringBuilder();
            random.ints(256, 'a', 'z' + 1).forEach(c -> value.append((char) c));
            tags.add(new Tag("key" + i, value.toString()));
            params.addAll(List.of("Tags.member." + i + ".Key", "key" + i, "Tags.member." + i + ".Value",
                    value.toString()));
        }
        int percent = PackedPolicySize.measure(null, tags).tagsPercent();

        sts.fails("PackedPolicyTooLarge", 400, "Packed size of session tags consumes " + percent
                + "% of allotted space.", params.toArray(String[]::new));
        assertTrue(percent > 100, "percent " + percent);
        assertEquals(0, sts.credentials.size());
    }

    /** The access key of the second session STS issues. */
    private static String secondKeyId() {
        IdSource ids = new IdSource(StsApi.SEED);
        ids.upperAlnum("ASIA", 16);
        ids.secretKey();
        ids.sessionToken();
        return ids.upperAlnum("ASIA", 16);
    }
}
