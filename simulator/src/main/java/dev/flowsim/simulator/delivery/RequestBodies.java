package dev.flowsim.simulator.delivery;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** Request and response bodies between the SDK's reactive streams and whole byte arrays. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The whole body a publisher gives (an absent publisher is an empty body). */
    static CompletableFuture<byte[]> collect(Publisher<ByteBuffer> body) {
        CompletableFuture<byte[]> whole = new CompletableFuture<>();
        if (body == null) {
            whole.complete(new byte[0]);
            return whole;
        }
        body.subscribe(new Subscriber<>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                ByteBuffer view = buffer.duplicate();
                byte[] chunk = new byte[view.remaining()];
                view.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable error) {
                whole.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                whole.complete(bytes.toByteArray());
            }
        });
        return whole;
    }

    /** A publisher of one buffer (then completion), for any number of subscribers. */
    static Publisher<ByteBuffer> single(ByteBuffer buffer) {
        return subscriber -> {
            AtomicBoolean sent = new AtomicBoolean();
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                    if (n <= 0) {
                        subscriber.onError(new IllegalArgumentException("request(" + n + "): must be positive"));
                    } else if (sent.compareAndSet(false, true)) {
                        if (buffer.hasRemaining()) {
                            subscriber.onNext(buffer.duplicate());
                        }
                        subscriber.onComplete();
                    }
                }

                @Override
                public void cancel() {
                    sent.set(true);
                }
            });
        };
    }
}
