package dev.flowsim.scenario.model;

/**
 * A policy document: written inline (as YAML/JSON, or as a JSON string), or {@code {file: name.json}} next to the
 * scenario. The loader has already read files, so {@link #json()} is the document text; {@code ${account}} and
 * {@code ${region}} in it stand for the owning account and the scenario's region.
 *
 * @param source where it came from: "inline" or the relative file name
 */
public record PolicyRef(String json, String source) {

    public String resolve(String account, String region) {
        return json.replace("${account}", account).replace("${region}", region);
    }
}
