package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * DescribeLogGroups: the caller's groups in the region, ASCII-sorted by name, filtered by prefix, substring
 * pattern, class or identifiers, paged. The cross-account members (accountIdentifiers, includeLinkedAccounts) are
 * validated and otherwise ignored: flowsim has no monitoring accounts.
 */
final class DescribeLogGroupsHandler implements OperationHandler<ObjectNode> {

    private static final String PREFIX = "logGroupNamePrefix";
    private static final String PATTERN = "logGroupNamePattern";
    private static final String IDENTIFIERS = "logGroupIdentifiers";

    private final LogStore store;
    private final ToIntFunction<LogGroup> metricFilterCount;

    DescribeLogGroupsHandler(LogStore store, ToIntFunction<LogGroup> metricFilterCount) {
        this.store = store;
        this.metricFilterCount = metricFilterCount;
    }

    @Override
    public String name() {
        return "DescribeLogGroups";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DescribeLogGroups",
                LogsArns.accountActionResource(call.region(), GroupReference.targetAccount(call))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        ArrayNode accountIdentifiers = in.stringList("accountIdentifiers");
        String prefix = in.string(PREFIX);
        String pattern = in.string(PATTERN);
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        in.bool("includeLinkedAccounts");
        String logGroupClass = in.string("logGroupClass");
        ArrayNode identifiers = in.stringList(IDENTIFIERS);

        CoralValidation v = new CoralValidation();
        if (accountIdentifiers != null) {
            v.size("accountIdentifiers", texts(accountIdentifiers), accountIdentifiers.size(), 0, 20);
            for (int i = 0; i < accountIdentifiers.size(); i++) {
                v.string("accountIdentifiers." + (i + 1) + ".member", accountIdentifiers.get(i).asText(),
                        LogsShapes.ACCOUNT_ID);
            }
        }
        v.string(PREFIX, prefix, LogsShapes.LOG_GROUP_NAME)
                .string(PATTERN, pattern, LogsShapes.LOG_GROUP_NAME_PATTERN)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.DESCRIBE_LIMIT_MAX)
                .oneOf("logGroupClass", logGroupClass, LogsShapes.LOG_GROUP_CLASSES);
        if (identifiers != null) {
            v.size(IDENTIFIERS, texts(identifiers), identifiers.size(), 1, 50);
            for (int i = 0; i < identifiers.size(); i++) {
                v.string(IDENTIFIERS + "." + (i + 1) + ".member", identifiers.get(i).asText(),
                        LogsShapes.LOG_GROUP_IDENTIFIER);
            }
        }
        v.throwIfInvalid();
        if (prefix != null && pattern != null) {
            throw LogsErrors.invalidParameter(
                    "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
        }
        if (identifiers != null && (prefix != null || pattern != null)) {
            // AWS documents the exclusion; this wording has not been observed from AWS.
            throw LogsErrors.invalidParameter(
                    "LogGroup identifiers cannot be combined with a LogGroup name prefix or pattern.");
        }

        Predicate<LogGroup> filter = g -> (prefix == null || g.name().startsWith(prefix))
                && (pattern == null || g.name().contains(pattern))
                && (logGroupClass == null || g.logGroupClass().name().equals(logGroupClass));
        if (identifiers != null) {
            Set<String> wanted = identifiedNames(call, identifiers);
            filter = filter.and(g -> wanted.contains(g.name()));
        }
        return page(call, filter, limit == null ? LogsShapes.DESCRIBE_LIMIT_MAX : limit, nextToken, pattern != null);
    }

    private ObjectNode page(Call call, Predicate<LogGroup> filter, int limit, String nextToken, boolean byPattern) {
        NavigableMap<String, LogGroup> groups = store.groupsByName(GroupReference.targetAccount(call), call.region());
        if (nextToken != null) {
            groups = groups.tailMap(PageTokens.decode(name(), nextToken, 1).get(0), false);
        }
        List<LogGroup> page = new ArrayList<>(limit);
        boolean more = false;
        for (LogGroup g : groups.values()) {
            if (filter.test(g)) {
                if (page.size() == limit) {
                    more = true;
                    break;
                }
                page.add(g);
            }
        }
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode out = result.putArray("logGroups");
        page.forEach(g -> out.add(render(g, byPattern)));
        if (more) {
            result.put("nextToken", PageTokens.encode(name(), List.of(page.get(page.size() - 1).name())));
        }
        return result;
    }

    /** Names of the caller's groups among the identifiers; ARNs of other accounts or regions match nothing. */
    private static Set<String> identifiedNames(Call call, ArrayNode identifiers) {
        Set<String> names = new HashSet<>();
        for (JsonNode id : identifiers) {
            GroupReference ref = GroupReference.byIdentifier(call, id.asText());
            if (ref.reachable() && ref.account().equals(GroupReference.targetAccount(call))) {
                names.add(ref.name());
            }
        }
        return names;
    }

    /** Fields in model order; AWS leaves out storedBytes and deletionProtectionEnabled when searching by pattern. */
    private ObjectNode render(LogGroup g, boolean byPattern) {
        ObjectNode node = JsonProtocol.MAPPER.createObjectNode();
        node.put("logGroupName", g.name());
        node.put("creationTime", g.creationTime());
        g.retentionInDays().ifPresent(days -> node.put("retentionInDays", days));
        node.put("metricFilterCount", metricFilterCount.applyAsInt(g));
        node.put("arn", LogsArns.logGroupWildcard(g.region(), g.account(), g.name()));
        if (!byPattern) {
            node.put("storedBytes", g.storedBytes());
        }
        g.kmsKeyId().ifPresent(key -> node.put("kmsKeyId", key));
        node.put("logGroupClass", g.logGroupClass().name());
        node.put("logGroupArn", LogsArns.logGroup(g.region(), g.account(), g.name()));
        if (!byPattern) {
            node.put("deletionProtectionEnabled", g.deletionProtectionEnabled());
        }
        return node;
    }

    private static List<String> texts(ArrayNode list) {
        List<String> texts = new ArrayList<>(list.size());
        list.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
