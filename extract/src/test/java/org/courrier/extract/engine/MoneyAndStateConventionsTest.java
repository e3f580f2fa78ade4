package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-sixth batch of independently written dev letters (authors CW-CZ: French and English from
 * public finance and the economy; French and English from interior, defence, parliaments and the offices of the
 * head of State and of government) and older dev letters showed misread, each pinned by a small letter written for
 * the test.
 */
class MoneyAndStateConventionsTest {

    private static final FieldExtractor EXTRACTOR = FieldExtractor.create(FieldExtractor.Mode.RULES);

    private static LetterFields fields(PageSketch p) {
        return EXTRACTOR.extract(p.document()).fields();
    }

    @Test
    void aRemarkInBracketsUnderTheAddresseesOpensNoBody() {
        PageSketch p = new PageSketch()
                .line("PRÉFET")
                .line("DE LA GIRONDE")
                .right("Bordeaux, le 14 avril 2025")
                .skip(1)
                .line("Cabinet")
                .skip(1)
                .centred("Le préfet de la Gironde")
                .centred("à")
                .centred("Mesdames et Messieurs les maires du département")
                .centred("(en communication à Mesdames et Messieurs les sous-préfets d'arrondissement)")
                .skip(1)
                .line("N/Réf. : CAB/BREP/2025-0417")
                .line("Objet : Commémoration du 80e anniversaire de la victoire du 8 mai 1945")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("CAB/BREP/2025-0417");
        assertThat(f.subject().value()).isEqualTo("Commémoration du 80e anniversaire de la victoire du 8 mai 1945");
    }

    @Test
    void aOneOpeningAnOfficesCodeIsItsRankNotAnI() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES")
                .line("Direction du budget")
                .line("Bureau de la politique budgétaire")
                .right("Paris, le 9 octobre 2023")
                .skip(1)
                .line("Réf. : DB-1BPB-23-1874")
                .skip(1)
                .right("Monsieur le secrétaire général")
                .right("Ministère de la culture")
                .skip(1)
                .line("Objet : Préparation de la fin de gestion 2023.")
                .skip(1)
                .line("Monsieur le secrétaire général,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).reference().value()).isEqualTo("DB-1BPB-23-1874");
    }
}
