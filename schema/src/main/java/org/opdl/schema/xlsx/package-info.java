/**
 * The workbook (XLSX) form: a Listings sheet with one row per program and a sheet for each kind
 * of repeated thing (intakes, partners, funders), one row each, joined to its listing by the
 * listing's id. Cells are read and written through the spreadsheet form of {@code csv}, so a
 * workbook takes every heading and cell reading the CSV form takes. Sheets are streamed with
 * POI's SAX API and written with SXSSF, so memory stays flat as a workbook grows; workbooks are
 * hostile input, and every refusal names the file and the part.
 */
package org.opdl.schema.xlsx;
