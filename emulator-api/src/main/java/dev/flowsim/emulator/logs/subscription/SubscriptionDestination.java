package dev.flowsim.emulator.logs.subscription;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where a Firehose delivery stream named in a subscription filter really writes, on the user's machine. */
public sealed interface SubscriptionDestination {

    /**
     * A directory laid out as Firehose writes to S3: {@code <directory>/<prefix>YYYY/MM/DD/HH/<object>}.
     *
     * @param prefix the S3 prefix Firehose would prepend ("" for none); it may end with "/" to act as a folder
     */
    record Directory(Path directory, String prefix) implements SubscriptionDestination {
        public Directory {
            Objects.requireNonNull(directory, "directory");
            prefix = prefix == null ? "" : prefix;
        }
    }

    /**
     * An HTTP endpoint receiving what a Firehose HTTP endpoint destination receives.
     *
     * @param accessKey sent as {@code X-Amz-Firehose-Access-Key} when not null, as Firehose does when configured
     */
    record HttpEndpoint(URI url, String accessKey) implements SubscriptionDestination {
        public HttpEndpoint {
            Objects.requireNonNull(url, "url");
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("an HTTP endpoint destination needs an http(s) URL: " + url);
            }
        }
    }
}
