package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the routes module may depend on Apache Camel; the pipeline below it stays usable without it. */
class CamelStaysInRoutesTest {

    @Test
    void nothingOutsideRoutesImportsCamel() {
        JavaClasses courrier = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.courrier");
        assertThat(courrier.contain("org.courrier.extract.LetterPipeline")).as("pipeline classes imported").isTrue();
        assertThat(courrier.contain("org.courrier.ingest.Intake")).as("ingest classes imported").isTrue();
        noClasses().that().resideOutsideOfPackage("org.courrier.routes..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.camel..")
                .check(courrier);
    }
}
