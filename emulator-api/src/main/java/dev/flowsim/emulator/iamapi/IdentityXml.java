package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.AccessKey;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.IsoTimestamps;
import dev.flowsim.emulator.queryinput.Tag;

import java.util.List;

/** The {@code <User>}, {@code <Policy>}, {@code <PolicyVersion>}, attached-policy and access-key structures. */
final class IdentityXml {

    private IdentityXml() {
    }

    static XmlElement user(String element, User user, List<Tag> tags) {
        XmlElement xml = XmlElement.of(element)
                .add("Path", user.path())
                .add("UserName", user.name())
                .add("UserId", user.userId())
                .add("Arn", user.arn())
                .add("CreateDate", IsoTimestamps.format(user.createDate()));
        tags(xml, tags);
        return xml;
    }

    static XmlElement policy(String element, ManagedPolicy policy, int attachmentCount, List<Tag> tags) {
        XmlElement xml = XmlElement.of(element)
                .add("PolicyName", policy.name())
                .add("PolicyId", policy.policyId())
                .add("Arn", policy.arn())
                .add("Path", policy.path())
                .add("DefaultVersionId", policy.defaultVersionId())
                .add("AttachmentCount", attachmentCount)
                .add("PermissionsBoundaryUsageCount", 0)
                .add("IsAttachable", true);
        if (policy.description() != null && !policy.description().isEmpty()) {
            xml.add("Description", policy.description());
        }
        xml.add("CreateDate", IsoTimestamps.format(policy.createDate()))
                .add("UpdateDate", IsoTimestamps.format(policy.updateDate()));
        tags(xml, tags);
        return xml;
    }

    /** @param withDocument only GetPolicyVersion returns the document; CreatePolicyVersion and ListPolicyVersions do not */
    static XmlElement version(String element, ManagedPolicy policy, ManagedPolicy.Version version,
                              boolean withDocument) {
        XmlElement xml = XmlElement.of(element);
        if (withDocument) {
            xml.add("Document", PolicyText.urlEncode(version.document().text()));
        }
        return xml.add("VersionId", version.versionId())
                .add("IsDefaultVersion", version.versionId().equals(policy.defaultVersionId()))
                .add("CreateDate", IsoTimestamps.format(version.createDate()));
    }

    static XmlElement attached(ManagedPolicy policy) {
        return XmlElement.of("member").add("PolicyName", policy.name()).add("PolicyArn", policy.arn());
    }

    static XmlElement accessKeyMetadata(AccessKey key) {
        return XmlElement.of("member").add("UserName", key.userName()).add("AccessKeyId", key.accessKeyId())
                .add("Status", key.status()).add("CreateDate", IsoTimestamps.format(key.createDate()));
    }

    private static void tags(XmlElement xml, List<Tag> tags) {
        if (!tags.isEmpty()) {
            XmlElement list = xml.child("Tags");
            for (Tag tag : tags) {
                list.child("member").add("Key", tag.key()).add("Value", tag.value());
            }
        }
    }
}
