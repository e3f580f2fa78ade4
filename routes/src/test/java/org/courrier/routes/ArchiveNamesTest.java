package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveNamesTest {

    private static final String ID = "3e307aac" + "0".repeat(56);

    @TempDir
    Path folder;

    @Test
    void theInboxNameComesBackFromTheReservedOne() throws Exception {
        ArchiveNames names = new ArchiveNames();
        for (String inbox : new String[] {"en-0003.image.pdf", "README", "lettre du 3 mai.tiff", ".hidden.pdf"}) {
            Path first = names.reserve(folder, inbox, ID);
            java.nio.file.Files.createFile(first);
            Path second = names.reserve(folder, inbox, ID); // taken: NAME.<tag>-2.EXT
            assertThat(second.getFileName().toString()).contains(".3e307aac-2");
            assertThat(ArchiveNames.sourceName(first.getFileName().toString(), ID))
                    .as(first.toString())
                    .isEqualTo(inbox);
            assertThat(ArchiveNames.sourceName(second.getFileName().toString(), ID))
                    .as(second.toString())
                    .isEqualTo(inbox);
        }
    }

    @Test
    void aNameNotMadeByReserveIsLeftAsItIs() {
        assertThat(ArchiveNames.sourceName("scan.pdf", ID)).isEqualTo("scan.pdf");
        assertThat(ArchiveNames.sourceName("scan.12345678.pdf", ID)).isEqualTo("scan.12345678.pdf");
    }
}
