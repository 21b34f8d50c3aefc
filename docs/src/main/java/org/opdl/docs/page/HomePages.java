package org.opdl.docs.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.text.Lang;

/** The site's entry page, the home page of each language, the downloads page and the man-page index. */
public final class HomePages {

    /**
     * One guide of the site.
     *
     * @param file its file name, such as {@code providers.md}
     * @param title its title in the language of the page it is on
     * @param lang the language it is written in
     */
    public record Guide(String file, String title, Lang lang) {
    }

    private HomePages() {
    }

    /** The bilingual entry page at the root of the site. */
    public static Page entry() {
        Markdown md = new Markdown().heading(1, "OPDL: Open Professional Development Listings");
        md.paragraph(PageMessages.HOME_ENTRY_PITCH.in(Lang.EN));
        md.paragraph(PageMessages.HOME_ENTRY_PITCH.in(Lang.FR));
        md.bullets(List.of(Markdown.link(PageMessages.HOME_ENTRY_LANGUAGE.in(Lang.EN), "en/index.md"),
                Markdown.link(PageMessages.HOME_ENTRY_LANGUAGE.in(Lang.FR), "fr/index.md"),
                Markdown.link(PageMessages.HOME_DOWNLOADS.in(Lang.EN) + " · " + PageMessages.HOME_DOWNLOADS.in(Lang.FR),
                        "en/downloads.md")));
        return new Page("index.md", Lang.EN, "OPDL", md.build());
    }

    /** The home page of one language. */
    public static Page home(Lang lang, List<Guide> guides, boolean fields, boolean rules) {
        String title = PageMessages.HOME_OPDL_SPECIFICATION.in(lang);
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(PageMessages.HOME_INTRO.in(lang));
        md.heading(2, PageMessages.HOME_GUIDES.in(lang));
        List<String> items = new ArrayList<>();
        for (Guide g : guides) {
            String href = g.lang() == lang ? "guides/" + g.file() : "../" + g.lang().tag() + "/guides/" + g.file();
            items.add(Markdown.link(g.title(), href)
                    + (g.lang() == lang ? "" : " (" + Words.languageName(lang, g.lang()) + ")"));
        }
        md.bullets(items);
        md.heading(2, PageMessages.HOME_REFERENCE.in(lang));
        List<String> ref = new ArrayList<>();
        if (fields) {
            ref.add(PageMessages.HOME_LINK_FIELDS.in(lang));
        }
        ref.add(PageMessages.HOME_LINK_VOCABULARIES.in(lang));
        ref.add(PageMessages.HOME_LINK_CAREER_STAGES.in(lang));
        if (rules) {
            ref.add(PageMessages.HOME_LINK_RULES.in(lang));
        }
        ref.add(PageMessages.HOME_LINK_CLI.in(lang));
        ref.add(PageMessages.HOME_LINK_DOWNLOADS.in(lang));
        ref.add(PageMessages.HOME_LINK_CHANGELOG.in(lang));
        md.bullets(ref);
        md.paragraph(PageMessages.HOME_THE_STANDARD_ITS_VOCABULARY.in(lang));
        return new Page(lang.tag() + "/index.md", lang, title, md.build());
    }

    /** The downloads page of one language. */
    public static Page downloads(Lang lang, String version, List<Download> files, Map<String, List<Download>> earlier) {
        String title = PageMessages.HOME_DOWNLOADS.in(lang);
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(PageMessages.HOME_THE_PUBLISHED_FILES_OF.in(lang, version));
        List<List<String>> rows = new ArrayList<>();
        for (Download d : files) {
            rows.add(List.of(Markdown.link(d.path().substring(("downloads/" + version + "/").length()), "../" + d.path()),
                    Markdown.text(d.what().in(lang))));
        }
        md.table(List.of(PageMessages.HOME_FILE.in(lang), PageMessages.HOME_WHAT_IT_IS.in(lang)), rows);
        md.heading(2, PageMessages.HOME_EARLIER_VERSIONS.in(lang));
        md.paragraph(PageMessages.HOME_EVERY_RELEASED_VERSION_STAYS.in(lang));
        earlier.forEach((v, list) -> {
            md.heading(3, "Version " + v);
            List<List<String>> old = new ArrayList<>();
            for (Download d : list) {
                old.add(List.of(Markdown.link(d.path(), "../" + d.path()), Markdown.text(d.what().in(lang))));
            }
            md.table(List.of(PageMessages.HOME_FILE.in(lang), PageMessages.HOME_WHAT_IT_IS.in(lang)), old);
        });
        return new Page(lang.tag() + "/downloads.md", lang, title, md.build());
    }

    /** The index of the manual pages, in English. */
    public static Page manIndex(List<String> files) {
        Markdown md = new Markdown().heading(1, "Manual pages");
        md.paragraph("One page per command, in AsciiDoc as picocli's man-page generator writes it. "
                + "`asciidoctor -b manpage opdl.adoc` turns a page into a `man` page.");
        md.bullets(files.stream().map(f -> Markdown.link(f, f)).toList());
        return new Page("man/index.md", Lang.EN, "Manual pages", md.build());
    }
}
