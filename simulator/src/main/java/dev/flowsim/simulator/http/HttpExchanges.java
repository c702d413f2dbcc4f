package dev.flowsim.simulator.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP/1.1 exchanges on the JDK's {@link HttpClient} (keep-alive), at most {@code maxInFlight} at once and up to
 * {@code maxQueued} more waiting; one of these is shared by every AWS client of a simulator, SDK and direct, and the
 * admin client has its own.
 *
 * <p>Why a pool of sender threads rather than {@code sendAsync}: on Java 17 {@code sendAsync} completes every
 * response through {@code whenCompleteAsync} on the default {@link CompletableFuture} executor, and on a machine
 * with two cores that executor starts a new thread per task (the common pool has parallelism 1). Under load that
 * was tens of thousands of threads started per minute. {@code send} makes no such hop: each exchange runs on one
 * of {@code maxInFlight} long-lived threads, which wait only on the network (never on a Netty event loop), and the
 * result is handed on from there.
 */
public final class HttpExchanges implements AutoCloseable {

    private final HttpClient http;
    private final int maxQueued;
    private final ThreadPoolExecutor senders;
    private final ThreadPoolExecutor clientWork;
    private static final int CLIENT_WORK_THREADS = 2;

    public HttpExchanges(Duration connectTimeout, int maxInFlight, int maxQueued) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxInFlight < 1 || maxQueued < 1) {
            throw new IllegalArgumentException("maxInFlight and maxQueued must be at least 1, got " + maxInFlight
                    + ", " + maxQueued);
        }
        this.maxQueued = maxQueued;
        // The client's own work (reading responses, handing connections back) gets two threads; by default it
        // takes a cached pool, which grew to dozens of threads under load for no gain on two cores.
        this.clientWork = new ThreadPoolExecutor(CLIENT_WORK_THREADS, CLIENT_WORK_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("flowsim-http-io-"));
        this.clientWork.allowCoreThreadTimeOut(true);
        this.http = HttpClient.newBuilder()
                .executor(clientWork)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.senders = new ThreadPoolExecutor(maxInFlight, maxInFlight, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(maxQueued), daemons("flowsim-http-"));
        this.senders.allowCoreThreadTimeOut(true);
    }

    /**
     * @return the response with its whole body; fails with the {@link IOException} of the exchange, or at once
     *         with one when more than {@code maxQueued} exchanges already wait
     */
    public CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request) {
        return run(() -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** A blocking exchange of another client, run on the same sender threads so the bound holds for it too. */
    public interface BlockingExchange<T> {
        T call() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code exchange} on a sender thread; fails as {@link #send} does: with the exchange's
     * {@link IOException}, or at once when more than {@code maxQueued} exchanges already wait.
     */
    public <T> CompletableFuture<T> run(BlockingExchange<T> exchange) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                done.complete(exchange.call());
            } catch (IOException e) {
                done.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(new IOException("interrupted while waiting for the response", e));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        try {
            senders.execute(task);
        } catch (RejectedExecutionException full) {
            done.completeExceptionally(new IOException("more than " + maxQueued
                    + " requests wait for a connection"));
        }
        return done;
    }

    @Override
    public void close() {
        // The JDK client has no close on Java 17; its selector thread is a daemon and idle connections time out.
        senders.shutdown();
        clientWork.shutdown();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
