package dev.flowsim.emulator.iamapi.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A simulation result as the AWS CLI prints SimulatePolicyResponse: the same members, indented by four spaces. */
public final class SimulationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulationJson() {
    }

    public static ObjectNode tree(SimulationResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("EvaluationResults");
        for (SimulationResult.Evaluation e : result.results()) {
            ObjectNode node = list.addObject();
            node.put("EvalActionName", e.actionName());
            node.put("EvalResourceName", e.resourceName());
            node.put("EvalDecision", e.decision());
            matched(node, e.matched());
            names(node, e.missingContextValues());
            boundary(node, e.allowedByBoundary());
            if (!e.resourceSpecific().isEmpty()) {
                ArrayNode specific = node.putArray("ResourceSpecificResults");
                for (SimulationResult.ResourceSpecific r : e.resourceSpecific()) {
                    ObjectNode rn = specific.addObject();
                    rn.put("EvalResourceName", r.resourceName());
                    rn.put("EvalResourceDecision", r.decision());
                    matched(rn, r.matched());
                    names(rn, r.missingContextValues());
                    boundary(rn, r.allowedByBoundary());
                }
            }
        }
        // The CLI pages through every result itself and prints the whole list; only a page asked for with MaxItems
        // that is not the last one says so.
        if (result.truncated()) {
            root.put("IsTruncated", true);
            root.put("Marker", result.nextMarker());
        }
        return root;
    }

    public static String print(SimulationResult result) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("    ", "\n"))
                .withArrayIndenter(new DefaultIndenter("    ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(tree(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void matched(ObjectNode node, List<SimulationResult.Matched> statements) {
        ArrayNode list = node.putArray("MatchedStatements");
        for (SimulationResult.Matched m : statements) {
            ObjectNode s = list.addObject();
            s.put("SourcePolicyId", m.sourcePolicyId());
            if (m.sourcePolicyType() != null) {
                s.put("SourcePolicyType", m.sourcePolicyType());
            }
            position(s, "StartPosition", m.start());
            position(s, "EndPosition", m.end());
        }
    }

    private static void position(ObjectNode node, String name, SimulationResult.Position position) {
        if (position != null) {
            node.putObject(name).put("Line", position.line()).put("Column", position.column());
        }
    }

    private static void names(ObjectNode node, List<String> names) {
        ArrayNode list = node.putArray("MissingContextValues");
        names.forEach(list::add);
    }

    private static void boundary(ObjectNode node, Boolean allowed) {
        if (allowed != null) {
            node.putObject("PermissionsBoundaryDecisionDetail").put("AllowedByPermissionsBoundary", allowed);
        }
    }
}
