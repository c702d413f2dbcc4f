package dev.flowsim.cli.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The demo's output: numbered steps, indented details, and checks that decide the exit code. */
public final class DemoConsole {

    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private int step;

    public DemoConsole(PrintStream out) {
        this.out = out;
    }

    public void title(String text) {
        out.println(text);
        out.println("=".repeat(Math.min(text.length(), 100)));
    }

    public void step(String text) {
        out.println();
        out.printf("Step %d. %s%n", ++step, text);
    }

    public void detail(String text) {
        for (String line : text.split("\n", -1)) {
            out.println("   " + line);
        }
    }

    public void blank() {
        out.println();
    }

    /** Records whether what the demo promised really happened. */
    public void check(boolean ok, String what) {
        out.println("   " + (ok ? "[ok] " : "[FAILED] ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public void flush() {
        out.flush();
    }
}
