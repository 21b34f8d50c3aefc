/**
 * Small classes that each break one architecture rule, so that {@code ArchitectureSelfTest} can show
 * every rule reports a violation: a cycle between {@code a} and {@code b}, and a class of another
 * module that uses the validator's internal memo.
 */
package org.opdl.docs.archfixture;
