package dev.flowsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.scenario.model.ExpectationSpec;
import dev.flowsim.scenario.model.FixSpec;
import dev.flowsim.scenario.model.FlowLogSpec;
import dev.flowsim.scenario.model.LogGroupSpec;
import dev.flowsim.scenario.model.ManagedPolicySpec;
import dev.flowsim.scenario.model.ResourcePolicySpec;
import dev.flowsim.scenario.model.RoleSpec;
import dev.flowsim.scenario.model.TimelineEvent;
import dev.flowsim.scenario.model.UserSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published schema's definitions of the identity, flow-log and timeline shapes name exactly the model's keys. */
class SchemaDefinitionsTest {

    private static Set<String> components(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void definitionsAndModelAgree() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("..", "docs", "scenario.schema.json").toFile());
        assertEquals(components(UserSpec.class), properties(schema.at("/$defs/user")));
        assertEquals(components(ManagedPolicySpec.class), properties(schema.at("/$defs/managedPolicy")));
        assertEquals(components(RoleSpec.class), properties(schema.at("/$defs/role")));
        assertEquals(components(FlowLogSpec.class), properties(schema.at("/$defs/flowLog")));
        assertEquals(components(FixSpec.class), properties(schema.at("/properties/fix")));
        assertEquals(components(ResourcePolicySpec.class), properties(schema.at("/$defs/resourcePolicy")));
        assertEquals(components(LogGroupSpec.class), properties(schema.at("/$defs/logGroup")));
        JsonNode event = schema.at("/$defs/event/properties");
        assertEquals(components(TimelineEvent.PolicyAttachment.class), properties(event.get("attachPolicy")));
        assertEquals(components(TimelineEvent.PolicyAttachment.class), properties(event.get("detachPolicy")));
        assertEquals(components(TimelineEvent.ResourcePolicyChange.class),
                properties(event.get("putResourcePolicy")));
        assertEquals(components(TimelineEvent.ResourcePolicyName.class),
                properties(event.get("deleteResourcePolicy")));
        assertEquals(components(TimelineEvent.FlowLogChange.class), properties(event.get("changeFlowLog")));
        assertEquals(components(ExpectationSpec.FlowLogCreation.class),
                properties(schema.at("/$defs/expectation/properties/flowLogCreation")));
    }
}
