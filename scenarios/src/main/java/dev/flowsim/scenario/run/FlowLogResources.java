package dev.flowsim.scenario.run;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/**
 * Resolves a flow log's {@code resource} with the owner's EC2 Describe calls: {@code vpc} and {@code subnet} (the
 * first listed), {@code eni:NAME} (the built-in topology's {@code flowsim-NAME}, or an interface whose Name tag or
 * description is NAME: a custom topology's interface description defaults to its name), or a resource id.
 */
final class FlowLogResources {

    private FlowLogResources() {
    }

    /** (ResourceType, id) for CreateFlowLogs. */
    static String[] resolve(String resource, Ec2Client ec2) {
        if (resource.equals("vpc")) {
            return new String[] {"VPC", ec2.describeVpcs().vpcs().get(0).vpcId()};
        }
        if (resource.equals("subnet")) {
            return new String[] {"Subnet", ec2.describeSubnets().subnets().get(0).subnetId()};
        }
        if (resource.startsWith("eni:")) {
            String name = resource.substring(4);
            return ec2.describeNetworkInterfaces().networkInterfaces().stream()
                    .filter(n -> named(n, name))
                    .map(n -> new String[] {"NetworkInterface", n.networkInterfaceId()}).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no network interface named " + name));
        }
        String type = resource.startsWith("vpc-") ? "VPC" : resource.startsWith("subnet-") ? "Subnet"
                : "NetworkInterface";
        return new String[] {type, resource};
    }

    private static boolean named(NetworkInterface n, String name) {
        return n.tagSet().stream().anyMatch(t -> World.tagIs(t, "flowsim-" + name) || World.tagIs(t, name))
                || name.equals(n.description());
    }
}
