package dev.flowsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.scenario.model.ExpectationSpec;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published JSON Schema names exactly the keys the loader accepts. */
class SchemaTest {

    private static Set<String> components(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void schemaAndModelAgree() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("..", "docs", "scenario.schema.json").toFile());
        assertEquals(components(Scenario.class), properties(schema));
        assertEquals(components(TimelineEvent.class), properties(schema.at("/$defs/event")));
        assertEquals(components(ExpectationSpec.class), properties(schema.at("/$defs/expectation")));
    }
}
