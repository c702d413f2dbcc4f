package dev.flowsim.emulator.iam;

import java.util.Optional;

/**
 * An ARN split into its six fields. The first five never contain ':'; the resource part may, and keeps them.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    /** Splits {@code text}; empty when it is not of the form arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE. */
    public static Optional<Arn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] fields = text.split(":", 6);
        if (fields.length != 6 || !fields[0].equals("arn")) {
            return Optional.empty();
        }
        return Optional.of(new Arn(fields[1], fields[2], fields[3], fields[4], fields[5]));
    }

    /** Whether {@link #parse} would succeed ("arn:" and at least five ':'), without cutting the text apart. */
    public static boolean isArn(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return false;
        }
        int colons = 1;
        for (int i = 4; i < text.length() && colons < 5; i++) {
            if (text.charAt(i) == ':') {
                colons++;
            }
        }
        return colons == 5;
    }

    /** The last '/'-separated segment of the resource part: a role or user name without its path. */
    public String resourceName() {
        int slash = resource.lastIndexOf('/');
        return slash < 0 ? resource : resource.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
