package dev.flowsim.emulator.http;

import dev.flowsim.emulator.auth.AuthFailure;
import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.auth.SigV4Verifier;
import dev.flowsim.emulator.auth.SignedRequest;
import dev.flowsim.emulator.authz.AccessDenials;
import dev.flowsim.emulator.authz.Authorizer;
import dev.flowsim.emulator.authz.ServiceKeyScope;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.faults.FaultInjector;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.metrics.MeterCache;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.WireProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;
import dev.flowsim.emulator.service.ServiceRegistry;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request pipeline, in the order AWS applies it: resolve service and operation → authenticate (SigV4) →
 * authorize (IAM, with the decision recorded) → decode and run the handler → encode. Knows nothing of sockets, so
 * every step can be tested with a {@link WireRequest}. The one place where errors become responses.
 */
public final class RequestPipeline {

    private static final Logger LOG = Logger.getLogger(RequestPipeline.class.getName());
    static final String SOURCE_ACCOUNT_HEADER = "x-flowsim-source-account";
    static final String SOURCE_ARN_HEADER = "x-flowsim-source-arn";
    /** Names the log group's account on a Flow Logs delivery call; stands in for the service's own path [U]. */
    static final String DESTINATION_ACCOUNT_HEADER = "x-flowsim-destination-account";
    private static final String FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";

    private final ServiceRegistry services;
    private final CredentialStore credentials;
    private final SigV4Verifier verifier;
    private final Authorizer authorizer;
    private final Clock simulatedClock;
    private final IdSource requestIds;
    private final MeterRegistry meters;
    private final FaultInjector faults;
    private final MeterCache requestTimers;

    public RequestPipeline(ServiceRegistry services, CredentialStore credentials, SigV4Verifier verifier,
                           Authorizer authorizer, Clock simulatedClock, IdSource requestIds, MeterRegistry meters) {
        this(services, credentials, verifier, authorizer, simulatedClock, requestIds, meters,
                new FaultInjector(simulatedClock, 0, meters));
    }

    /** @param faults injected faults, applied after authorization and around the handler */
    public RequestPipeline(ServiceRegistry services, CredentialStore credentials, SigV4Verifier verifier,
                           Authorizer authorizer, Clock simulatedClock, IdSource requestIds, MeterRegistry meters,
                           FaultInjector faults) {
        this.faults = faults;
        this.meters = meters;
        this.services = services;
        this.credentials = credentials;
        this.verifier = verifier;
        this.authorizer = authorizer;
        this.simulatedClock = simulatedClock;
        this.requestIds = requestIds;
        this.requestTimers = new MeterCache(meters, "flowsim.requests", "AWS API requests handled by the emulator",
                "service", "operation", "outcome");
    }

