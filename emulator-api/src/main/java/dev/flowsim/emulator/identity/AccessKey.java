package dev.flowsim.emulator.identity;

import java.time.Instant;

/**
 * An IAM user's access key as IAM lists it. The secret is not here: it lives only in the {@link CredentialStore},
 * is returned once by CreateAccessKey and is never printed.
 */
public record AccessKey(String accessKeyId, String accountId, String userName, String status, Instant createDate) {

    /** IAM's quota of access keys per user. */
    public static final int MAX_PER_USER = 2;
}
