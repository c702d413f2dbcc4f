package dev.flowsim.emulator.queryinput;

/** A tag as IAM and STS take it: a key and a (possibly empty) value. */
public record Tag(String key, String value) {
}
