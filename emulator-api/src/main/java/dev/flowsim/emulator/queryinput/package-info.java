/**
 * Input handling shared by the Query-protocol services (IAM and STS): the service model's patterns and length limits
 * with AWS's ValidationError wording, tag lists, policy documents in requests, ISO-8601 timestamps.
 */
package dev.flowsim.emulator.queryinput;
