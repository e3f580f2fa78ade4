package org.courrier.routes;

import java.util.Objects;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.extract.engine.FieldExtractor;
import org.courrier.ingest.Intake;
import org.courrier.ocr.PageReader;

/** The pipeline's engines the service drives: intake, page reader, field extractor. */
record Engines(Intake intake, PageReader pageReader, FieldExtractor extractor) {

    Engines {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(pageReader, "pageReader");
        Objects.requireNonNull(extractor, "extractor");
    }

    /** The standard engines for these settings. */
    static Engines standard(CourrierSettings settings) {
        return new Engines(Intake.create(settings.intake()), PageReader.create(settings.ocr()), FieldExtractor.create());
    }
}
