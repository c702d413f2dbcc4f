package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.NOW;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeleteFlowLogsTest {

    private final Ec2World world = new Ec2World();

    @Test
    void deletesAndAnswersWithAnEmptyUnsuccessfulSet() {
        String id = world.createVpcFlowLog();
        Ec2TestSupport.Xml xml = world.call("DeleteFlowLogs", "FlowLogId.1", id);

        assertTrue(xml.text.contains("<requestId>req-1</requestId><unsuccessful/></DeleteFlowLogsResponse>"),
                xml.text);
        assertTrue(world.store.all().isEmpty());
        assertEquals(0, world.call("DescribeFlowLogs").count("//flowLogSet/item"));
    }

    @Test
    void unknownIdsAreReportedPerIdAndTheRestIsDeleted() {
        String id = world.createVpcFlowLog();
        Ec2TestSupport.Xml xml = world.call("DeleteFlowLogs", "FlowLogId.1", "fl-00000000000000000",
                "FlowLogId.2", id);

        assertEquals("fl-00000000000000000", xml.text("//unsuccessful/item/resourceId"));
        assertEquals("InvalidFlowLogId.NotFound", xml.text("//unsuccessful/item/error/code"));
        assertEquals("These flow log ids in the input list are not found: [TotalCount: 1] fl-00000000000000000",
                xml.text("//unsuccessful/item/error/message"));
        assertEquals(1, xml.count("//unsuccessful/item"));
        assertTrue(world.store.all().isEmpty());
    }

    @Test
    void aFlowLogOfAnotherRegionCannotBeDeletedFromHere() {
        String id = world.createVpcFlowLog();
        Ec2TestSupport.Xml xml = Ec2TestSupport.render("DeleteFlowLogs",
                world.run(Ec2TestSupport.callAs(ACCOUNT, "eu-west-1", NOW, "DeleteFlowLogs", "FlowLogId.1", id)));
        assertEquals("InvalidFlowLogId.NotFound", xml.text("//unsuccessful/item/error/code"));
        assertEquals(1, world.store.all().size());
    }

    @Test
    void noIdsIsTheValidationErrorAwsGives() {
        assertEc2Error("InvalidParameterValue",
                "1 validation error detected: Value null at 'flowLogId' has an invalid format",
                () -> world.call("DeleteFlowLogs"));
    }

    @Test
    void aDryRunDeletesNothing() {
        String id = world.createVpcFlowLog();
        assertEc2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412,
                () -> world.call("DeleteFlowLogs", "FlowLogId.1", id, "DryRun", "true"));
        assertEquals(1, world.store.all().size());
    }

    @Test
    void asksIamForDeleteFlowLogsOnEachFlowLog() {
        assertEquals(List.of(
                        new AccessCheck("ec2:DeleteFlowLogs", "arn:aws:ec2:us-east-1:000000000000:vpc-flow-log/fl-a"),
                        new AccessCheck("ec2:DeleteFlowLogs", "arn:aws:ec2:us-east-1:000000000000:vpc-flow-log/fl-b")),
                world.accessChecks("DeleteFlowLogs", "FlowLogId.1", "fl-a", "FlowLogId.2", "fl-b"));
    }
}
