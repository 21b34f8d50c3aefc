/**
 * Writes Markdown and turns it into HTML pages. Page generators build Markdown with {@link
 * org.opdl.docs.markdown.Markdown}, which escapes data so that a label can never break a table;
 * {@link org.opdl.docs.markdown.HtmlPages} renders it with CommonMark and the site's layout, and
 * rewrites links between Markdown sources into links between HTML pages.
 */
package org.opdl.docs.markdown;
