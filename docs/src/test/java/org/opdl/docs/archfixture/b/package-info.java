/** The other half of a package cycle, for the cycle rule's self-test. */
package org.opdl.docs.archfixture.b;
