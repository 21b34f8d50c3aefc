package org.opdl.model.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.vocab.Vocabulary;

@DisplayName("The standard's definition of a listing and a dataset")
class StandardDefinitionTest {

    @Nested
    @DisplayName("as published in standard/listing/")
    class Published {

        @Test
        @DisplayName("gives version 0.2 and the context IRI under the fixed base")
        void versionAndContext() {
            assertThat(StandardDefinition.version()).isEqualTo("0.2");
            assertThat(StandardDefinition.contextIri()).isEqualTo("https://w3id.org/opdl/context/0.2.jsonld");
        }

        @Test
        @DisplayName("makes a listing a Listing aligned with schema.org and CTDL")
        void listingClass() {
            RecordDefinition listing = StandardDefinition.listing();
            assertThat(listing.rdfClass()).isEqualTo("Listing");
            assertThat(listing.aligns()).contains("schema:EducationalOccupationalProgram", "ceterms:LearningProgram");
        }

        @Test
        @DisplayName("requires the fields every listing must carry")
        void requiredTopLevel() {
            assertThat(FieldTree.listing().root().children().stream().filter(Field::required).map(Field::path))
                    .containsExactly("id", "provider", "title", "url", "programTypes");
        }

        @Test
        @DisplayName("types money as an exact decimal with an ISO 4217 currency")
        void money() {
            RecordDefinition listing = StandardDefinition.listing();
            assertThat(listing.field("stipend.amount").orElseThrow().rdfClass()).contains("MonetaryAmount");
            assertThat(listing.field("stipend.amount.amount").orElseThrow().type()).isEqualTo(FieldType.DECIMAL);
            assertThat(listing.field("fees.amount.currency").orElseThrow().type()).isEqualTo(FieldType.CURRENCY);
        }

        @Test
        @DisplayName("keeps the order of intakes and working languages, and of nothing else")
        void ordered() {
            assertThat(StandardDefinition.listing().fields().stream().filter(FieldDefinition::ordered)
                    .map(FieldDefinition::path)).containsExactly("workingLanguages", "intakes", "components");
        }

        @Test
        @DisplayName("lists the children of an object in table order")
        void children() {
            assertThat(FieldTree.listing().field("contact").orElseThrow().children().stream().map(Field::name))
                    .containsExactly("email", "name", "phone");
            assertThat(FieldTree.listing().field("title").orElseThrow().children()).isEmpty();
        }

