package org.opdl.docs.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opdl.docs.page.Download;
import org.opdl.model.text.Lang;
import org.opdl.schema.csv.CsvTemplate;

/**
 * Copies the standard's published files to their versioned paths under {@code downloads/<version>/},
 * for the current version and for every earlier released one:
 * the JSON Schemas, the JSON-LD context, the vocabulary and the shapes (from the schema module's
 * classpath), the spreadsheet templates in English and French (written by {@code CsvTemplate}, as
 * {@code opdl template} writes them), and the examples (from {@code docs/examples/}).
 */
final class Downloads {

    /** The published artifacts, by file name, with what each one is. */
    static final List<Download> ARTIFACTS = List.of(
            new Download("listing.schema.json", SiteMessages.DOWNLOAD_LISTING_SCHEMA.text()),
            new Download("dataset.schema.json", SiteMessages.DOWNLOAD_DATASET_SCHEMA.text()),
            new Download("context.jsonld", SiteMessages.DOWNLOAD_CONTEXT.text()),
            new Download("vocabulary.ttl", SiteMessages.DOWNLOAD_VOCABULARY_TURTLE.text()),
            new Download("vocabulary.jsonld", SiteMessages.DOWNLOAD_VOCABULARY_JSONLD.text()),
            new Download("shapes.ttl", SiteMessages.DOWNLOAD_SHAPES.text()));

    private Downloads() {
    }

    /** Writes the downloads of the current version of the standard and returns what was written. */
    static List<Download> write(Path repoRoot, Path site, String version) throws IOException {
        String base = "downloads/" + version + "/";
        Path dir = site.resolve(base);
        List<Download> out = new ArrayList<>(artifacts(site, version));
        templatesAndExamples(repoRoot, dir, base, out);
        return out;
    }

    /**
     * Writes the artifacts of a version released before the current one, byte for byte as the
     * schema module keeps them, and returns what was written. Templates and examples follow the
     * current version only.
     */
    static List<Download> artifacts(Path site, String version) throws IOException {
        String base = "downloads/" + version + "/";
        Path dir = site.resolve(base);
        Files.createDirectories(dir);
        List<Download> out = new ArrayList<>();
        for (Download a : ARTIFACTS) {
            String resource = "org/opdl/schema/" + version + "/" + a.path();
            try (InputStream in = Downloads.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the schema module ships no " + resource);
                }
                Files.write(dir.resolve(a.path()), in.readAllBytes());
            }
            out.add(new Download(base + a.path(), a.what()));
        }
        return out;
    }

    private static void templatesAndExamples(Path repoRoot, Path dir, String base, List<Download> out) throws IOException {
        for (Lang lang : Lang.values()) {
            String name = "opdl-template." + lang.tag() + ".csv";
            try (OutputStream o = Files.newOutputStream(dir.resolve(name))) {
                CsvTemplate.write(o, lang);
            }
            out.add(new Download(base + name, lang == Lang.EN
                    ? SiteMessages.DOWNLOAD_TEMPLATE_ENGLISH.text()
                    : SiteMessages.DOWNLOAD_TEMPLATE_FRENCH.text()));
        }
        Path examples = repoRoot.resolve("docs/examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> files = Files.walk(examples)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().matches("README(\\.fr)?\\.md")).sorted().toList()) {
                    String rel = examples.relativize(f).toString().replace('\\', '/');
                    Path target = dir.resolve("examples").resolve(rel);
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                    boolean invalid = rel.startsWith("invalid/");
                    out.add(new Download(base + "examples/" + rel, invalid
                            ? SiteMessages.DOWNLOAD_INVALID_EXAMPLE.text()
                            : SiteMessages.DOWNLOAD_EXAMPLE.text()));
                }
            }
        }
    }
}
