package dev.flowsim.emulator.iamapi;

/** A tag as IAM and STS take it: a key and a (possibly empty) value. */
public record Tag(String key, String value) {
}
