package org.opdl.cli.command;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.opdl.cli.exit.InputException;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.schema.migrate.Migration;
import tools.jackson.databind.JsonNode;

/**
 * The standard versions the files of one dataset declare, each file by its dataset's
 * {@code standardVersion} or, without one, its first listing's context. Files of two versions
 * cannot make one dataset: a 0.1 listing without fees was free, where 0.2 reads it as "not stated",
 * so joining them would change what listings mean without a word. A file that declares nothing is
 * taken at its word.
 */
final class DeclaredVersions {

    private final Set<String> decided = new HashSet<>();
    private String firstFile;
    private String firstVersion;

    /** Notes what {@code node} (a file's dataset fields, or a listing) declares, once per file. */
    void see(String file, JsonNode node) {
        if (node == null || decided.contains(file)) {
            return;
        }
        Optional<String> version = Migration.declaredVersion(node);
        if (version.isEmpty()) {
            return;
        }
        decided.add(file);
        if (firstVersion == null) {
            firstFile = file;
            firstVersion = version.get();
        } else if (!firstVersion.equals(version.get())) {
            String old = firstVersion.equals(Migration.FROM) ? firstFile : file;
            throw new InputException(CommandMessages.MERGE_TWO_VERSIONS.text(firstFile, firstVersion, file, version.get(),
                    old, StandardDefinition.version()));
        }
    }
}
