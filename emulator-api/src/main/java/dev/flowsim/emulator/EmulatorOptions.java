package dev.flowsim.emulator;

import dev.flowsim.emulator.auth.ClockSkewWindows;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.emulator.identity.config.AccountsConfig;

import java.time.Clock;
import java.time.Duration;

/**
 * Everything an emulator is built from. The defaults are what {@code flowsim serve} runs with.
 *
 * @param server        network settings and limits
 * @param clock         the simulated clock shared with the simulator
 * @param wallClock     the real clock, used only for SigV4's clock-skew window (clients sign with real time)
 * @param clockSkew     how far a signature's time may be from the wall clock, per service (AWS: 5 minutes, STS 15)
 * @param seed          seeds every identifier the emulator makes
 * @param accounts      further accounts, users, keys, policies and roles created at start ({@code serve --config})
 * @param crossAccountLogDestinations whether CreateFlowLogs accepts a log-group ARN of another account (a flowsim
 *                      behaviour [U]: AWS documents no cross-account CloudWatch Logs destination); off gives AWS's
 *                      same-account rule
 */
public record EmulatorOptions(ServerConfig server, SimulatedClock clock, Clock wallClock, ClockSkewWindows clockSkew,
                              long seed, AccountsConfig accounts, boolean crossAccountLogDestinations) {

    public static final String DEFAULT_ACCOUNT = "000000000000";
    public static final String DEFAULT_ACCESS_KEY = "test";
    public static final String DEFAULT_SECRET_KEY = "test";
    public static final String DEFAULT_REGION = "us-east-2";

    public static EmulatorOptions defaults() {
        return new EmulatorOptions(ServerConfig.defaults(), SimulatedClock.system(), Clock.systemUTC(),
                ClockSkewWindows.aws(), 42L, AccountsConfig.empty(), true);
    }

    /** The skew window of services without their own (AWS: 5 minutes). */
    public Duration maxClockSkew() {
        return clockSkew.standard();
    }

    public EmulatorOptions withClockSkew(ClockSkewWindows newClockSkew) {
        return new EmulatorOptions(server, clock, wallClock, newClockSkew, seed, accounts, crossAccountLogDestinations);
    }

    /** The real clock SigV4 compares signing times with; tests pin it to sign with a skewed clock. */
    public EmulatorOptions withWallClock(Clock newWallClock) {
        return new EmulatorOptions(server, clock, newWallClock, clockSkew, seed, accounts, crossAccountLogDestinations);
    }

    public EmulatorOptions withServer(ServerConfig newServer) {
        return new EmulatorOptions(newServer, clock, wallClock, clockSkew, seed, accounts, crossAccountLogDestinations);
    }

    public EmulatorOptions withClock(SimulatedClock newClock) {
        return new EmulatorOptions(server, newClock, wallClock, clockSkew, seed, accounts, crossAccountLogDestinations);
    }

    public EmulatorOptions withSeed(long newSeed) {
        return new EmulatorOptions(server, clock, wallClock, clockSkew, newSeed, accounts, crossAccountLogDestinations);
    }

    public EmulatorOptions withAccounts(AccountsConfig newAccounts) {
        return new EmulatorOptions(server, clock, wallClock, clockSkew, seed, newAccounts, crossAccountLogDestinations);
    }

    public EmulatorOptions withCrossAccountLogDestinations(boolean allowed) {
        return new EmulatorOptions(server, clock, wallClock, clockSkew, seed, accounts, allowed);
    }
}
