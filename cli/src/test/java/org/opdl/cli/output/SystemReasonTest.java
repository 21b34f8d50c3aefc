package org.opdl.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;

/** The system's reason for a failed write, said in both languages (B41, B42). */
@DisplayName("SystemReason")
class SystemReasonTest {

    @Nested
    @DisplayName("a cause of the known set")
    class Known {

        @Test
        @DisplayName("a full disk is said in the run's language, the system's words kept after it as a detail")
        void fullDisk() {
            Text t = SystemReason.of(new IOException("No space left on device"));
            assertThat(t.en()).isEqualTo("the disk is full (the system says \"No space left on device\")");
            assertThat(t.fr()).isEqualTo("le disque est plein (le système dit « No space left on device »)");
        }

        @Test
        @DisplayName("a file-system exception gives its reason alone, without the file's name said elsewhere")
        void fileSystemReason() {
            Text t = SystemReason.of(new FileSystemException("/srv/exports/saison.ttl", null, "Disk quota exceeded"));
            assertThat(t.fr()).isEqualTo("votre part du disque (quota) est épuisée (le système dit « Disk quota exceeded »)");
            assertThat(t.en()).doesNotContain("saison.ttl");
        }

        @Test
        @DisplayName("a refused permission is known by its type, whatever its words")
        void permission() {
            assertThat(SystemReason.of(new AccessDeniedException("/srv/exports/saison.ttl")).fr()).isEqualTo("permission refusée");
        }

        @Test
        @DisplayName("a read-only disk, a failing device and a file too large each have their words")
        void others() {
            assertThat(SystemReason.of(new IOException("Read-only file system")).fr()).startsWith("le disque est en lecture seule (");
            assertThat(SystemReason.of(new IOException("Input/output error")).fr()).startsWith("le périphérique n'a pas pu écrire");
            assertThat(SystemReason.of(new IOException("File too large")).en())
                    .startsWith("the file is larger than the system lets this program write");
        }
    }

    @Nested
    @DisplayName("the reader gone")
    class Reader {

        @Test
        @DisplayName("\"Broken pipe\", with or without the words a channel adds, is the reader gone; a full disk is not")
        void brokenPipe() {
            assertThat(SystemReason.readerGone(new IOException("Broken pipe"))).isTrue();
            assertThat(SystemReason.readerGone(new IOException("Broken pipe (Write failed)"))).isTrue();
            assertThat(SystemReason.readerGone(new IOException("No space left on device"))).isFalse();
            assertThat(SystemReason.readerGone(new IOException((String) null))).isFalse();
        }
    }

    @Nested
    @DisplayName("a cause outside the known set")
    class Unknown {

        @Test
        @DisplayName("is said in general words, the system's words (perhaps in the machine's language) kept as a detail")
        void otherWords() {
            Text t = SystemReason.of(new IOException("Aucun espace disponible sur le périphérique"));
            assertThat(t.fr()).isEqualTo("le système a refusé d'écrire (le système dit « Aucun espace disponible sur le périphérique »)");
            assertThat(t.en()).isEqualTo("the system refused to write (the system says \"Aucun espace disponible sur le périphérique\")");
        }

        @Test
        @DisplayName("without words, the general words alone")
        void noWords() {
            assertThat(SystemReason.of(new IOException()).en()).isEqualTo("the system refused to write");
        }
    }
}
