package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The streams a FilterLogEvents request reads: every stream of the group, the named ones, or those whose name starts
 * with a prefix. Named streams that do not exist are skipped rather than refused (a choice of ours, [U]).
 */
final class StreamSelection {

    private StreamSelection() {
    }

    static List<LogStream> of(LogGroup group, List<String> names, String prefix) {
        if (names != null) {
            List<LogStream> streams = new ArrayList<>(names.size());
            names.stream().distinct().map(group::stream).flatMap(Optional::stream).forEach(streams::add);
            return streams;
        }
        if (prefix != null) {
            return new ArrayList<>(group.streamsByName().subMap(prefix, true, prefix + Character.MAX_VALUE, true)
                    .values().stream().filter(s -> s.name().startsWith(prefix)).toList());
        }
        return group.streams();
    }
}
