package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iamapi.simulation.PolicySimulator;
import dev.flowsim.emulator.iamapi.simulation.SimulationInput;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * SimulateCustomPolicy: evaluates the given policies for the given actions and resources, as AWS's simulator does;
 * extended so that CallerArn may be a role, session or service principal and ResourcePolicy a role trust policy.
 */
final class SimulateCustomPolicyHandler implements OperationHandler<XmlElement> {

    private final PolicySimulator simulator;

    SimulateCustomPolicyHandler(PolicySimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "SimulateCustomPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:SimulateCustomPolicy", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        InputConstraints c = new InputConstraints();
        if (!call.query().has("PolicyInputList.member.1")) {
            c.required("policyInputList", null);
        }
        SimulationInput input = SimulationQueryInput.read(call.query(), c, List.of(), null, call.accountId());
        c.throwIfViolated();
        return SimulationXml.result("SimulateCustomPolicyResult", simulator.simulate(input));
    }
}
