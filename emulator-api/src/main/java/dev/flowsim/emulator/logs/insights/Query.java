package dev.flowsim.emulator.logs.insights;

import java.util.List;

/** A compiled Logs Insights query. */
public final class Query {

    private final String text;
    private final List<Command> commands;

    Query(String text, List<Command> commands) {
        this.text = text;
        this.commands = List.copyOf(commands);
    }

    /**
     * @throws MalformedQueryException naming the construct flowsim cannot evaluate and where it is
     */
    public static Query compile(String text) {
        return QueryParser.parse(text);
    }

    public String text() {
        return text;
    }

    List<Command> commands() {
        return commands;
    }

    /** Whether rows are aggregates (a {@code stats} command), which carry no {@code @ptr}. */
    boolean aggregated() {
        return commands.stream().anyMatch(c -> c instanceof Command.Stats);
    }

    /** The fields a result row shows, in order; {@code @timestamp, @message} when the query names none [U]. */
    List<String> visibleFields() {
        List<String> visible = List.of();
        for (Command c : commands) {
            visible = c.visible(visible);
        }
        return visible.isEmpty() ? List.of("@timestamp", "@message") : visible;
    }
}
