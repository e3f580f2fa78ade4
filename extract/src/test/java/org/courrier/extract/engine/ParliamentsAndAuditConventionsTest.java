package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-second batch (authors DU-DX: French and English on
 * parliaments, courts of audit, ombudsmen, local councils, anti-corruption bodies and human rights commissions)
 * joined, each pinned by a small letter written for the test.
 */
class ParliamentsAndAuditConventionsTest {

    @Test
    void theConfederationsNameInFourLanguagesHeadsTheFederalOfficeBesideIt() {
        PageSketch p = new PageSketch()
                .beside("Schweizerische Eidgenossenschaft", 0.5, "Contrôle fédéral des finances CDF")
                .line("Confédération suisse")
                .line("Confederazione Svizzera")
                .line("Confederaziun svizra")
                .skip(3)
                .at(0.5, "Office fédéral de la douane")
                .at(0.5, "Monsieur Urs Brechbühl")
                .at(0.5, "3003 Berne")
                .skip(2)
                .line("Référence du dossier : CDF-24207")
                .skip(1)
                .line("Berne, 12 février 2025")
                .skip(1)
                .line("Audit de la gestion du programme DaziT")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).isEqualTo("Contrôle fédéral des finances CDF");
    }
}
