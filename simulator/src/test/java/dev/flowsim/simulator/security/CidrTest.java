package dev.flowsim.simulator.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule checks on an address parsed once give the same answers as checks on its text. */
class CidrTest {

    private static final List<String> BLOCKS = List.of("0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "45.0.0.0/8",
            "10.0.0.10/32", "::/0", "2600:1f18::/36");
    private static final List<String> ADDRESSES = List.of("10.0.0.10", "10.0.0.2", "10.0.1.255", "10.1.0.1",
            "45.12.3.4", "0.0.0.0", "255.255.255.255", "2600:1f18::1", "::1");

    @Test
    void parsedAddressesMatchAsTheirTextDoes() {
        for (String block : BLOCKS) {
            Cidr cidr = Cidr.of(block);
            for (String address : ADDRESSES) {
                assertEquals(cidr.contains(address), cidr.contains(address, Cidr.addressKey(address)),
                        block + " contains " + address);
            }
        }
        assertTrue(Cidr.of("10.0.0.0/16").contains("10.0.200.7", Cidr.addressKey("10.0.200.7")));
        assertFalse(Cidr.of("10.0.0.0/16").contains("10.1.0.7", Cidr.addressKey("10.1.0.7")));
    }

    @Test
    void textThatIsNoAddressIsStillRejectedWithTheTextsError() {
        assertEquals(Cidr.INVALID_KEY, Cidr.addressKey("10.0.0.300"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Cidr.of("10.0.0.0/8").contains("10.0.0.300", Cidr.addressKey("10.0.0.300")));
        assertEquals("not an IPv4 address: '10.0.0.300'", error.getMessage());
    }
}
