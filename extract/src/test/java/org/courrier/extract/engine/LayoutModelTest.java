package org.courrier.extract.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.Document;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutModelTest {

    private static final LayoutTrainer TRAINER = new LayoutTrainer();

    /** A French letter of the usual shape with these values: letterhead, reference, date, block, subject, copies. */
    private static Document french(String ministry, String ref, String date, String addressee, String subject) {
        return new PageSketch()
                .line("REPUBLIQUE DU MALI")
                .line("Un Peuple - Un But - Une Foi")
                .skip(1)
                .line(ministry)
                .merged("N° " + ref, "Bamako, le " + date)
                .skip(2)
                .right("A Monsieur " + addressee)
                .right("de la Région de Kayes")
                .skip(2)
                .line("Objet : " + subject)
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Monsieur le Directeur, l'expression de ma considération distinguée.")
                .skip(2)
                .right("Le Ministre")
                .right("Amadou Traoré")
                .skip(2)
                .line("Ampliations :")
                .line("- Primature")
                .line("- Secrétariat Général du Gouvernement")
                .document();
    }

    private static LayoutTrainer.LayoutTruth truth(
            String ministry, String ref, LocalDate date, String addressee, String subject) {
        return new LayoutTrainer.LayoutTruth(
                List.of(ministry),
                ref,
                null,
                date,
                "Monsieur " + addressee + ", de la Région de Kayes",
                subject,
                List.of("Primature", "Secrétariat Général du Gouvernement"),
                "Amadou Traoré",
                "Le Ministre");
    }

    private static final String[][] LETTERS = {
        {"MINISTERE DE LA SANTE", "0123/MS/SG", "4 mars 2024", "le Directeur Régional", "Campagne de vaccination"},
        {"MINISTERE DES FINANCES", "88/MF/DGB", "12 juin 2023", "le Receveur Général", "Exécution du budget 2023"},
        {"MINISTERE DE L'EDUCATION", "0451/MEN/CAB", "1 octobre 2022", "l'Inspecteur d'Académie", "Rentrée scolaire"},
        {"MINISTERE DES TRANSPORTS", "17/MT/DNR", "25 janvier 2024", "le Chef de Service", "Entretien des routes"},
        {"MINISTERE DE L'AGRICULTURE", "302/MA/SG", "9 mai 2021", "le Directeur Régional", "Semences améliorées"},
        {"MINISTERE DE L'ENERGIE", "5/MEE/DNE", "30 août 2023", "le Directeur Technique", "Délestages à Kayes"},
    };

    private static final LocalDate[] DATES = {
        LocalDate.of(2024, 3, 4),
        LocalDate.of(2023, 6, 12),
        LocalDate.of(2022, 10, 1),
        LocalDate.of(2024, 1, 25),
        LocalDate.of(2021, 5, 9),
        LocalDate.of(2023, 8, 30),
    };

    private static LayoutModel trainOnSketches() throws IOException {
        LayoutTrainer trainer = new LayoutTrainer();
        for (int i = 0; i < LETTERS.length; i++) {
            String[] l = LETTERS[i];
            trainer.add(french(l[0], l[1], l[2], l[3], l[4]), truth(l[0], l[1], DATES[i], l[3], l[4]));
        }
        return trainer.train(60, 0);
    }

    private static List<String> textOf(Document d) {
        return TRAINER.map(d).lines().stream().map(TextLine::text).toList();
    }

    @Test
    void labelsEachLineFromTheTruth() {
        String[] l = LETTERS[0];
        Document d = french(l[0], l[1], l[2], l[3], l[4]);
        LetterMap map = TRAINER.map(d);
        List<String> labels = TRAINER.labels(map, truth(l[0], l[1], DATES[0], l[3], l[4]));
        List<String> text = textOf(d);
        assertEquals(LayoutModel.OTHER, labels.get(text.indexOf("REPUBLIQUE DU MALI")));
        assertEquals(LayoutModel.SENDER, labels.get(text.indexOf("MINISTERE DE LA SANTE")));
        assertEquals(LayoutModel.REFERENCE, labels.get(text.indexOf("N° 0123/MS/SG")));
        assertEquals(LayoutModel.DATE, labels.get(text.indexOf("Bamako, le 4 mars 2024")));
        assertEquals(LayoutModel.RECIPIENT, labels.get(text.indexOf("A Monsieur le Directeur Régional")));
        assertEquals(LayoutModel.RECIPIENT, labels.get(text.indexOf("de la Région de Kayes")));
        assertEquals(LayoutModel.SUBJECT, labels.get(text.indexOf("Objet : Campagne de vaccination")));
        assertEquals(LayoutModel.SALUTATION, labels.get(text.indexOf("Monsieur le Directeur,")));
        assertEquals(LayoutModel.BODY, labels.get(text.indexOf(PageSketch.BODY_FR[2])));
        assertEquals(LayoutModel.SIGNATURE, labels.get(text.indexOf("Amadou Traoré")));
        assertEquals(LayoutModel.COPIES_HEADING, labels.get(text.indexOf("Ampliations :")));
        assertEquals(LayoutModel.COPY_ITEM, labels.get(text.indexOf("- Primature")));
    }

    @Test
    void featuresDescribePositionShapeCuesAndNeighbours() {
        String[] l = LETTERS[1];
        Document d = french(l[0], l[1], l[2], l[3], l[4]);
        LetterMap map = TRAINER.map(d);
        List<String[]> f = new LayoutFeatures(new DateFinder(LanguageCues.available())).of(map);
        List<String> text = textOf(d);
        List<String> subject = Arrays.asList(f.get(text.indexOf("Objet : Exécution du budget 2023")));
        assertTrue(subject.contains("opens=subject&colon=true"), subject.toString());
        assertTrue(subject.contains("part=header"), subject.toString());
        List<String> date = Arrays.asList(f.get(text.indexOf("Bamako, le 12 juin 2023")));
        assertTrue(date.contains("date"), date.toString());
        assertTrue(date.contains("left=2"), date.toString());
        assertTrue(date.contains("sameRow=right"), date.toString());
        List<String> first = Arrays.asList(f.get(0));
        assertTrue(first.contains("top=0") && first.contains("caps=3") && first.contains("up:none"), first.toString());
        List<String> salutation = Arrays.asList(f.get(text.indexOf("Monsieur le Directeur,")));
        assertTrue(salutation.contains("salutation") && salutation.contains("up:opens=subject"), salutation.toString());
        String[] withHistory = LayoutFeatures.withHistory(f.get(0), "sender", "other");
        assertEquals("prev=sender", withHistory[withHistory.length - 3]);
        assertEquals("prev2=other&sender", withHistory[withHistory.length - 2]);
    }

    @Test
    void aModelTrainedOnWrittenLettersLabelsAnUnseenOne(@TempDir Path tmp) throws IOException {
        LayoutModel model = trainOnSketches();
        Document unseen =
                french("MINISTERE DE LA JUSTICE", "77/MJ/DACG", "3 février 2025", "le Procureur", "Audiences foraines");
        LetterMap map = TRAINER.map(unseen);
        LayoutFeatures features = new LayoutFeatures(new DateFinder(LanguageCues.available()));
        LayoutModel.Labelling labels = model.label(map, features);
        List<String> text = textOf(unseen);
        assertEquals(LayoutModel.SUBJECT, labels.label(text.indexOf("Objet : Audiences foraines")));
        assertEquals(LayoutModel.REFERENCE, labels.label(text.indexOf("N° 77/MJ/DACG")));
        assertEquals(LayoutModel.DATE, labels.label(text.indexOf("Bamako, le 3 février 2025")));
        assertEquals(LayoutModel.SENDER, labels.label(text.indexOf("MINISTERE DE LA JUSTICE")));
        assertEquals(LayoutModel.COPY_ITEM, labels.label(text.indexOf("- Primature")));

        Path file = tmp.resolve("m.bin.gz");
        model.write(file);
        LayoutModel back = LayoutModel.read(file);
        assertEquals(labels.labels(), back.label(map, features).labels());
        assertArrayEquals(labels.probabilities(), back.label(map, features).probabilities(), 1e-9);
        LayoutModel again = trainOnSketches();
        assertArrayEquals(labels.probabilities(), again.label(map, features).probabilities(), 1e-12);
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithItsName(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-model.bin.gz"), "hello");
        IOException e = assertThrows(IOException.class, () -> LayoutModel.read(file));
        assertTrue(e.getMessage().contains("not-a-model.bin.gz"), e.getMessage());
    }

    @Test
    void combinedKeepsASureRuleAndTakesTheSureModelWhereTheRuleFoundNothing() {
        LayoutCombiner.Policy policy = new LayoutCombiner.Policy(0.5, 0.6);
        Field<String> rule = Field.of("Ministère de la Santé", 0.8, List.of());
        Field<String> model = Field.of("Direction de la Santé", 0.9, List.of());
        assertEquals(rule, LayoutCombiner.combine(rule, model, policy));
        Field<String> unsure = Field.of("Tél. 20 22 33", 0.3, List.of());
        assertEquals(model, LayoutCombiner.combine(unsure, model, policy));
        assertEquals(model, LayoutCombiner.combine(Field.missing(), model, policy));
        Field<String> weakModel = Field.of("Direction", 0.4, List.of());
        assertEquals(unsure, LayoutCombiner.combine(unsure, weakModel, policy));
        Field<List<String>> noCopies = Field.of(List.of(), 0.9, List.of());
        Field<List<String>> copies = Field.of(List.of("Primature"), 0.7, List.of());
        assertEquals(copies, LayoutCombiner.combine(noCopies, copies, policy));
    }

    @Test
    void aProposalOfAFewOfTheRulesOwnLinesDoesNotCutTheRuleShort() {
        LayoutCombiner.Policy policy = new LayoutCombiner.Policy(0.85, 0.7);
        List<Evidence> lines = new ArrayList<>();
        String[] address = {
            "Makerere University", "Academic Registrar's Department", "P.O. Box 7062", "Kampala", "UGANDA"
        };
        for (int i = 0; i < address.length; i++) {
            lines.add(new Evidence(1, new Box(240, 500 + 60 * i, 600, 50), address[i]));
        }
        Field<String> rule = Field.of(String.join(", ", address), 0.75, lines);
        Field<String> tail = Field.of("Kampala, UGANDA", 0.8, lines.subList(3, 5));
        assertEquals(rule, LayoutCombiner.combine(rule, tail, policy));
        Field<String> elsewhere = Field.of(
                "Ministry of Education",
                0.8,
                List.of(new Evidence(1, new Box(240, 200, 600, 50), "Ministry of Education")));
        assertEquals(elsewhere, LayoutCombiner.combine(rule, elsewhere, policy));
        Field<String> most =
                Field.of("Academic Registrar's Department, P.O. Box 7062, Kampala, UGANDA", 0.8, lines.subList(1, 5));
        assertEquals(most, LayoutCombiner.combine(rule, most, policy));
    }

    @Test
    void anUnknownModeIsATypedError() {
        assertEquals(FieldExtractor.Mode.COMBINED, FieldExtractor.Mode.parse(" Combined"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FieldExtractor.Mode.parse("neural"));
        assertTrue(e.getMessage().contains("neural") && e.getMessage().contains("combined"));
    }

    @Test
    void theCommittedModelLabelsAWrittenLetter() {
        LayoutModel model = LayoutModel.standard();
        assertNotNull(model, "the committed layout model " + LayoutModel.RESOURCE + " is missing");
        Document d = new PageSketch()
                .line("REPUBLIQUE DU NIGER")
                .line("Fraternité - Travail - Progrès")
                .skip(1)
                .line("MINISTERE DE L'HYDRAULIQUE")
                .line("ET DE L'ASSAINISSEMENT")
                .skip(1)
                .merged("N° 0031/MHA/SG", "Niamey, le 7 février 2023")
                .skip(2)
                .right("A Monsieur le Directeur Régional")
                .right("de l'Agence de l'Eau")
                .skip(2)
                .line("Objet : Atelier de validation du plan de riposte")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .skip(2)
                .right("Le Secrétaire Général")
                .right("Ibrahim Moussa")
                .document();
        LetterMap map = TRAINER.map(d);
        LayoutModel.Labelling labels = model.label(map, new LayoutFeatures(new DateFinder(LanguageCues.available())));
        List<String> text = textOf(d);
        assertEquals(
                LayoutModel.SUBJECT, labels.label(text.indexOf("Objet : Atelier de validation du plan de riposte")));
        assertEquals(LayoutModel.DATE, labels.label(text.indexOf("Niamey, le 7 février 2023")));
        assertEquals(LayoutModel.REFERENCE, labels.label(text.indexOf("N° 0031/MHA/SG")));
        assertEquals(LayoutModel.SENDER, labels.label(text.indexOf("MINISTERE DE L'HYDRAULIQUE")));
        assertEquals(LayoutModel.RECIPIENT, labels.label(text.indexOf("de l'Agence de l'Eau")));
        for (String body : PageSketch.BODY_FR) {
            assertEquals(LayoutModel.BODY, labels.label(text.indexOf(body)), body);
        }
        assertFalse(
                labels.labels().contains(LayoutModel.COPY_ITEM), labels.labels().toString());
    }
}
