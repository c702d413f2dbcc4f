package dev.flowsim.emulator.logs.insights;

import java.util.List;

/**
 * What a finished query returns.
 *
 * @param rows           result rows, each a list of {field, value} in projection order (absent fields left out)
 * @param recordsMatched events that passed the per-event commands ({@code fields}, {@code parse}, {@code filter})
 * @param recordsScanned events read in the time range
 * @param bytesScanned   UTF-8 bytes of the messages read [U: AWS counts its own stored size]
 */
public record QueryResult(List<List<ResultField>> rows, long recordsMatched, long recordsScanned, long bytesScanned) {
}
