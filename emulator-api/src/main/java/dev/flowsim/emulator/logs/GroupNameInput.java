package dev.flowsim.emulator.logs;

/**
 * The required {@code logGroupName} member most group-level operations carry: read, checked against its shape, and
 * reported with the request's other violations.
 */
final class GroupNameInput {

    static final String MEMBER = "logGroupName";

    private GroupNameInput() {
    }

    /** Reads and checks the member into {@code v}; the caller throws once every member is checked. */
    static String read(JsonInput in, CoralValidation v) {
        String name = in.string(MEMBER);
        if (v.required(MEMBER, name)) {
            v.string(MEMBER, name, LogsShapes.LOG_GROUP_NAME);
        }
        return name;
    }
}
