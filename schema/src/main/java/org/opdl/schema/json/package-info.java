/**
 * Readers and writers for the standard's JSON form: a dataset object or a bare array of listings,
 * and NDJSON with one listing a line. Both read through Jackson's streaming parser under explicit
 * limits, with duplicate keys refused, and keep the line and column of every value so that any
 * JSON pointer can be turned back into a place in the file. Writers stream one listing at a time.
 */
package org.opdl.schema.json;
