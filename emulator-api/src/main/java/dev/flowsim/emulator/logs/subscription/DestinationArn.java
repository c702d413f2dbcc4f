package dev.flowsim.emulator.logs.subscription;

import java.util.Optional;

/**
 * A subscription filter's destination ARN, by vendor: {@code arn:aws:firehose:R:A:deliverystream/NAME},
 * {@code arn:aws:kinesis:R:A:stream/NAME}, {@code arn:aws:lambda:R:A:function:NAME},
 * {@code arn:aws:logs:R:A:destination:NAME}.
 *
 * @param vendor the ARN's service: firehose, kinesis, lambda or logs
 * @param name   the delivery stream, stream, function or destination name
 */
public record DestinationArn(String arn, String vendor, String region, String account, String name) {

    public static Optional<DestinationArn> parse(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || parts[1].isEmpty() || parts[3].isEmpty()
                || parts[4].isEmpty()) {
            return Optional.empty();
        }
        String vendor = parts[2];
        String resource = parts[5];
        String name = switch (vendor) {
            case "firehose" -> after(resource, "deliverystream/");
            case "kinesis" -> after(resource, "stream/");
            case "lambda" -> after(resource, "function:");
            case "logs" -> after(resource, "destination:");
            default -> null;
        };
        return name == null || name.isEmpty() ? Optional.empty()
                : Optional.of(new DestinationArn(arn, vendor, parts[3], parts[4], name));
    }

    private static String after(String resource, String type) {
        return resource.startsWith(type) ? resource.substring(type.length()) : null;
    }

    /** Kinesis and Firehose are written with a role CloudWatch Logs assumes; Lambda and Logs destinations are not. */
    public boolean needsRole() {
        return vendor.equals("firehose") || vendor.equals("kinesis");
    }
}
