package org.courrier.routes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher cheap = new PasswordHasher(4);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = cheap.hash("correct horse battery".toCharArray());

        assertThat(hash).startsWith("$2y$04$").doesNotContain("correct");
        assertThat(cheap.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(cheap.matches("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(cheap.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(cheap.hash("same password".toCharArray())).isNotEqualTo(cheap.hash("same password".toCharArray()));
    }

    @Test
    void newHashesCostTwoToTheTwelfthRounds() {
        assertThat(new PasswordHasher().hash("a long enough one".toCharArray())).startsWith("$2y$12$");
    }

    @Test
    void tooShortAndTooLongPasswordsAreRefusedSayingWhy() {
        assertThatThrownBy(() -> cheap.hash("short".toCharArray())).hasMessageContaining("at least 10 characters");
        // 37 characters of two bytes each: 74 bytes, which bcrypt would cut at 72 without a word
        assertThatThrownBy(() -> cheap.hash("é".repeat(37).toCharArray())).hasMessageContaining("72 bytes");
        assertThat(cheap.hash("é".repeat(36).toCharArray())).startsWith("$2y$");
    }

    @Test
    void somethingThatIsNotABcryptHashMatchesNothing() {
        assertThat(cheap.matches("whatever password".toCharArray(), "plain-text"))
                .isFalse();
        assertThat(cheap.matches("whatever password".toCharArray(), null)).isFalse();
    }
}
