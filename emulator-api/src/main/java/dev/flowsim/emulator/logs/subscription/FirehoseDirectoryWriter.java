package dev.flowsim.emulator.logs.subscription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes records the way Firehose writes them to S3: object key
 * {@code <prefix>YYYY/MM/DD/HH/<stream>-1-YYYY-MM-DD-HH-MM-SS-<uuid>} (UTC, at delivery time), the records' bytes
 * back to back with no separator. CloudWatch Logs records are already gzip, so an object is a run of gzip members,
 * which {@code zcat} or {@link java.util.zip.GZIPInputStream} read as one stream of JSON documents. An object is written
 * under a temporary name and moved into place, so a reader never sees half of one.
 */
final class FirehoseDirectoryWriter {

    private static final DateTimeFormatter FOLDERS = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);

    private FirehoseDirectoryWriter() {
    }

    /** The object's path relative to the destination directory. */
    static String objectKey(String prefix, String deliveryStream, Instant at, String uuid) {
        return prefix + FOLDERS.format(at) + "/" + deliveryStream + "-1-" + STAMP.format(at) + "-" + uuid;
    }

    static Path write(SubscriptionDestination.Directory destination, String deliveryStream, Instant at, String uuid,
                      List<byte[]> records) throws DeliveryException {
        Path target = destination.directory().resolve(objectKey(destination.prefix(), deliveryStream, at, uuid));
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
            try (var out = Files.newOutputStream(partial)) {
                for (byte[] record : records) {
                    out.write(record);
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | RuntimeException e) {
            throw new DeliveryException("write_failed", "cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
