/**
 * A rule from outside the built-in set, as a portal that publishes listings would write it: it
 * lives in its own package, brings its own message bundle in English and French, and reaches the
 * validator only through the public rule contract.
 */
package org.opdl.portal;
