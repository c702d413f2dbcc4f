package dev.flowsim.emulator.logs.insights;

/** One step of a running query: rows are pushed in, and {@link #finish()} flushes what a step holds back. */
interface Stage {

    void accept(Row row);

    void finish();
}
