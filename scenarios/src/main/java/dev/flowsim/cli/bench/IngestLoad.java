package dev.flowsim.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load: one thread and one keep-alive connection per connection, each sending PutLogEvents as fast as the
 * server answers. With as many streams as connections each connection writes its own stream; with more, connection
 * {@code i} writes streams {@code i, i + connections, ...} in turn, one request each, every stream as its own role
 * session ({@link BenchSetup.Target#sessionOf}), as the publisher interleaves many interfaces and flow logs. Every request is signed afresh (new X-Amz-Date, SHA-256 of the body as sent, new signature) as
 * the role session; every event of a batch carries the send time, so each stream's batches arrive in time order,
 * as a real shipper's do. Counts only what the server acknowledged: HTTP 200 with no rejected events. A thread
 * prepares its next request while the server answers the current one, so a request's latency (write to answer
 * read) is at least the client's preparation time: about 1 ms for a 1 MB body, most of it SHA-256.
 */
public final class IngestLoad {

    /** How the load runs. */
    public record Settings(int connections, int batchSize, long warmupMillis, long durationMillis, long seed) {
    }

    /** One stream a connection writes: its name and the signing state of the session that owns it. */
    private record StreamWriter(String name, LightSigner signer, LightSigner.PreparedPost signing) {
    }

    /** What one thread saw in the measured window, and over the whole run. */
    public static final class Counts {
        long measuredRequests;
        long measuredEvents;
        long measuredMessageBytes;
        long measuredBodyBytes;
        long errors;
        long acknowledgedEvents;
        long acknowledgedMessageBytes;
        final LatencyRecorder latencies = new LatencyRecorder();
    }

    /** The load's outcome. */
    public record Result(long requests, long events, long messageBytes, long bodyBytes, long errors,
                         long acknowledgedEvents, long acknowledgedMessageBytes,
                         LatencyRecorder.Percentiles latency, String firstError) {
    }

    private final InetSocketAddress address;
    private final BenchSetup.Target target;
    private final Settings settings;
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final AtomicBoolean measuring = new AtomicBoolean();
    private volatile Runnable onMeasureStart = () -> { };

    public IngestLoad(InetSocketAddress address, BenchSetup.Target target, Settings settings) {
        this.address = address;
        this.target = target;
        this.settings = settings;
    }

    /**
     * Runs warm-up then the measured window; the first load thread to reach the window calls
     * {@code onMeasureStart}.
     */
    public Result run(Runnable onMeasureStart) throws InterruptedException {
        long startedAt = System.currentTimeMillis();
        long measureFrom = startedAt + settings.warmupMillis();
        long endAt = measureFrom + settings.durationMillis();
        List<Counts> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            Counts c = new Counts();
            counts.add(c);
            int first = i;
            long seed = settings.seed() + i;
            Thread t = new Thread(() -> drive(first, seed, measureFrom, endAt, c), "bench-load-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        this.onMeasureStart = onMeasureStart;
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(Math.max(1, endAt - System.currentTimeMillis() + 60_000));
        }
        long requests = 0;
        long events = 0;
        long messageBytes = 0;
        long bodyBytes = 0;
        long errors = 0;
        long acked = 0;
        long ackedBytes = 0;
        List<LatencyRecorder> recorders = new ArrayList<>();
        for (Counts c : counts) {
            requests += c.measuredRequests;
            events += c.measuredEvents;
            messageBytes += c.measuredMessageBytes;
            bodyBytes += c.measuredBodyBytes;
            errors += c.errors;
            acked += c.acknowledgedEvents;
            ackedBytes += c.acknowledgedMessageBytes;
            recorders.add(c.latencies);
        }
        return new Result(requests, events, messageBytes, bodyBytes, errors, acked, ackedBytes,
                LatencyRecorder.percentiles(recorders), firstError.get());
    }

    private void drive(int firstStream, long seed, long measureFrom, long endAt, Counts counts) {
        byte[][] lines = FlowLogLines.generate(settings.batchSize(), seed);
        long lineBytes = 0;
        for (byte[] line : lines) {
            lineBytes += line.length;
        }
        String firstName = target.streams().get(firstStream);
        BatchBody body = new BatchBody(target.logGroup(), firstName, lines);
        try (RawHttpConnection connection = new RawHttpConnection(address, 120_000)) {
            List<StreamWriter> writers = writers(firstStream, connection.host());
            int next = 0;
            // While the server works on one request the thread prepares the next (its stream, new timestamps,
            // SHA-256 of the body, signature) in the same array, whose bytes the kernel already holds: as a shipper
            // builds its next batch while one is in flight, and the server is not left idle while the client hashes.
            long lastTimestamp = System.currentTimeMillis();
            Map<String, String> signed = lastTimestamp >= endAt ? null : sign(writers.get(next), body, lastTimestamp);
            while (signed != null) {
                long sentAt = System.nanoTime();
                long signedAt = lastTimestamp;
                if (signedAt >= measureFrom && measuring.compareAndSet(false, true)) {
                    onMeasureStart.run();
                }
                byte[] bytes = body.at(signedAt);
                connection.write("POST", "/", signed, bytes);
                long now = System.currentTimeMillis();
                lastTimestamp = Math.max(lastTimestamp, now);
                next = (next + 1) % writers.size();
                signed = now >= endAt ? null : sign(writers.get(next), body, lastTimestamp);
                RawHttpConnection.Response response = connection.read();
                long latency = System.nanoTime() - sentAt;
                boolean ok = response.status() == 200 && !contains(response.body(), "rejectedLogEventsInfo");
                if (!ok) {
                    counts.errors++;
                    firstError.compareAndSet(null, "HTTP " + response.status() + ": " + response.text());
                    continue;
                }
                counts.acknowledgedEvents += lines.length;
                counts.acknowledgedMessageBytes += lineBytes;
                if (signedAt >= measureFrom) {
                    counts.measuredRequests++;
                    counts.measuredEvents += lines.length;
                    counts.measuredMessageBytes += lineBytes;
                    counts.measuredBodyBytes += bytes.length;
                    counts.latencies.record(latency);
                }
            }
        } catch (IOException | RuntimeException e) {
            counts.errors++;
            firstError.compareAndSet(null, firstName + ": " + e);
        }
    }

    /** The streams this connection writes, each with its session's signer and headers prepared once. */
    private List<StreamWriter> writers(int firstStream, String host) {
        List<StreamWriter> writers = new ArrayList<>();
        Map<AwsCalls.Keys, StreamWriter> bySession = new LinkedHashMap<>();
        for (int j = firstStream; j < target.streams().size(); j += settings.connections()) {
            String name = target.streams().get(j);
            StreamWriter shared = bySession.computeIfAbsent(target.sessionOf(j), keys -> {
                LightSigner signer = new LightSigner(keys.accessKeyId(), keys.secret(), target.region(), "logs");
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Host", host);
                headers.put("Content-Type", "application/x-amz-json-1.1");
                headers.put("X-Amz-Target", "Logs_20140328.PutLogEvents");
                headers.put("X-Amz-Security-Token", keys.sessionToken());
                return new StreamWriter(null, signer, signer.prepare(headers));
            });
            writers.add(new StreamWriter(name, shared.signer(), shared.signing()));
        }
        return writers;
    }

    /** Stamps the body with {@code timestamp} and signs it afresh: SHA-256 of the bytes to send, new signature. */
    private static Map<String, String> sign(StreamWriter writer, BatchBody body, long timestamp) {
        body.stream(writer.name());
        byte[] bytes = body.at(timestamp);
        return writer.signing().sign(writer.signer().sha256Hex(bytes), Instant.ofEpochMilli(timestamp));
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /**
     * A PutLogEvents body built once per thread, whose events' 13-digit timestamps are rewritten in place before
     * each request (so the bytes, and therefore the hash and signature, change with time).
     */
    static final class BatchBody {

        private static final VarHandle LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final VarHandle INTS =
                MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

        private final byte[] bytes;
        private final int[] timestampOffsets;
        private final int streamOffset;
        private final int streamLength;
        private long current = -1;

        BatchBody(String group, String stream, byte[][] lines) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(lines.length * 150 + 256);
            write(out, "{\"logGroupName\":\"" + group + "\",\"logStreamName\":\"");
            streamOffset = out.size();
            write(out, stream);
            streamLength = out.size() - streamOffset;
            write(out, "\",\"logEvents\":[");
            timestampOffsets = new int[lines.length];
            for (int i = 0; i < lines.length; i++) {
                write(out, (i == 0 ? "" : ",") + "{\"timestamp\":");
                timestampOffsets[i] = out.size();
                write(out, "0000000000000,\"message\":\"");
                out.writeBytes(lines[i]);
                write(out, "\"}");
            }
            write(out, "]}");
            bytes = out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        /** Names {@code stream} (plain ASCII, as long as the first one; the bench's names all are) in the body. */
        void stream(String stream) {
            byte[] name = stream.getBytes(StandardCharsets.US_ASCII);
            if (name.length != streamLength) {
                throw new IllegalArgumentException("stream name " + stream + " is not " + streamLength + " bytes");
            }
            System.arraycopy(name, 0, bytes, streamOffset, streamLength);
        }

        byte[] at(long timestampMillis) {
            if (timestampMillis != current) {
                // The 13 digits are formatted once and stored as a word of eight, one of four and a byte at each
                // event: three stores per event instead of thirteen divisions.
                byte[] digits = new byte[13];
                long v = timestampMillis;
                for (int d = 12; d >= 0; d--) {
                    digits[d] = (byte) ('0' + v % 10);
                    v /= 10;
                }
                long head = (long) LONGS.get(digits, 0);
                int middle = (int) INTS.get(digits, 8);
                byte last = digits[12];
                for (int offset : timestampOffsets) {
                    LONGS.set(bytes, offset, head);
                    INTS.set(bytes, offset + 8, middle);
                    bytes[offset + 12] = last;
                }
                current = timestampMillis;
            }
            return bytes;
        }
    }
}
