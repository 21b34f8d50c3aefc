package org.opdl.cli.output;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of writing the output files in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum OutputMessages implements Message {
    ATOMIC_OUTPUT_APPEARED_WHILE_OPDL("atomic-output.appeared-while-opdl"),
    ATOMIC_OUTPUT_CANNOT_REPLACE_ONE("atomic-output.cannot-replace-one"),
    ATOMIC_OUTPUT_CHANGED_WHILE_OPDL("atomic-output.changed-while-opdl"),
    DESTINATION_ALREADY_EXISTS_ADD("destination.already-exists-add"),
    DESTINATION_FOLDER_DOES_NOT("destination.folder-does-not"),
    DESTINATION_NOT_FILE_OPDL("destination.not-file-opdl"),
    DESTINATION_OUTPUT_FILE_NAME("destination.output-file-name"),
    DESTINATION_OUTPUT_INPUT_FILE("destination.output-input-file"),
    KIND_BLOCK_DEVICE("kind.block-device"),
    KIND_DEVICE("kind.device"),
    KIND_FOLDER("kind.folder"),
    KIND_NAMED_PIPE_FIFO("kind.named-pipe-fifo"),
    KIND_SOCKET("kind.socket"),
    KIND_SPECIAL_FILE("kind.special-file"),
    KIND_SYMBOLIC_LINK("kind.symbolic-link"),
    STANDARD_OUTPUT_CANNOT_WRITE_STANDARD("standard-output.cannot-write-standard");

    private static final Bundle BUNDLE = Bundle.of(OutputMessages.class, "messages");

    private final String key;

    OutputMessages(String key) {
        this.key = key;
    }

    @Override
    public Bundle bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return key;
    }
}
