package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courrier.ingest.ContentHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedLettersTest {

    @TempDir
    Path root;

    private Path letter(String text) throws Exception {
        return Files.writeString(root.resolve("in-" + text.hashCode() + ".pdf"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aCopyPutIsFoundByItsNameUntilRemoved() throws Exception {
        Path file = letter("a letter");
        String id = ContentHash.sha256(file);
        SharedLetters shared = new SharedLetters(root.resolve("shared"));

        String name = shared.put(file, id);

        assertThat(name).isEqualTo(id + ".letter");
        assertThat(shared.find(name, id)).hasValueSatisfying(p -> assertThat(p).hasContent("a letter"));
        try (var listed = Files.list(root.resolve("shared"))) {
            assertThat(listed).as("nothing but the copy, no part file").hasSize(1);
        }
        shared.put(file, id); // a page sent again copies again, in place
        shared.remove(id);
        assertThat(shared.find(name, id)).isEmpty();
    }

    @Test
    void aCopyWhoseBytesChangedIsNotTheLetter() throws Exception {
        Path file = letter("the letter");
        String id = ContentHash.sha256(file);
        SharedLetters shared = new SharedLetters(root.resolve("shared"));
        String name = shared.put(file, id);
        Files.writeString(root.resolve("shared").resolve(name), "something else");

        assertThat(shared.find(name, id)).isEmpty();
    }

    @Test
    void aLinkInTheFolderIsNeverFollowed() throws Exception {
        Path file = letter("linked");
        String id = ContentHash.sha256(file);
        SharedLetters shared = new SharedLetters(Files.createDirectories(root.resolve("shared")));
        Files.createSymbolicLink(root.resolve("shared").resolve(SharedLetters.nameOf(id)), file);

        assertThat(shared.find(SharedLetters.nameOf(id), id)).isEmpty();
    }

    @Test
    void aNameThatIsNotTheLettersCopyIsRefused() {
        SharedLetters shared = new SharedLetters(root.resolve("shared"));
        String id = "0".repeat(64);

        assertThatThrownBy(() -> shared.find("../" + id + ".letter", id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the letter");
        assertThatThrownBy(() -> shared.find("1".repeat(64) + ".letter", id))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shared.find(null, id)).isInstanceOf(IllegalArgumentException.class);
    }
}
