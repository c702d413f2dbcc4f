package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iamapi.simulation.PolicySimulator;
import dev.flowsim.emulator.iamapi.simulation.SimulationInput;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SimulatePrincipalPolicy: simulates with the policies of a user or role as they are now (inline, then the default
 * versions of attached managed policies), plus any PolicyInputList. The caller is the principal itself unless
 * CallerArn says otherwise. IAM groups are not emulated.
 */
final class SimulatePrincipalPolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final PolicySimulator simulator;

    SimulatePrincipalPolicyHandler(IamState iam, PolicySimulator simulator) {
        this.iam = iam;
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "SimulatePrincipalPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:SimulatePrincipalPolicy", sourceArn(call)));
    }

    @Override
    public XmlElement handle(Call call) {
        String source = sourceArn(call);
        InputConstraints c = new InputConstraints();
        SimulationInput input = SimulationQueryInput.read(call.query(), c, ownPolicies(source), source,
                source.split(":")[4]);
        c.throwIfViolated();
        return SimulationXml.result("SimulatePrincipalPolicyResult", simulator.simulate(input));
    }

    private static String sourceArn(Call call) {
        InputConstraints c = new InputConstraints();
        String arn = call.query().get("PolicySourceArn");
        c.required("policySourceArn", arn).text("policySourceArn", arn, 20, 2048, null);
        c.throwIfViolated();
        if (arn.split(":", 6).length != 6) {
            throw IamErrors.invalidArn(arn);
        }
        return arn;
    }

    private List<SimulationInput.SimulationPolicy> ownPolicies(String sourceArn) {
        List<SimulationInput.SimulationPolicy> out = new ArrayList<>();
        String type;
        Map<String, Role.StoredPolicy> inline;
        if (iam.roleByArn(sourceArn).isPresent()) {
            type = "role";
            inline = iam.roleByArn(sourceArn).orElseThrow().inlinePolicies();
        } else if (iam.userByArn(sourceArn).isPresent()) {
            type = "user";
            inline = iam.userByArn(sourceArn).orElseThrow().inlinePolicies();
        } else {
            throw new AwsException("NoSuchEntity", "Entity " + sourceArn + " does not exist.", 404);
        }
        inline.forEach((name, p) -> out.add(new SimulationInput.SimulationPolicy(name, type, p.text())));
        for (String policyArn : iam.attachments().policiesOf(sourceArn)) {
            iam.policyByArn(policyArn).ifPresent(p -> out.add(new SimulationInput.SimulationPolicy(p.name(),
                    "user-managed", p.defaultVersion().document().text())));
        }
        return out;
    }
}
