package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.queryinput.IsoTimestamps;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;

import java.util.List;

/** The {@code <Role>} structure of CreateRole and GetRole responses. */
final class RoleXml {

    private RoleXml() {
    }

    /**
     * @param lastUsed GetRole reports {@code <RoleLastUsed/>} (empty: flowsim does not track use); CreateRole does not
     */
    static XmlElement role(Role role, List<Tag> tags, boolean lastUsed) {
        XmlElement xml = XmlElement.of("Role")
                .add("Path", role.path())
                .add("RoleName", role.name())
                .add("RoleId", role.roleId())
                .add("Arn", role.arn())
                .add("CreateDate", IsoTimestamps.format(role.createDate()))
                .add("AssumeRolePolicyDocument", PolicyText.urlEncode(role.trustPolicy().text()));
        if (role.description() != null && !role.description().isEmpty()) {
            xml.add("Description", role.description());
        }
        xml.add("MaxSessionDuration", role.maxSessionDurationSeconds());
        if (!tags.isEmpty()) {
            XmlElement list = xml.child("Tags");
            for (Tag tag : tags) {
                list.child("member").add("Key", tag.key()).add("Value", tag.value());
            }
        }
        if (lastUsed) {
            xml.child("RoleLastUsed");
        }
        return xml;
    }
}
