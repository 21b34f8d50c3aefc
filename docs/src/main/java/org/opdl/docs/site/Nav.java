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
            return "[OPDL](" + toRoot + "index.md) · [English](" + toRoot + "en/index.md) · [Français](" + toRoot
                    + "fr/index.md)";
        }
        Lang lang = page.lang();
        boolean fr = page.path().startsWith("fr/");
        String home = toRoot + (fr ? "fr/" : "en/");
        List<String> items = new ArrayList<>();
        items.add("[OPDL](" + home + "index.md)");
        add(items, home, fr ? "fr/" : "en/", "fields/listing.md", fr ? "Champs" : "Fields");
        add(items, home, fr ? "fr/" : "en/", "vocabularies/index.md", fr ? "Vocabulaires" : "Vocabularies");
        add(items, home, fr ? "fr/" : "en/", "career-stages.md", fr ? "Stades de carrière" : "Career stages");
        add(items, home, fr ? "fr/" : "en/", "rules.md", fr ? "Règles" : "Rules");
        add(items, home, fr ? "fr/" : "en/", "cli/index.md", fr ? "Ligne de commande" : "Command line");
        add(items, home, fr ? "fr/" : "en/", "downloads.md", fr ? "Téléchargements" : "Downloads");
        String counterpart = (fr ? "en/" : "fr/") + page.path().substring(3);
        String other = paths.contains(counterpart) ? counterpart : (fr ? "en/" : "fr/") + "index.md";
        items.add("[" + (lang == Lang.FR || fr ? "English" : "Français") + "](" + toRoot + other + ")");
        return String.join(" · ", items);
    }

    private void add(List<String> items, String home, String prefix, String path, String label) {
        if (paths.contains(prefix + path)) {
            items.add("[" + label + "](" + home + path + ")");
        }
    }
}
