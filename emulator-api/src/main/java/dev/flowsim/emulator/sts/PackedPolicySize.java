package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.queryinput.Tag;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;

/**
 * STS packs a session's inline policy and tags into the session token and reports how full that space is, in percent
 * (PackedPolicySize); over 100% the call fails with PackedPolicyTooLarge. AWS does not publish the packed format.
 * flowsim compresses each part with DEFLATE and measures it against a fixed budget, so the number grows with the
 * content and its entropy as AWS's does, and a plaintext within the 2,048-character limit can still overflow.
 */
final class PackedPolicySize {

    /** Compressed bytes that make 100%. */
    static final int BUDGET_BYTES = 1024;

    /** Percent of the budget used by the policy (white space removed, as AWS does) and by the tags. */
    record Usage(int policyPercent, int tagsPercent) {

        int totalPercent() {
            return policyPercent + tagsPercent;
        }

        /** Throws PackedPolicyTooLarge, naming the tags when they alone overflow, the policy otherwise. */
        void requireWithinBudget() {
            if (tagsPercent > 100) {
                throw StsErrors.packedTagsTooLarge(tagsPercent);
            }
            if (totalPercent() > 100) {
                throw StsErrors.packedPolicyTooLarge(totalPercent());
            }
        }
    }

    private PackedPolicySize() {
    }

    static Usage measure(String policy, List<Tag> tags) {
        int policyPercent = policy == null ? 0 : percentOf(withoutWhitespace(policy));
        StringBuilder packedTags = new StringBuilder();
        for (Tag tag : tags) {
            packedTags.append(tag.key()).append('=').append(tag.value()).append('\n');
        }
        int tagsPercent = tags.isEmpty() ? 0 : percentOf(packedTags.toString());
        return new Usage(policyPercent, tagsPercent);
    }

    private static int percentOf(String text) {
        int bytes = deflatedSize(text.getBytes(StandardCharsets.UTF_8));
        return (bytes * 100 + BUDGET_BYTES - 1) / BUDGET_BYTES;
    }

    private static int deflatedSize(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[512];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.size();
        } finally {
            deflater.end();
        }
    }

    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
