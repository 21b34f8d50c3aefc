/**
 * The generators of the site's reference pages: vocabularies, career stages, fields, rules, the
 * command-line reference and downloads. Each reads the toolkit's own model (the vocabulary, the
 * scale, the standard's definition, the rule catalogue, the picocli command tree), so the pages
 * cannot drift from the code. Every page exists in English and French.
 */
package org.opdl.docs.page;
