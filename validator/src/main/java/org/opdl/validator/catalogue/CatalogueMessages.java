package org.opdl.validator.catalogue;

import org.opdl.model.text.Message;

/**
 * The messages of the rule catalogue in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the constants' names in lower case with hyphens.
 */
enum CatalogueMessages implements Message {
    CATALOGUE_FAILS,
    CATALOGUE_FIX,
    CATALOGUE_PASSES;
}
