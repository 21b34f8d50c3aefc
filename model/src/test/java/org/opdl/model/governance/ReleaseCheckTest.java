package org.opdl.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

/**
 * The build's release check: the standard's tables as they stand against the last released version
 * kept under {@code releases/}. It fails when the tables changed without the version bump their
 * changes need, for the standard or for any scheme, and says which version to give.
 */
@DisplayName("Release check: every change to the standard since the last release comes with its version bump")
class ReleaseCheckTest {

    private static final Path RELEASES = Path.of("..", "releases");
    private static final Path CURRENT = Path.of("..", "standard");

    /** The newest released version, by its numbers (0.10 after 0.9). */
    static Path lastRelease() throws IOException {
        try (Stream<Path> dirs = Files.list(RELEASES)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().matches("\\d+(\\.\\d+){1,2}"))
                    .max(Comparator.comparing(d -> version(d.getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("no released version under " + RELEASES));
        }
    }

    private static String version(String v) {
        StringBuilder key = new StringBuilder();
        for (String part : v.split("\\.")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    @Test
    @DisplayName("the versions follow the changes since the last release")
    void versionsFollowChanges() throws IOException {
        Path released = lastRelease();
        DiffReport report = StandardDiff.diff(released, CURRENT);
        List<String> missing = report.missingBumps().stream().map(b -> b.message(Lang.EN)).toList();
        assertThat(report.beforeProblems()).as("tables of " + released + " that cannot be read").isEmpty();
        assertThat(report.afterProblems()).as("tables of standard/ that cannot be read").isEmpty();
        assertThat(missing).as("versions to raise before release (opdl standard diff " + released + " standard)").isEmpty();
    }

    @Test
    @DisplayName("a release is never edited: its folder holds the tables of its own version")
    void releasesKeepTheirVersion() throws IOException {
        try (Stream<Path> dirs = Files.list(RELEASES)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String text = Files.readString(d.resolve("listing/dataset.csv"));
                assertThat(text).as(d + "/listing/dataset.csv").contains("/context/" + d.getFileName() + ".jsonld");
            }
        }
    }
}
