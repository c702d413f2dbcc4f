package dev.flowsim.emulator.acceptance;

import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's own SigV4 scheme with the signer's clock moved: what a client on a machine whose clock drifted sends.
 * Registered on a client with {@code putAuthScheme}, it replaces the standard sigv4 scheme.
 */
final class SkewedSigner implements AwsV4AuthScheme {

    private final AwsV4AuthScheme standard = AwsV4AuthScheme.create();
    private final Clock clock;

    private SkewedSigner(Clock clock) {
        this.clock = clock;
    }

    /** A scheme signing with the real clock moved by {@code offset} (positive: the client's clock is ahead). */
    static SkewedSigner offsetBy(Duration offset) {
        return new SkewedSigner(Clock.offset(Clock.systemUTC(), offset));
    }

    @Override
    public String schemeId() {
        return standard.schemeId();
    }

    @Override
    public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
        return standard.identityProvider(providers);
    }

    @Override
    public AwsV4HttpSigner signer() {
        AwsV4HttpSigner real = standard.signer();
        return new AwsV4HttpSigner() {
            @Override
            public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
                return real.sign(request.copy(b -> b.putProperty(HttpSigner.SIGNING_CLOCK, clock)));
            }

            @Override
            public CompletableFuture<AsyncSignedRequest> signAsync(
                    AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
                return real.signAsync(request.copy(b -> b.putProperty(HttpSigner.SIGNING_CLOCK, clock)));
            }
        };
    }
}
