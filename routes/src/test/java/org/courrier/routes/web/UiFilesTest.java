package org.courrier.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiFilesTest {

    private final UiFiles files = new UiFiles();

    @Test
    void onlyTheScreensOwnFilesAreServedWithAPolicyThatRunsNothingInline() {
        Answer index = files.file("/").orElseThrow();
        assertThat(index.headers().get("Content-Type")).startsWith("text/html");
        assertThat(index.headers().get("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(index.text()).contains("/ui/review.js");
        assertThat(files.file("/ui/review.js").orElseThrow().headers().get("Content-Type"))
                .startsWith("text/javascript");
        assertThat(files.file("/ui/../application.properties")).isEmpty();
        assertThat(files.file("/ui/messages_en.properties")).isEmpty();
        assertThat(files.file("/ui/logback.xml")).isEmpty();
    }

    @Test
    void theScriptsNeverParseMarkup() {
        for (String path : new String[] {"/ui/review.js", "/ui/common.js", "/ui/login.js"}) {
            assertThat(files.file(path).orElseThrow().text())
                    .as(path)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var fr = json.readTree(files.messages("fr").body());
        var en = json.readTree(files.messages("en").body());
        var other = json.readTree(files.messages("xx").body());
        assertThat(fr.path("letter.approve").asText()).isEqualTo("Valider");
        assertThat(en.path("letter.approve").asText()).isEqualTo("Approve");
        assertThat(other).isEqualTo(en);
        assertThat(iterable(fr.fieldNames())).containsExactlyElementsOf(iterable(en.fieldNames()));
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> it) {
        java.util.List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
