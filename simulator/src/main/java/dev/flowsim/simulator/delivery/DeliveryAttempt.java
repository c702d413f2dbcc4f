package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.FlowLogLedger;
import dev.flowsim.simulator.accounting.RejectReason;
import dev.flowsim.simulator.accounting.Tally;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running state of one flow log's delivery: a window tally per interface, the flow log's running books and the
 * first failure that cost records or kept them back. Every count goes to both, so the window's result and the
 * ledger agree; records carried over stay pending in the ledger.
 */
final class DeliveryAttempt {

    private final FlowLogLedger.Account account;
    private final Map<String, Tally> tallies = new TreeMap<>();
    private final AtomicReference<ClassifiedFailure> firstFailure = new AtomicReference<>();

    DeliveryAttempt(FlowLogLedger.Account account) {
        this.account = Objects.requireNonNull(account, "account");
    }

    /** Counts the window's events in its tally; the caller has counted them in the books already. */
    synchronized void generated(String interfaceId, long records) {
        tally(interfaceId).generated(records);
    }

    /** Counts records of earlier windows taken from the carry-over buffer; they are pending in the books. */
    synchronized void fromEarlier(String interfaceId, long records) {
        tally(interfaceId).fromEarlier(records);
    }

    synchronized Tally tally(String interfaceId) {
        return tallies.computeIfAbsent(interfaceId, id -> new Tally());
    }

    InterfaceAttempt forInterface(String interfaceId) {
        return new InterfaceAttempt(this, interfaceId);
    }

    void drop(String interfaceId, ClassifiedFailure failure, long records) {
        firstFailure.compareAndSet(null, failure);
        DropReason reason = failure.kind().dropReason();
        account.dropped(interfaceId, reason, records);
        tally(interfaceId).dropped(reason, records);
    }

    /** Records of earlier windows that waited too long in the buffer: dropped with the reason that kept them. */
    void dropExpired(String interfaceId, DropReason reason, long records) {
        account.dropped(interfaceId, reason, records);
        tally(interfaceId).dropped(reason, records);
    }

    /** Records kept in the carry-over buffer: still pending in the books, carried in the window's result. */
    void carry(String interfaceId, ClassifiedFailure failure, long records) {
        firstFailure.compareAndSet(null, failure);
        tally(interfaceId).carried(records);
    }

    /** Records this attempt kept that the buffer's bound pushed out: dropped with the reason that kept them. */
    void evict(String interfaceId, DropReason reason, long records) {
        account.dropped(interfaceId, reason, records);
        tally(interfaceId).carriedThenDropped(reason, records);
    }

    /** A bug must not make records vanish from the books: whatever is unsettled is dropped, with the cause. */
    void dropUnsettled(Throwable unexpected) {
        ClassifiedFailure failure = AwsErrorClassifier.classify("DeliverFlowLogWindow", unexpected);
        Map<String, Tally> all;
        synchronized (this) {
            all = Map.copyOf(tallies);
        }
        all.forEach((interfaceId, tally) -> {
            Accounting sofar = tally.snapshot();
            long unsettled = sofar.generated() + sofar.fromEarlier() - sofar.settled() - sofar.carried();
            if (unsettled > 0) {
                drop(interfaceId, failure, unsettled);
            }
        });
    }

    synchronized DeliveryResult result() {
        Accounting sum = tallies.values().stream().map(Tally::snapshot)
                .reduce(Accounting.empty(), Accounting::plus);
        return new DeliveryResult(sum, Optional.ofNullable(firstFailure.get()));
    }

    /** The part of an attempt that concerns one interface (one log stream). */
    record InterfaceAttempt(DeliveryAttempt attempt, String interfaceId) {

        void drop(ClassifiedFailure failure, long records) {
            attempt.drop(interfaceId, failure, records);
        }

        void carry(ClassifiedFailure failure, long records) {
            attempt.carry(interfaceId, failure, records);
        }

        void accepted(int batchSize, PutLogEventsResponse response) {
            Map<RejectReason, Long> rejected = RejectedEvents.count(batchSize, response.rejectedLogEventsInfo());
            Tally tally = attempt.tally(interfaceId);
            rejected.forEach((reason, count) -> {
                attempt.account.rejected(interfaceId, reason, count);
                tally.rejected(reason, count);
            });
            long delivered = batchSize - RejectedEvents.total(rejected);
            attempt.account.delivered(interfaceId, delivered);
            tally.delivered(delivered);
        }
    }
}
