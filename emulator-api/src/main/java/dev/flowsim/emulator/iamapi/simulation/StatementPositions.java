package dev.flowsim.emulator.iamapi.simulation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each statement of a policy text starts and ends, as the simulator reports it. AWS's published example
 * ({@code aws iam simulate-custom-policy} in the CLI's documentation) puts StartPosition just after the statement's
 * opening brace and EndPosition just after its closing brace, lines and columns counted from 1: that is the
 * parser's location after reading each brace, which is what this returns.
 */
final class StatementPositions {

    private static final JsonFactory JSON = new JsonFactory();

    private StatementPositions() {
    }

    /** One start/end pair per statement, in document order; empty if the text has no Statement element. */
    static List<SimulationResult.Position[]> of(String policyText) {
        List<SimulationResult.Position[]> out = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(policyText)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"Statement".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.START_OBJECT) {
                    out.add(statement(parser));
                } else if (value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        out.add(statement(parser));
                    }
                }
                return out;
            }
        } catch (IOException e) {
            // The policy was parsed already; a text the engine accepted but this reader does not simply has no positions.
            return out;
        }
        return out;
    }

    /** Called with the parser on the statement's START_OBJECT; leaves it on the matching END_OBJECT. */
    private static SimulationResult.Position[] statement(JsonParser parser) throws IOException {
        SimulationResult.Position start = position(parser.currentLocation());
        parser.skipChildren();
        return new SimulationResult.Position[] {start, position(parser.currentLocation())};
    }

    private static SimulationResult.Position position(JsonLocation location) {
        return new SimulationResult.Position(location.getLineNr(), location.getColumnNr());
    }
}
