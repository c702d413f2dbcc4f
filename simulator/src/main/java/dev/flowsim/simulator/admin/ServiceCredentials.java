package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/** The static credentials the emulator issues to a service principal such as vpc-flow-logs.amazonaws.com. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceCredentials(String principal, String accessKeyId, String secretAccessKey) {

    public AwsCredentials toAwsCredentials() {
        return AwsBasicCredentials.create(accessKeyId, secretAccessKey);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ServiceCredentials[principal=" + principal + ", accessKeyId=" + accessKeyId + "]";
    }
}