        @Test
        @DisplayName("says which fields coordinators word their own way in a spreadsheet, and how")
        void sheetWordings() {
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.RESIDENTS)).map(Field::path))
                    .containsExactly("eligibility.residence", "eligibility.prioritisedRegions");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.HELP)).map(Field::path))
                    .containsExactly("financialHelp");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.HOURS)).map(Field::path))
                    .containsExactly("timeCommitment.hoursPerWeek");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.CAP)).map(Field::path))
                    .containsExactly("award.maximum.amount", "subsidy.cap.amount", "wageSubsidy.cap.amount");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.LEAST)).map(Field::path))
                    .containsExactly("stipend.minimum.amount", "stipend.hostShare.amount", "award.minimum.amount", "prizes.minimum.amount");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.PERCENT)).map(Field::path))
                    .containsExactly("subsidy.rate", "wageSubsidy.rate");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.PLACES)).map(Field::path))
                    .containsExactly("intakes.places");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.MINIMUM)).map(Field::name).distinct())
                    .containsExactly("minCompletedWorks", "minCredits", "minYears", "minAge", "minWorkLength", "minDuration");
            assertThat(FieldTree.listing().fields().stream().filter(f -> f.wordedAs(SheetWording.MAXIMUM)).map(Field::name).distinct())
                    .containsExactly("maxCompletedWorks", "maxCredits", "maxYears", "maxAge", "maxEmployees", "maxDuration");
            assertThat(StandardDefinition.dataset().fields()).allSatisfy(f -> assertThat(f.sheetWording()).isEmpty());
        }

        @Test
        @DisplayName("makes the listings of a dataset whole listings")
        void datasetHoldsListings() {
            RecordDefinition dataset = StandardDefinition.dataset();
            FieldDefinition listings = dataset.field("listings").orElseThrow();
            assertThat(dataset.isRecordReference(listings)).isTrue();
            assertThat(listings.rdfClass()).contains("Listing");
        }

        @Test
        @DisplayName("draws every code field from a scheme of the vocabulary, residency status included")
        void schemes() {
            assertThat(StandardDefinition.listing().field("eligibility.residencyStatus").orElseThrow().scheme())
                    .contains("residency-status");
            assertThat(Vocabulary.standard().scheme("residency-status").orElseThrow().codes())
                    .containsExactly("citizen", "permanent-resident", "protected-person", "resident");
        }
    }

    @Nested
    @DisplayName("when a table is wrong, names the file and row")
    class Mistakes {

        private static final String HEAD = "path,type,scheme,required,repeat,ordered,min,max,rdf_property,"
                + "rdf_class,aligns,csv_en,csv_fr,label_en,label_fr,definition_en,definition_fr,example,fixed,sheet_wording,sheet_unit\n";
        private static final String TYPE_ROW = "type,string,,false,false,false,,,,Listing,,,,T,T,D,D,,Listing\n";

        private RecordDefinition read(String rows) {
            DataTable table = DataTable.read("listing/test.csv",
                    new ByteArrayInputStream((HEAD + TYPE_ROW + rows).getBytes(StandardCharsets.UTF_8)));
            return DefinitionReader.read("listing", table, Vocabulary.standard(), Set.of(),
                    DefinitionReader.classes(DataTable.load(StandardDefinition.CLASS_TABLE), Vocabulary.standard()));
        }

        @Test
        @DisplayName("an unknown scheme")
        void unknownScheme() {
            assertThatThrownBy(() -> read("stage,code,career-level,false,false,false,,,stage,,,S,S,S,S,D,D,,\n"))
                    .isInstanceOf(DefinitionException.class)
                    .hasMessage("standard/listing/test.csv:3: unknown scheme \"career-level\"");
        }

        @Test
        @DisplayName("an unknown type")
        void unknownType() {
            assertThatThrownBy(() -> read("title,money,,false,false,false,,,title,,,T,T,T,T,D,D,,\n"))
                    .hasMessage("standard/listing/test.csv:3: unknown type \"money\"");
        }

        @Test
        @DisplayName("a child without its parent row")
        void orphan() {
            assertThatThrownBy(() -> read("contact.email,email,,true,false,false,,,email,,,E,E,E,E,D,D,,\n"))
                    .hasMessage("standard/listing/test.csv:3: \"contact.email\" has no parent row \"contact\" above it");
        }

        @Test
        @DisplayName("two objects of one class with different fields")
        void classMismatch() {
            assertThatThrownBy(() -> read(
                    "provider,object,,true,false,false,,,provider,Organization,,,,P,P,D,D,,\n"
                    + "provider.name,text,,true,false,false,,,name,,,N,N,N,N,D,D,,\n"
                    + "funders,object,,false,true,false,,,funder,Organization,,,,F,F,D,D,,\n"
                    + "funders.name,string,,true,false,false,,,orgName,,,FN,FN,N,N,D,D,,\n"))
                    .hasMessageContaining("\"funders\" is a Organization but its fields differ");
        }

        @Test
        @DisplayName("an object with no fields that is not a known record")
        void danglingObject() {
            assertThatThrownBy(() -> read("listings,object,,true,true,false,,,listing,Listing,,,,L,L,D,D,,\n"))
                    .hasMessageContaining("Listing is not a record it could hold");
        }

        @Test
        @DisplayName("a class missing from classes.csv")
        void unknownClass() {
            assertThatThrownBy(() -> read("venue,object,,false,false,false,,,venue,Venue,,,,V,V,D,D,,\n"
                    + "venue.city,string,,true,false,false,,,city,,,C,C,C,C,D,D,,\n"))
                    .hasMessageContaining("the class Venue is not in classes.csv");
        }

        @Test
        @DisplayName("a spreadsheet wording the readers do not know, or on a field it does not fit")
        void sheetWording() {
            assertThatThrownBy(() -> read("financialHelp,boolean,,false,false,false,,,financialHelp,,,F,F,F,F,D,D,,,bursaries\n"))
                    .hasMessageStartingWith("standard/listing/test.csv:3: unknown sheet wording \"bursaries\"");
            assertThatThrownBy(() -> read("workRegion,code,delivery-mode,false,true,false,,,workRegion,,,W,W,W,W,D,D,,,residents\n"))
                    .hasMessage("standard/listing/test.csv:3: the sheet wording residents is for a code of region,"
                            + " not a code of delivery-mode");
        }

        @Test
        @DisplayName("a unit the spreadsheet readers do not know, or on a field that counts nothing")
        void sheetUnit() {
            assertThatThrownBy(() -> read("minCredits,integer,,false,false,false,0,,minCredits,,,M,M,M,M,D,D,,,minimum,episodes\n"))
                    .hasMessageStartingWith("standard/listing/test.csv:3: unknown sheet unit \"episodes\"");
            assertThatThrownBy(() -> read("financialHelp,boolean,,false,false,false,,,financialHelp,,,F,F,F,F,D,D,,,help,credits\n"))
                    .hasMessage("standard/listing/test.csv:3: the sheet unit credits is for an integer, not a boolean");
        }

        @Test
        @DisplayName("an alignment with an unknown prefix")
        void unknownPrefix() {
            assertThatThrownBy(() -> read("title,text,,true,false,false,,,title,,dc:title,T,T,T,T,D,D,,\n"))
                    .hasMessageContaining("alignment \"dc:title\"");
        }
    }
}
