package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.filter.InvalidFilterPatternException;
import dev.flowsim.emulator.logs.filter.PatternMatch;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * TestMetricFilter: which of up to 50 messages a pattern matches, numbered from 1, with the values a
 * space-delimited pattern extracts ({@code $name}). An invalid pattern is InvalidParameterException with AWS's text.
 */
final class TestMetricFilterHandler implements OperationHandler<ObjectNode> {

    private static final int MAX_MESSAGES = 50;

    @Override
    public String name() {
        return "TestMetricFilter";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:TestMetricFilter",
                LogsArns.accountActionResource(call.region(), call.accountId())));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String pattern = in.string("filterPattern");
        ArrayNode messages = in.stringList("logEventMessages");
        CoralValidation v = new CoralValidation();
        if (v.required("filterPattern", pattern)) {
            v.string("filterPattern", pattern, new StringShape(0, 1024, null));
        }
        if (v.required("logEventMessages", messages)) {
            v.size("logEventMessages", messages, messages.size(), 1, MAX_MESSAGES);
        }
        v.throwIfInvalid();
        FilterPattern compiled;
        try {
            compiled = FilterPattern.compile(pattern);
        } catch (InvalidFilterPatternException e) {
            throw LogsErrors.invalidParameter(e.getMessage());
        }
        ObjectNode out = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode matches = out.putArray("matches");
        for (int i = 0; i < messages.size(); i++) {
            String message = messages.get(i).asText();
            PatternMatch match = compiled.match(message);
            if (match != null) {
                ObjectNode record = matches.addObject().put("eventNumber", i + 1).put("eventMessage", message);
                ObjectNode values = record.putObject("extractedValues");
                match.extractedValues().forEach(values::put);
            }
        }
        return out;
    }
}
