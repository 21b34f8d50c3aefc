/**
 * Java records for a listing, a dataset and their nested objects. Every record in this package
 * except {@code Values} is generated from {@code standard/listing/*.csv} by the generator in the
 * model module's tests; do not edit them by hand, edit the table and regenerate. A language map is
 * a {@code Map<String, String>} from BCP 47 tag to text, money is a {@code BigDecimal}, a code is its
 * {@code String}, dates are {@code LocalDate} and {@code OffsetDateTime}, and durations stay ISO 8601
 * strings because {@code java.time} has no type for "P1Y2M".
 */
package org.opdl.model.listing;
