/** A class of the model layer that reaches up into the CLI, so that the layer rule has something to refuse. */
package org.opdl.model.archfixture;
