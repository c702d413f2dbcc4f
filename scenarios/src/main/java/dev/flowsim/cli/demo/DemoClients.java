package dev.flowsim.cli.demo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;

/** The account owner's AWS SDK clients, signed with the default root keys {@code test}/{@code test}. */
public final class DemoClients implements AutoCloseable {

    private final IamClient iam;
    private final Ec2Client ec2;
    private final CloudWatchLogsClient logs;

    public DemoClients(URI endpoint, String region) {
        StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(creds)
                .build();
        ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.of(region)).credentialsProvider(creds)
                .build();
        logs = CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(creds).build();
    }

    public IamClient iam() {
        return iam;
    }

    public Ec2Client ec2() {
        return ec2;
    }

    public CloudWatchLogsClient logs() {
        return logs;
    }

    @Override
    public void close() {
        iam.close();
        ec2.close();
        logs.close();
    }
}
