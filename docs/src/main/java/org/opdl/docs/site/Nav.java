package org.opdl.docs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opdl.docs.page.Page;
import org.opdl.model.text.Lang;

/** The navigation bar of a page: the sections of its language, and the same page in the other language. */
final class Nav {

    private final Set<String> paths;

    /** A navigation over the site's pages. */
    Nav(Set<String> paths) {
        this.paths = paths;
    }

    /** The navigation of one page, as Markdown. */
    String of(Page page) {
        String toRoot = page.toRoot();
        if (!page.path().startsWith("en/") && !page.path().startsWith("fr/")) {
            // Each language is named in itself: the French name of the other language is "English".
            return "[OPDL](" + toRoot + "index.md) · [" + SiteMessages.NAV_OTHER_LANGUAGE.in(Lang.FR) + "](" + toRoot
                    + "en/index.md) · [" + SiteMessages.NAV_OTHER_LANGUAGE.in(Lang.EN) + "](" + toRoot + "fr/index.md)";
        }
        boolean fr = page.path().startsWith("fr/");
        String home = toRoot + (fr ? "fr/" : "en/");
        Lang lang = page.lang();
        Lang words = fr ? Lang.FR : Lang.EN;
        List<String> items = new ArrayList<>();
        items.add("[OPDL](" + home + "index.md)");
        add(items, home, fr ? "fr/" : "en/", "fields/listing.md", SiteMessages.NAV_FIELDS.in(words));
        add(items, home, fr ? "fr/" : "en/", "vocabularies/index.md", SiteMessages.NAV_VOCABULARIES.in(words));
        add(items, home, fr ? "fr/" : "en/", "career-stages.md", SiteMessages.NAV_CAREER_STAGES.in(words));
        add(items, home, fr ? "fr/" : "en/", "rules.md", SiteMessages.NAV_RULES.in(words));
        add(items, home, fr ? "fr/" : "en/", "cli/index.md", SiteMessages.NAV_COMMAND_LINE.in(words));
        add(items, home, fr ? "fr/" : "en/", "downloads.md", SiteMessages.NAV_DOWNLOADS.in(words));
        String counterpart = (fr ? "en/" : "fr/") + page.path().substring(3);
        String other = paths.contains(counterpart) ? counterpart : (fr ? "en/" : "fr/") + "index.md";
        items.add("[" + SiteMessages.NAV_OTHER_LANGUAGE.in(lang == Lang.FR || fr ? Lang.FR : Lang.EN) + "](" + toRoot + other + ")");
        return String.join(" · ", items);
    }

    private void add(List<String> items, String home, String prefix, String path, String label) {
        if (paths.contains(prefix + path)) {
            items.add("[" + label + "](" + home + path + ")");
        }
    }
}
