/**
 * Assembles and writes the specification site: the generated reference pages, the guides, the
 * downloads, the manual pages and the shell completion, as Markdown sources and HTML. {@link
 * org.opdl.docs.site.SiteGenerator} is the entry point that {@code mvn -pl docs -am package} runs;
 * it writes to a fresh folder and swaps it in whole, so a failed run never leaves half a site.
 */
package org.opdl.docs.site;
