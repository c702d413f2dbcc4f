package dev.flowsim.emulator.logs.insights;

import java.nio.charset.StandardCharsets;

/**
 * An event whose message is still the store's UTF-8 bytes. A query reads flow-log fields straight from the bytes
 * and decodes the whole message only when something asks for {@code @message} (or the message is JSON or not
 * ASCII, where the text rules apply), so scanning millions of events makes few Strings.
 */
public abstract class EncodedEvent implements InsightsEvent {

    private final byte[] bytes;
    private final int offset;
    private final int length;
    private String message;
    private DiscoveredFields.Lookup textFields;

    /** {@code bytes} is only read, at {@code [offset, offset + length)}, and must not change while queried. */
    protected EncodedEvent(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public final String message() {
        if (message == null) {
            message = new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
        return message;
    }

    @Override
    public final long messageBytes() {
        return length;
    }

    /** A discovered field, as {@link DiscoveredFields#of} would find it in the decoded message. */
    final Object field(String name) {
        if (textFields == null) {
            if (length == 0 || bytes[offset] != '{') {
                Object value = DiscoveredFields.flowLogField(bytes, offset, length, name);
                if (value != DiscoveredFields.NOT_ASCII) {
                    return value;
                }
            }
            textFields = DiscoveredFields.of(message());
        }
        return textFields.get(name);
    }

    /** {@link #field(String)} of a flow-log field, with the String taken from {@code interner} when read from bytes. */
    final Object field(String name, ValueInterner interner) {
        if (textFields == null && (length == 0 || bytes[offset] != '{')) {
            long span = DiscoveredFields.flowLogSpan(bytes, offset, length, name);
            if (span == DiscoveredFields.NO_FIELD) {
                return null;
            }
            if (span != DiscoveredFields.NOT_ASCII_SPAN) {
                int from = (int) (span >>> 32);
                return interner.intern(bytes, offset + from, (int) span - from);
            }
        }
        return field(name);
    }
}
