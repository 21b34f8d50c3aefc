package org.opdl.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.opdl.model.text.Lang;
import org.opdl.schema.xlsx.XlsxTemplate;

/**
 * The workbook to fill, as {@code opdl template --to xlsx} writes it, in the page's language: a
 * coordinator who never opens a terminal starts from the page. It is made in memory for each request.
 */
final class TemplateDownload {

    /** The address of the download; {@code ?lang=fr} gives the French workbook. */
    static final String PATH = "/template.xlsx";

    private TemplateDownload() {
    }

    static void send(HttpExchange ex, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        XlsxTemplate.write(out, lang);
        String name = lang == Lang.FR ? "modele-fiches-opdl.xlsx" : "opdl-listings-template.xlsx";
        Replies.download(ex, UploadHandler.XLSX, name, out.toByteArray());
    }
}
