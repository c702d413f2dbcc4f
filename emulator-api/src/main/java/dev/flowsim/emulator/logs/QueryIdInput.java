package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.service.Call;

/** The required {@code queryId} member of GetQueryResults and StopQuery. */
final class QueryIdInput {

    private QueryIdInput() {
    }

    static String required(Call call) {
        String queryId = JsonInput.of(call.json()).string("queryId");
        CoralValidation v = new CoralValidation();
        if (v.required("queryId", queryId)) {
            v.string("queryId", queryId, new StringShape(0, 256, null));
        }
        v.throwIfInvalid();
        return queryId;
    }
}
