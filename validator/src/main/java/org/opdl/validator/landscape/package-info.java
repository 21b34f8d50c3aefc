/**
 * The landscape report: counts and shares of a dataset's programs by type, career stage, region,
 * delivery, language, target group, unit, cost and status, the gaps where no open program serves a
 * stage, the wordings providers use for stages, and the completeness of the data, set beside the
 * industry report that motivated the standard. {@link org.opdl.validator.landscape.LandscapeTally}
 * gathers the figures in the same pass as a validation run, in memory that does not grow with the
 * number of listings; {@link org.opdl.validator.landscape.Landscape} holds them, and small renderers
 * write them as JSON, Markdown or HTML with SVG charts, in English or French.
 */
package org.opdl.validator.landscape;
