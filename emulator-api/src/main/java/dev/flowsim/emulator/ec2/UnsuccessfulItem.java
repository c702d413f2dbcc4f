package dev.flowsim.emulator.ec2;

/** One resource or flow log id an EC2 batch call could not handle; it becomes an {@code unsuccessful/item}. */
public record UnsuccessfulItem(String resourceId, String code, String message) {
}
