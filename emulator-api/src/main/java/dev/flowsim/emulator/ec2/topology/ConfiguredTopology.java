package dev.flowsim.emulator.ec2.topology;

import dev.flowsim.emulator.ec2.AvailabilityZones;
import dev.flowsim.emulator.ec2.IpPermission;
import dev.flowsim.emulator.ec2.IpProtocols;
import dev.flowsim.emulator.ec2.NetworkAcl;
import dev.flowsim.emulator.ec2.NetworkAclEntry;
import dev.flowsim.emulator.ec2.NetworkInterface;
import dev.flowsim.emulator.ec2.RegionNetwork;
import dev.flowsim.emulator.ec2.ResourceIds;
import dev.flowsim.emulator.ec2.SecurityGroup;
import dev.flowsim.emulator.ec2.Subnet;
import dev.flowsim.emulator.ec2.Topology;
import dev.flowsim.emulator.ec2.Vpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A topology built from configuration: checked as a whole when built (names resolve, blocks nest, addresses lie in
 * their subnet and are not reserved, ids are unique), then immutable. Accounts and regions it does not declare have
 * no network.
 */
public final class ConfiguredTopology implements Topology {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Set<String> INTERFACE_TYPES = Set.of("interface", "nat_gateway", "network_load_balancer",
            "regional_nat_gateway", "transit_gateway", "vpc_endpoint");
    private static final Set<String> ROLES = Set.of("web", "app", "db", "generic", "idle");

    private final Map<String, RegionNetwork> networks;

    private ConfiguredTopology(Map<String, RegionNetwork> networks) {
        this.networks = Map.copyOf(networks);
    }

