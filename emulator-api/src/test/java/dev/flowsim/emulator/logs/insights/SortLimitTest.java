package dev.flowsim.emulator.logs.insights;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sort ... | limit n} keeps only n rows while sorting; it must give exactly the first n rows of the full,
 * stable sort (ties in arrival order), and the statistics must still cover every event.
 */
class SortLimitTest {

    private static List<InsightsEvent> events() {
        SplittableRandom random = new SplittableRandom(3);
        List<InsightsEvent> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            long ts = 1_700_000_000_000L - i * 1_000L;
            String line = "2 123456789010 eni-1 10.0.0." + random.nextInt(5) + " 10.0.1.1 " + (1024 + i) + " "
                    + (random.nextBoolean() ? 22 : 443) + " 6 " + random.nextInt(4) + " 100 1 2 "
                    + (random.nextInt(3) == 0 ? "REJECT" : "ACCEPT") + " OK";
            events.add(InsightsEvent.of(ts, ts, "eni-1", "123456789010:/vpc", line, "p" + i));
        }
        return events;
    }

    private static QueryResult run(String query) {
        return QueryEngine.run(Query.compile(query), events().iterator(), 10_000, () -> false);
    }

    @Test
    void boundedSortEqualsTheFullSortCut() {
        String sorted = "fields srcAddr, packets, dstPort | filter action = 'REJECT' | sort packets desc, srcAddr asc";
        QueryResult full = run(sorted);
        for (int n : new int[] {1, 7, 50, 5_000}) {
            QueryResult cut = run(sorted + " | limit " + n);
            assertEquals(full.rows().subList(0, Math.min(n, full.rows().size())), cut.rows(), "limit " + n);
            assertEquals(full.recordsMatched(), cut.recordsMatched());
            assertEquals(3_000, cut.recordsScanned());
        }
    }

    @Test
    void aFilterAfterTheLimitSeesOnlyTheKeptRows() {
        assertEquals(0, run("sort packets desc | limit 1 | filter packets > 99").rows().size());
    }
}
