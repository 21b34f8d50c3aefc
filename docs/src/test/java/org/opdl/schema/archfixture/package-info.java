/** A library class that prints to the console, so that the console rule has something to refuse. */
package org.opdl.schema.archfixture;
