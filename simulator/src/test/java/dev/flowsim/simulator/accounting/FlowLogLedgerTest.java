package dev.flowsim.simulator.accounting;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowLogLedgerTest {

    @Test
    void generatedRecordsArePendingUntilSettledAndTotalsAreTheInterfacesSum() {
        FlowLogLedger ledger = new FlowLogLedger(() -> 42L);
        FlowLogLedger.Account account = ledger.account("fl-1");
        account.generated("eni-a", 10);
        account.generated("eni-b", 4);
        assertEquals(14, ledger.snapshot("fl-1").orElseThrow().totals().pending());

        account.delivered("eni-a", 6);
        account.rejected("eni-a", RejectReason.TOO_OLD, 1);
        account.dropped("eni-b", DropReason.RATE_LIMITED, 4);
        FlowLogBalance balance = ledger.snapshot("fl-1").orElseThrow();
        assertTrue(balance.isBalanced(), balance.toString());
        assertEquals(3, balance.interfaces().get("eni-a").pending());
        assertEquals(0, balance.interfaces().get("eni-b").pending());
        assertEquals(4, balance.totals().dropped().get(DropReason.RATE_LIMITED));
        assertEquals(42L, balance.takenAt());
    }

    @Test
    void settlingARecordThatIsNotPendingIsRefusedAsDoubleCounting() {
        FlowLogLedger.Account account = new FlowLogLedger(() -> 0L).account("fl-1");
        account.generated("eni-a", 2);
        account.delivered("eni-a", 2);
        assertThrows(IllegalStateException.class, () -> account.dropped("eni-a", DropReason.ACCESS_ERROR, 1));
        assertThrows(IllegalStateException.class, () -> account.delivered("eni-b", 1));
        assertTrue(account.snapshot().isBalanced());
    }
}
