package dev.flowsim.scenario.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalogue of scenarios shipped inside flowsim (resources under {@code catalog/}): found on the class path,
 * whether flowsim runs from its jar or from a build directory, as ordinary {@link Path}s so policy files next to a
 * scenario resolve the same way as for the user's own files.
 */
public final class Catalog {

    private Catalog() {
    }

    /** The catalogue's scenario files, sorted by name. */
    public static List<Path> scenarios() {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder() {
        URL url = Catalog.class.getResource("/catalog/happy-path.yaml");
        if (url == null) {
            throw new IllegalStateException("the scenario catalogue is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/catalog");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the scenario catalogue: " + e, e);
        }
    }
}
