package dev.flowsim.emulator.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code keyid/date/region/service/aws4_request} credential of a signature, checked for form. */
record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {

    static final String TERMINATOR = "aws4_request";

    /** Splits the credential; anything but five slash-separated parts is an IncompleteSignature. */
    static CredentialScope parse(String credential) throws AuthFailure {
        String[] parts = splitFive(credential);
        if (parts == null) {
            throw AuthFailure.incompleteSignature("Credential must have exactly 5 slash-delimited elements, e.g."
                    + " keyid/date/region/service/term, got '" + credential + "'");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** The five parts around exactly four slashes (empty parts included), or null; no regex, no list. */
    private static String[] splitFive(String credential) {
        String[] parts = new String[5];
        int from = 0;
        for (int i = 0; i < 4; i++) {
            int slash = credential.indexOf('/', from);
            if (slash < 0) {
                return null;
            }
            parts[i] = credential.substring(from, slash);
            from = slash + 1;
        }
        if (credential.indexOf('/', from) >= 0) {
            return null;
        }
        parts[4] = credential.substring(from);
        return parts;
    }

    /**
     * The terminator must be {@code aws4_request} and the date must be the request's UTC day. AWS reports both
     * problems at once, as a signature mismatch, in this order.
     */
    void checkAgainst(Instant requestTime) throws AuthFailure {
        List<String> problems = new ArrayList<>(2);
        if (!TERMINATOR.equals(terminator)) {
            problems.add("Credential should be scoped with a valid terminator: 'aws4_request', not '" + terminator
                    + "'.");
        }
        String requestDay = RequestTimestamp.day(requestTime);
        if (!requestDay.equals(date)) {
            problems.add("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + date + "' != '" + requestDay + "', from '" + RequestTimestamp.basic(requestTime) + "'.");
        }
        if (!problems.isEmpty()) {
            throw AuthFailure.signatureDoesNotMatch(String.join(" ", problems));
        }
    }
}
