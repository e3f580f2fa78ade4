package org.courrier.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void keepsOneCharacterForOneSoOffsetsHold() {
        String read = "Ministére de l'Économie – Œuvre";
        assertEquals(read.length(), Folding.fold(read).length());
        assertEquals("ministere de l'economie - ouvre", Folding.fold(read));
    }

    @Test
    void matchesCueWordsThroughOcrConfusions() {
        assertTrue(Folding.like("0bjet", "objet"));
        assertTrue(Folding.like("OBJET:", "objet"));
        assertTrue(Folding.like("Ampliatlon", "ampliation"));
        assertTrue(Folding.like("N°", "no"));
        assertFalse(Folding.like("Object", "objet") && Folding.like("Obtenir", "objet"));
        assertFalse(Folding.like("cc", "ce"));
        // two letters fewer, the word's head gone: another word, not a misreading
        assertTrue(Folding.like("REPUBL1QUE", "republique"));
        assertTrue(Folding.like("EPUBLIQUE", "republique"));
        assertFalse(Folding.like("PUBLIQUE", "republique"));
    }

    @Test
    void readsDigitsThatOcrTookForLetters() {
        assertEquals("2021", Folding.digits("2O21"));
        assertEquals("14/02", Folding.digits("l4/O2"));
    }

    @Test
    void boundedDistanceCountsEditsAndGivesUpPastTheLimit() {
        assertEquals(1, Folding.distance("objet", "objct", 1));
        assertEquals(1, Folding.distance("reference", "referance", 2));
        assertEquals(2, Folding.distance("kitten", "sitting", 1));
        assertEquals(3, Folding.distance("ampliation", "distribution", 2));
    }
}
