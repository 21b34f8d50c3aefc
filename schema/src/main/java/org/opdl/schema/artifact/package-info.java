/**
 * The standard's artifacts: the JSON Schemas of a listing and a dataset, the JSON-LD context, the
 * RDF vocabulary (in Turtle and in JSON-LD) and the SHACL shapes. {@link org.opdl.schema.artifact.Artifact} names them and
 * reads them from the jar; one small generator per artifact makes them from the definition, and a
 * no-drift test keeps the committed files equal to what the generators make.
 */
package org.opdl.schema.artifact;
