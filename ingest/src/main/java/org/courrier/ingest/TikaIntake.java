package org.courrier.ingest;

import java.nio.file.Path;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/** PLACEHOLDER until the ingest issue lands: refuses everything. */
final class TikaIntake implements Intake {

    private final IntakeLimits limits;

    TikaIntake(IntakeLimits limits) {
        this.limits = limits;
    }

    @Override
    public OpenedDocument open(Path file) throws CourrierException {
        throw new CourrierException(Reason.UNSUPPORTED_TYPE, file + ": intake not implemented yet (limits " + limits + ")");
    }
}
