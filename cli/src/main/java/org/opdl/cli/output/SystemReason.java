package org.opdl.cli.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Map;
import org.opdl.model.text.Text;

/**
 * Why the system refused a write, in plain words in both languages. The system's own words (the C
 * library's, in the language of the machine, most often English) name a cause from a known set (a full
 * disk, a file larger than the process may write, a used-up quota, a read-only disk, no permission, a
 * failing device); they follow only as a detail, so that a French run says the reason in French.
 */
public final class SystemReason {

    /** The system's words for each known cause, as glibc, musl and macOS write them. */
    private static final Map<String, OutputMessages> KNOWN = Map.of(
            "no space left on device", OutputMessages.SYSTEM_REASON_DISK_FULL,
            "file too large", OutputMessages.SYSTEM_REASON_FILE_TOO_LARGE,
            "disk quota exceeded", OutputMessages.SYSTEM_REASON_QUOTA,
            "read-only file system", OutputMessages.SYSTEM_REASON_READ_ONLY,
            "permission denied", OutputMessages.SYSTEM_REASON_PERMISSION,
            "input/output error", OutputMessages.SYSTEM_REASON_DEVICE,
            "broken pipe", OutputMessages.SYSTEM_REASON_READER_GONE);

    private SystemReason() {
    }

    /** The reason {@code e} gives, in both languages, with the system's words after it in parentheses. */
    public static Text of(IOException e) {
        String words = words(e);
        OutputMessages known = e instanceof AccessDeniedException ? OutputMessages.SYSTEM_REASON_PERMISSION : known(words);
        if (words == null || words.isBlank()) {
            return (known == null ? OutputMessages.SYSTEM_REASON_OTHER : known).text();
        }
        return OutputMessages.SYSTEM_REASON_WITH_WORDS.text(
                (known == null ? OutputMessages.SYSTEM_REASON_OTHER : known).text(), words.strip());
    }

    /** True when {@code e} says the program reading the output went away (EPIPE). */
    public static boolean readerGone(IOException e) {
        return known(words(e)) == OutputMessages.SYSTEM_REASON_READER_GONE;
    }

    private static OutputMessages known(String words) {
        if (words == null) {
            return null;
        }
        String w = words.strip().toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, OutputMessages> k : KNOWN.entrySet()) {
            // FileOutputStream words it "Broken pipe", some channels "Broken pipe (Write failed)".
            if (w.startsWith(k.getKey())) {
                return k.getValue();
            }
        }
        return null;
    }

    /** The system's words alone: a file-system exception's message also names the file, said elsewhere. */
    private static String words(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getReason();
        }
        return e.getMessage();
    }
}