    /** @throws TopologyConfigException naming the resource and what is wrong with it */
    public static ConfiguredTopology of(TopologyConfig config) {
        Map<String, RegionNetwork> networks = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (TopologyConfig.Account account : list(config.accounts())) {
            String accountId = account.accountId();
            if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
                throw new TopologyConfigException("account '" + accountId + "': an account id is 12 digits");
            }
            for (TopologyConfig.Region region : list(account.regions())) {
                String name = region.region();
                if (name == null || !REGION.matcher(name).matches()) {
                    throw new TopologyConfigException("account " + accountId + ": '" + name
                            + "' is not a region name like us-east-1");
                }
                if (networks.containsKey(key(accountId, name))) {
                    throw new TopologyConfigException("account " + accountId + " declares region " + name + " twice");
                }
                RegionBuilder builder = new RegionBuilder(accountId, name, ids);
                list(region.vpcs()).forEach(builder::addVpc);
                networks.put(key(accountId, name), builder.build());
            }
        }
        return new ConfiguredTopology(networks);
    }

    @Override
    public RegionNetwork network(String accountId, String region) {
        return networks.getOrDefault(key(accountId, region), RegionNetwork.EMPTY);
    }

    private static String key(String accountId, String region) {
        return accountId + "/" + region;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    /** The resources of one account in one region, built VPC by VPC. */
    private static final class RegionBuilder {
        private final String account;
        private final String region;
        private final Set<String> ids;
        private final List<Vpc> vpcs = new ArrayList<>();
        private final List<Subnet> subnets = new ArrayList<>();
        private final List<NetworkInterface> interfaces = new ArrayList<>();
        private final List<SecurityGroup> groups = new ArrayList<>();
        private final List<NetworkAcl> acls = new ArrayList<>();

        RegionBuilder(String account, String region, Set<String> ids) {
            this.account = account;
            this.region = region;
            this.ids = ids;
        }

        RegionNetwork build() {
            return new RegionNetwork(vpcs, subnets, interfaces, groups, acls);
        }

        void addVpc(TopologyConfig.Vpc c) {
            String where = account + "/" + region + " vpc '" + c.name() + "'";
            requireName(c.name(), where);
            Ipv4Block block = Ipv4Block.parse(c.cidrBlock(), where);
            String vpcId = id(c.id(), "vpc-", where, "vpc", c.name());
            vpcs.add(new Vpc(vpcId, account, region, c.cidrBlock(),
                    ResourceIds.derive("vpc-cidr-assoc-", account, region, vpcId), tags(c.tags())));

            Map<String, String> groupIds = securityGroupIds(c, vpcId, where);
            Map<String, String> aclIds = new LinkedHashMap<>();
            Map<String, TopologyConfig.NetworkAcl> aclConfigs = new LinkedHashMap<>();
            String defaultAcl = ResourceIds.derive("acl-", account, region, vpcId);
            for (TopologyConfig.NetworkAcl acl : list(c.networkAcls())) {
                String aclWhere = where + " network ACL '" + acl.name() + "'";
                requireName(acl.name(), aclWhere);
                if (aclIds.put(acl.name(), id(acl.id(), "acl-", aclWhere, vpcId, "acl", acl.name())) != null) {
                    throw new TopologyConfigException(aclWhere + " is declared twice");
                }
                aclConfigs.put(acl.name(), acl);
            }
            Map<String, Map<String, String>> associations = new LinkedHashMap<>();
            Map<String, Subnet> subnetsByName = new LinkedHashMap<>();
            Map<String, Ipv4Block> blocks = new HashMap<>();
            for (TopologyConfig.Subnet s : list(c.subnets())) {
                String subnetWhere = where + " subnet '" + s.name() + "'";
                requireName(s.name(), subnetWhere);
                Ipv4Block subnetBlock = Ipv4Block.parse(s.cidrBlock(), subnetWhere);
                if (!block.contains(subnetBlock)) {
                    throw new TopologyConfigException(subnetWhere + ": " + s.cidrBlock() + " is not inside the VPC's "
                            + c.cidrBlock());
                }
                for (Map.Entry<String, Ipv4Block> other : blocks.entrySet()) {
                    if (other.getValue().contains(subnetBlock) || subnetBlock.contains(other.getValue())) {
                        throw new TopologyConfigException(subnetWhere + ": " + s.cidrBlock() + " overlaps subnet '"
                                + other.getKey() + "'");
                    }
                }
                char letter = zoneLetter(s.availabilityZone(), subnetWhere);
                String subnetId = id(s.id(), "subnet-", subnetWhere, vpcId, "subnet", s.name());
                Subnet subnet = new Subnet(subnetId, vpcId, account, region, s.cidrBlock(),
                        AvailabilityZones.name(region, letter), AvailabilityZones.id(region, letter), tags(s.tags()));
                if (subnetsByName.put(s.name(), subnet) != null) {
                    throw new TopologyConfigException(subnetWhere + " is declared twice");
                }
                blocks.put(s.name(), subnetBlock);
                subnets.add(subnet);
                String aclName = s.networkAcl();
                if (aclName != null && !aclIds.containsKey(aclName)) {
                    throw new TopologyConfigException(subnetWhere + ": no network ACL named '" + aclName
                            + "' in the VPC; declared: " + aclIds.keySet());
                }
                associations.computeIfAbsent(aclName == null ? "" : aclName, k -> new LinkedHashMap<>())
                        .put(subnetId, ResourceIds.derive("aclassoc-", account, region, subnetId));
            }
            acls.add(new NetworkAcl(defaultAcl, vpcId, account, true, NetworkAcl.allowAll(),
                    associations.getOrDefault("", Map.of()), Map.of()));
            aclConfigs.forEach((name, acl) -> acls.add(new NetworkAcl(aclIds.get(name), vpcId, account, false,
                    AclEntries.of(acl, where + " network ACL '" + name + "'"),
                    associations.getOrDefault(name, Map.of()), tags(acl.tags()))));
            addInterfaces(c, vpcId, subnetsByName, blocks, groupIds, where);
        }

        /** The VPC's security groups, its {@code default} group first (inbound from itself, all outbound). */
        private Map<String, String> securityGroupIds(TopologyConfig.Vpc c, String vpcId, String where) {
            Map<String, String> groupIds = new LinkedHashMap<>();
            List<TopologyConfig.SecurityGroup> declared = list(c.securityGroups());
            boolean defaultDeclared = declared.stream().anyMatch(g -> "default".equals(g.name()));
            if (!defaultDeclared) {
                groupIds.put("default", ResourceIds.derive("sg-", account, region, vpcId, "sg", "default"));
            }
            for (TopologyConfig.SecurityGroup g : declared) {
                String groupWhere = where + " security group '" + g.name() + "'";
                requireName(g.name(), groupWhere);
                if (groupIds.put(g.name(), id(g.id(), "sg-", groupWhere, vpcId, "sg", g.name())) != null) {
                    throw new TopologyConfigException(groupWhere + " is declared twice");
                }
            }
            if (!defaultDeclared) {
                String id = groupIds.get("default");
                groups.add(new SecurityGroup(id, "default", "default VPC security group", vpcId, account,
                        List.of(new IpPermission(IpProtocols.ALL, null, null, List.of(), List.of(id))),
                        SecurityGroup.allOutbound(), Map.of()));
            }
            for (TopologyConfig.SecurityGroup g : declared) {
                String groupWhere = where + " security group '" + g.name() + "'";
                List<IpPermission> ingress = Permissions.of(g.ingress(), groupIds, groupWhere + " ingress");
                List<IpPermission> egress = g.egress() == null ? SecurityGroup.allOutbound()
                        : Permissions.of(g.egress(), groupIds, groupWhere + " egress");
                groups.add(new SecurityGroup(groupIds.get(g.name()), g.name(),
                        g.description() == null ? g.name() : g.description(), vpcId, account, ingress, egress,
                        tags(g.tags())));
            }
            return groupIds;
        }

        private void addInterfaces(TopologyConfig.Vpc c, String vpcId, Map<String, Subnet> subnetsByName,
                                   Map<String, Ipv4Block> blocks, Map<String, String> groupIds, String where) {
            Set<Long> used = new HashSet<>();
            for (TopologyConfig.NetworkInterface n : list(c.networkInterfaces())) {
                String eniWhere = where + " network interface '" + n.name() + "'";
                requireName(n.name(), eniWhere);
                Subnet subnet = subnetsByName.get(n.subnet());
                if (subnet == null) {
                    throw new TopologyConfigException(eniWhere + ": no subnet named '" + n.subnet()
                            + "' in the VPC; declared: " + subnetsByName.keySet());
                }
                long address = Ipv4Block.address(n.privateIpAddress(), eniWhere);
                Ipv4Block block = blocks.get(n.subnet());
                if (!block.contains(address) || block.isReservedHost(address)) {
                    throw new TopologyConfigException(eniWhere + ": " + n.privateIpAddress() + " is not a usable "
                            + "address of subnet '" + n.subnet() + "' (" + subnet.cidrBlock()
                            + "; AWS reserves the first four and the last)");
                }
                if (!used.add(address)) {
                    throw new TopologyConfigException(eniWhere + ": " + n.privateIpAddress() + " is already in use");
                }
                if (n.publicIpAddress() != null) {
                    Ipv4Block.address(n.publicIpAddress(), eniWhere + " publicIpAddress");
                }
                String type = n.interfaceType() == null ? "interface" : n.interfaceType();
                if (!INTERFACE_TYPES.contains(type)) {
                    throw new TopologyConfigException(eniWhere + ": interfaceType '" + type + "' is not one of "
                            + INTERFACE_TYPES);
                }
                requireServiceShape(n, type, eniWhere);
                List<String> sgIds = new ArrayList<>();
                // A NAT gateway has no security groups; every other interface has at least the VPC's default.
                List<String> declaredGroups = type.equals("nat_gateway") ? List.of()
                        : n.securityGroups() == null ? List.of("default") : n.securityGroups();
                for (String g : declaredGroups) {
                    String sgId = groupIds.get(g);
                    if (sgId == null) {
                        throw new TopologyConfigException(eniWhere + ": no security group named '" + g
                                + "' in the VPC; declared: " + groupIds.keySet());
                    }
                    sgIds.add(sgId);
                }
                String eniId = id(n.id(), "eni-", eniWhere, vpcId, "eni", n.name());
                String instanceId = n.instanceId() != null ? n.instanceId() : type.equals("interface")
                        ? ResourceIds.derive("i-", account, region, vpcId, "instance", n.name()) : null;
                interfaces.add(new NetworkInterface(eniId, account, region, vpcId, subnet.subnetId(),
                        subnet.availabilityZone(), subnet.availabilityZoneId(), n.privateIpAddress(),
                        ResourceIds.macAddress(account, region, eniId), instanceId,
                        instanceId == null ? null : ResourceIds.derive("eni-attach-", account, region, eniId),
                        n.description() == null ? defaultDescription(type, n.name(), eniId) : n.description(),
                        tags(n.tags()), n.publicIpAddress(),
                        sgIds, type, workload(n.workload(), eniWhere)));
            }
        }

        /**
         * What a service's interface may declare: a NAT gateway carries its Elastic IP and has no security groups;
         * no service interface is attached to an instance; a load balancer's workload gives only its listener
         * ports and volume (it has no role of its own); other service interfaces run no workload.
         */
        private static void requireServiceShape(TopologyConfig.NetworkInterface n, String type, String where) {
            if (type.equals("interface")) {
                return;
            }
            if (n.instanceId() != null) {
                throw new TopologyConfigException(where + ": a " + type + " interface is requester-managed and "
                        + "attached to no instance; remove instanceId");
            }
            if (type.equals("nat_gateway")) {
                if (n.publicIpAddress() == null) {
                    throw new TopologyConfigException(where + ": a public NAT gateway's interface needs its "
                            + "Elastic IP as publicIpAddress");
                }
                if (n.securityGroups() != null) {
                    throw new TopologyConfigException(where + ": NAT gateways have no security groups; remove "
                            + "securityGroups");
                }
            }
            if (n.workload() != null && (!type.equals("network_load_balancer") || n.workload().role() != null)) {
                throw new TopologyConfigException(where + ": a " + type + " interface relays others' traffic and "
                        + "runs no workload role" + (type.equals("network_load_balancer")
                        ? "; give only servicePorts (listener ports) and volume" : "; remove workload"));
            }
        }

        /** Descriptions in the shape AWS gives its service interfaces [U for the id parts]. */
        private String defaultDescription(String type, String name, String eniId) {
            return switch (type) {
                case "nat_gateway" -> "Interface for NAT Gateway "
                        + ResourceIds.derive("nat-", account, region, eniId, "nat-gateway");
                case "network_load_balancer" -> "ELB net/" + name + "/"
                        + ResourceIds.derive("", account, region, eniId, "load-balancer").substring(0, 16);
                default -> name;
            };
        }

        private static NetworkInterface.Workload workload(TopologyConfig.Workload w, String where) {
            if (w == null) {
                return null;
            }
            if (w.role() != null && !ROLES.contains(w.role())) {
                throw new TopologyConfigException(where + ": workload role '" + w.role() + "' is not one of " + ROLES);
            }
            if (w.volume() != null && !(w.volume() >= 0)) {
                throw new TopologyConfigException(where + ": workload volume must be >= 0");
            }
            for (Integer port : list(w.servicePorts())) {
                if (port == null || port < 1 || port > 65_535) {
                    throw new TopologyConfigException(where + ": service port " + port + " is not 1-65535");
                }
            }
            return new NetworkInterface.Workload(w.role(), list(w.servicePorts()), w.volume());
        }

        private String id(String given, String prefix, String where, String... parts) {
            String id = given != null ? given : ResourceIds.derive(prefix, concat(account, region, parts));
            if (!id.startsWith(prefix)) {
                throw new TopologyConfigException(where + ": id '" + id + "' must start with '" + prefix + "'");
            }
            if (!ids.add(id)) {
                throw new TopologyConfigException(where + ": id '" + id + "' is already used by another resource");
            }
            return id;
        }

        private static String[] concat(String account, String region, String... parts) {
            String[] all = new String[parts.length + 2];
            all[0] = account;
            all[1] = region;
            System.arraycopy(parts, 0, all, 2, parts.length);
            return all;
        }

        private static void requireName(String name, String where) {
            if (name == null || name.isBlank()) {
                throw new TopologyConfigException(where + " needs a 'name'");
            }
        }

        private char zoneLetter(String zone, String where) {
            String z = zone == null ? "a" : zone;
            if (z.length() == 1 && z.charAt(0) >= 'a' && z.charAt(0) <= 'z') {
                return z.charAt(0);
            }
            if (z.length() == region.length() + 1 && z.startsWith(region)) {
                return z.charAt(z.length() - 1);
            }
            throw new TopologyConfigException(where + ": availabilityZone '" + zone + "' is neither a zone letter "
                    + "nor a zone of " + region);
        }
    }
}
