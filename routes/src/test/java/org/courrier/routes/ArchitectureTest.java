package org.courrier.routes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed directions between the modules and between the packages inside them: routes → extract → ocr →
 * ingest, and inside extract pipeline → engine → record. The document model ({@code org.courrier.document}, in
 * the ingest module) is shared by every layer. Only routes knows Apache Camel.
 */
class ArchitectureTest {

    private static JavaClasses courrier;

    @BeforeAll
    static void importProductClasses() {
        courrier = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.courrier");
        for (String probe : new String[] {
            "org.courrier.document.Document",
            "org.courrier.ingest.Intake",
            "org.courrier.ocr.PageReader",
            "org.courrier.extract.record.LetterRecord",
            "org.courrier.extract.engine.FieldExtractor",
            "org.courrier.extract.pipeline.LetterPipeline",
            "org.courrier.routes.CourrierService"
        }) {
            assertThat(courrier.contain(probe)).as(probe + " imported").isTrue();
        }
    }

    @Test
    void modulesAndPackagesDependOneWayOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Fixtures")
                .definedBy("org.courrier.fixtures..")
                .layer("Routes")
                .definedBy("org.courrier.routes..")
                .layer("Pipeline")
                .definedBy("org.courrier.extract.pipeline..")
                .layer("Engine")
                .definedBy("org.courrier.extract.engine..")
                .layer("Record")
                .definedBy("org.courrier.extract.record..")
                .layer("Ocr")
                .definedBy("org.courrier.ocr..")
                .layer("Ingest")
                .definedBy("org.courrier.ingest..")
                .layer("Document")
                .definedBy("org.courrier.document..")
                .whereLayer("Fixtures")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Routes")
                .mayOnlyBeAccessedByLayers("Fixtures")
                .whereLayer("Pipeline")
                .mayOnlyBeAccessedByLayers("Routes", "Fixtures")
                .whereLayer("Engine")
                .mayOnlyBeAccessedByLayers("Pipeline", "Routes", "Fixtures")
                .whereLayer("Record")
                .mayOnlyBeAccessedByLayers("Engine", "Pipeline", "Routes", "Fixtures")
                .whereLayer("Ocr")
                .mayOnlyBeAccessedByLayers("Pipeline", "Routes", "Fixtures", "Engine")
                .whereLayer("Ingest")
                .mayOnlyBeAccessedByLayers("Ocr", "Pipeline", "Routes", "Fixtures", "Engine")
                .whereLayer("Document")
                .mayOnlyBeAccessedByLayers("Ingest", "Ocr", "Engine", "Record", "Pipeline", "Routes", "Fixtures")
                .check(courrier);
    }

    @Test
    void onlyRoutesKnowsCamel() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.courrier.routes..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.camel..")
                .check(courrier);
    }
}
