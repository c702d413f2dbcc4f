package dev.flowsim.cli.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Version-2 VPC flow-log lines of about 110 bytes, from a seed, as the load's messages. */
public final class FlowLogLines {

    private FlowLogLines() {
    }

    /** {@code count} different lines; each is ASCII, so its length is its UTF-8 size. */
    public static byte[][] generate(int count, long seed) {
        Random random = new Random(seed);
        byte[][] lines = new byte[count][];
        for (int i = 0; i < count; i++) {
            long start = 1_735_732_800L + random.nextInt(86_400);
            String line = "2 123456789012 eni-" + hex(random, 17) + " 10." + random.nextInt(256) + "."
                    + random.nextInt(256) + "." + random.nextInt(256) + " 10." + random.nextInt(256) + "."
                    + random.nextInt(256) + " " + (1024 + random.nextInt(64_000)) + " 443 6 "
                    + (1 + random.nextInt(9)) + " " + (40 + random.nextInt(9_000)) + " " + start + " "
                    + (start + 60) + (random.nextInt(10) == 0 ? " REJECT OK" : " ACCEPT OK");
            lines[i] = line.getBytes(StandardCharsets.US_ASCII);
        }
        return lines;
    }

    private static String hex(Random random, int digits) {
        StringBuilder s = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }
}
