package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iamapi.simulation.SimulationResult;
import dev.flowsim.emulator.protocol.XmlElement;

import java.util.List;

/** The SimulatePolicyResponse of both simulate operations, as IAM writes it. */
final class SimulationXml {

    private SimulationXml() {
    }

    static XmlElement result(String element, SimulationResult result) {
        XmlElement xml = XmlElement.of(element);
        XmlElement list = xml.child("EvaluationResults");
        for (SimulationResult.Evaluation e : result.results()) {
            XmlElement member = list.child("member")
                    .add("EvalActionName", e.actionName())
                    .add("EvalResourceName", e.resourceName())
                    .add("EvalDecision", e.decision());
            matched(member, e.matched());
            names(member.child("MissingContextValues"), e.missingContextValues());
            boundary(member, e.allowedByBoundary());
            if (!e.resourceSpecific().isEmpty()) {
                XmlElement specific = member.child("ResourceSpecificResults");
                for (SimulationResult.ResourceSpecific r : e.resourceSpecific()) {
                    XmlElement rm = specific.child("member")
                            .add("EvalResourceName", r.resourceName())
                            .add("EvalResourceDecision", r.decision());
                    matched(rm, r.matched());
                    names(rm.child("MissingContextValues"), r.missingContextValues());
                    boundary(rm, r.allowedByBoundary());
                }
            }
        }
        xml.add("IsTruncated", result.truncated());
        xml.add("Marker", result.nextMarker());
        return xml;
    }

    private static void matched(XmlElement parent, List<SimulationResult.Matched> statements) {
        XmlElement list = parent.child("MatchedStatements");
        for (SimulationResult.Matched m : statements) {
            XmlElement member = list.child("member").add("SourcePolicyId", m.sourcePolicyId())
                    .add("SourcePolicyType", m.sourcePolicyType());
            position(member, "StartPosition", m.start());
            position(member, "EndPosition", m.end());
        }
    }

    private static void position(XmlElement parent, String name, SimulationResult.Position position) {
        if (position != null) {
            parent.child(name).add("Line", position.line()).add("Column", position.column());
        }
    }

    private static void names(XmlElement list, List<String> names) {
        names.forEach(n -> list.add("member", n));
    }

    private static void boundary(XmlElement parent, Boolean allowed) {
        if (allowed != null) {
            parent.child("PermissionsBoundaryDecisionDetail").add("AllowedByPermissionsBoundary", allowed);
        }
    }
}