    public WireResponse handle(WireRequest request) {
        String requestId = requestIds.uuid();
        long started = System.nanoTime();
        Resolved resolved = null;
        String outcome = "error";
        try {
            resolved = resolve(request);
            WireResponse response = execute(request, resolved, requestId);
            outcome = "ok";
            return response;
        } catch (AwsException e) {
            outcome = e.code();
            return protocolFor(request, resolved).error(e, requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure in request " + requestId, e);
            outcome = "InternalFailure";
            return protocolFor(request, resolved).error(
                    new AwsException("InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", 500),
                    requestId);
        } finally {
            // Tagged with the operation only once it is known to exist, so clients cannot mint tag values.
            requestTimers.timer(resolved == null ? "unknown" : resolved.service.signingName(),
                            resolved == null ? "unknown" : resolved.operation.known(), outcome)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** The service and signature claims of a request; authentication errors are raised in the right protocol. */
    private record Resolved(AwsService service, SignedRequest signed, KnownOperation operation) {
    }

    /** The operation's name for the request timer, set by {@link #execute} once the handler is found. */
    private static final class KnownOperation {
        private String name;

        String known() {
            return name == null ? "unknown" : name;
        }
    }

    private Resolved resolve(WireRequest request) {
        SignedRequest signed;
        try {
            signed = verifier.parse(request);
        } catch (AuthFailure failure) {
            throw asAwsError(failure, guessService(request).protocol().family());
        }
        AwsService service = services.bySigningName(signed.service()).orElseThrow(() -> {
            ProtocolFamily family = guessService(request).protocol().family();
            return new AwsException(family == ProtocolFamily.JSON ? "UnknownOperationException" : "InvalidAction",
                    "flowsim does not emulate the service '" + signed.service() + "' named in the credential scope", 400);
        });
        return new Resolved(service, signed, new KnownOperation());
    }

    private WireResponse execute(WireRequest request, Resolved resolved, String requestId) {
        AwsService service = resolved.service;
        WireProtocol protocol = service.protocol();
        Credential credential = authenticate(request, resolved.signed, protocol.family());
        String operationName = protocol.operationName(request);
        OperationHandler<?> handler = service.operation(operationName)
                .orElseThrow(() -> unknownOperation(protocol, request, operationName));
        resolved.operation.name = operationName;
        ServiceKeyScope.requireAllowed(protocol.family(), credential, service.signingName(), operationName);

        Object input = protocol.decodeInput(request);
        Call call = new Call(requestId, service.signingName(), operationName, resolved.signed.region(),
                callerOf(request, resolved.signed, credential), simulatedClock.instant(),
                input instanceof JsonNode json ? json : null,
                input instanceof QueryParams params ? params : null,
                request.remoteAddress());

        for (AccessCheck check : handler.accessChecks(call)) {
            Decision decision = authorizer.authorize(call, check, service);
            if (!decision.allowed() && !faults.teaching().letThrough(call, check, decision)) {
                throw AccessDenials.forFamily(protocol.family(), decision);
            }
        }
        String operation = operationName;
        return faults.around(call, () -> protocol.success(operation, handler.handle(call), requestId));
    }

    private Credential authenticate(WireRequest request, SignedRequest signed, ProtocolFamily family) {
        try {
            Credential credential = credentials.find(signed.accessKeyId())
                    .orElseThrow(AuthFailure::invalidClientTokenId);
            if (credential.temporary()) {
                if (!credential.sessionToken().equals(signed.sessionToken())) {
                    throw AuthFailure.invalidClientTokenId();
                }
                if (credential.expiredAt(simulatedClock.instant())) {
                    throw AuthFailure.expiredToken();
                }
            } else if (signed.sessionToken() != null) {
                // A session token sent with a long-term key is rejected by AWS as an invalid token.
                throw AuthFailure.invalidClientTokenId();
            }
            verifier.verify(request, signed, credential.secretAccessKey());
            return credential;
        } catch (AuthFailure failure) {
            throw asAwsError(failure, family);
        }
    }

    /** Source account and ARN are believed only from a service principal that signed them. */
    private static Caller callerOf(WireRequest request, SignedRequest signed, Credential credential) {
        String sourceAccount = null;
        String sourceArn = null;
        if (credential.servicePrincipal()) {
            sourceAccount = signedHeader(request, signed, SOURCE_ACCOUNT_HEADER);
            sourceArn = signedHeader(request, signed, SOURCE_ARN_HEADER);
        }
        return new Caller(credential.principal(), credential.accessKeyId(), sourceAccount, sourceArn,
                credential.session(), deliveryAccountOf(request, signed, credential));
    }

    /**
     * The destination account is believed only from a role session the Flow Logs service assumed, and only when
     * signed; anyone else naming it is ignored, so no ordinary caller can reach into another account's log groups.
     */
    private static String deliveryAccountOf(WireRequest request, SignedRequest signed, Credential credential) {
        boolean flowLogsSession = credential.session() != null
                && FLOW_LOGS_SERVICE.equals(credential.session().assumedByService());
        if (!flowLogsSession) {
            return null;
        }
        String account = signedHeader(request, signed, DESTINATION_ACCOUNT_HEADER);
        return account == null || account.isEmpty() ? null : account;
    }

    private static String signedHeader(WireRequest request, SignedRequest signed, String name) {
        return signed.signedHeaders().contains(name.toLowerCase(Locale.ROOT)) ? request.header(name) : null;
    }

    private static AwsException asAwsError(AuthFailure failure, ProtocolFamily family) {
        return new AwsException(failure.code(family), failure.message(family), failure.httpStatus(family));
    }

    private static AwsException unknownOperation(WireProtocol protocol, WireRequest request, String operation) {
        return switch (protocol.family()) {
            case JSON -> new AwsException("UnknownOperationException", null, 400);
            case EC2 -> new AwsException("InvalidAction",
                    "The action " + operation + " is not valid for this web service.", 400);
            case QUERY -> new AwsException("InvalidAction", "Could not find operation " + operation + " for version "
                    + ((QueryParams) protocol.decodeInput(request)).get("Version"), 400);
        };
    }

    private WireProtocol protocolFor(WireRequest request, Resolved resolved) {
        return resolved != null ? resolved.service.protocol() : guessService(request).protocol();
    }

    private AwsService guessService(WireRequest request) {
        String action = null;
        if (request.header("X-Amz-Target") == null) {
            action = formAction(request);
        }
        return services.guess(request.header("X-Amz-Target"), action)
                .orElseThrow(() -> new IllegalStateException("no services registered"));
    }

    private static String formAction(WireRequest request) {
        String encoded = request.body().length > 0 ? request.bodyAsUtf8() : request.rawQuery();
        for (String pair : encoded.split("&")) {
            if (pair.startsWith("Action=")) {
                return pair.substring("Action=".length());
            }
        }
        return null;
    }

    /**
     * Answers a refusal of the HTTP layer (see {@link FrontDoorErrors}) in the protocol of the service the request
     * was meant for: the one its credential scope names when the headers were read, else the best guess.
     */
    public WireResponse renderRejection(WireRequest partial, AwsException error) {
        AwsService service;
        try {
            service = services.bySigningName(verifier.parse(partial).service()).orElseGet(() -> guessService(partial));
        } catch (AuthFailure notSigned) {
            service = guessService(partial);
        }
        meters.counter("flowsim.front.door.refusals", "code", error.code()).increment();
        return service.protocol().error(error, requestIds.uuid());
    }

    /** For the start-up banner and tests. */
    public Optional<AwsService> service(String signingName) {
        return services.bySigningName(signingName);
    }
}
