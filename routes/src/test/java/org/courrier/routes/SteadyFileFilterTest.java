package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SteadyFileFilterTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = T0;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final SteadyFileFilter filter = new SteadyFileFilter(Duration.ofSeconds(5), Duration.ofSeconds(2), clock);

    private boolean poll(String name, long size, Instant modified) {
        return filter.steady("/in/" + name, name, size, modified.toEpochMilli());
    }

    @Test
    void takesAFileOnlyAfterItsSizeAndTimeStayedTheSameForTheInterval() {
        Instant written = T0.minusSeconds(10);
        assertThat(poll("scan.pdf", 100, written)).isFalse();
        clock.advance(Duration.ofSeconds(4));
        assertThat(poll("scan.pdf", 100, written)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(poll("scan.pdf", 100, written)).isTrue();
    }

    @Test
    void aSlowWriterRestartsTheWatchWithEveryChange() {
        for (int minute = 0; minute < 3; minute++) {
            clock.advance(Duration.ofSeconds(4));
            assertThat(poll("slow.tif", 1000L * (minute + 1), clock.instant())).as("still growing").isFalse();
        }
        Instant last = clock.instant();
        clock.advance(Duration.ofSeconds(4));
        assertThat(poll("slow.tif", 3000, last)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(poll("slow.tif", 3000, last)).isTrue();
    }

    @Test
    void aCopyKeepingAnOldModificationTimeIsStillWatchedWhileItGrows() {
        Instant old = T0.minus(Duration.ofDays(400));
        assertThat(poll("copy.pdf", 10, old)).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("copy.pdf", 20, old)).as("size changed under an old timestamp").isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("copy.pdf", 20, old)).isTrue();
    }

    @Test
    void aFileYoungerThanTheMinimumAgeWaitsEvenWhenStable() {
        SteadyFileFilter noWatch = new SteadyFileFilter(Duration.ZERO, Duration.ofSeconds(2), clock);
        assertThat(noWatch.steady("/in/new.pdf", "new.pdf", 5, T0.toEpochMilli())).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(noWatch.steady("/in/new.pdf", "new.pdf", 5, T0.toEpochMilli())).isTrue();
    }

    @Test
    void hiddenTemporaryAndPartialFilesAreNeverTaken() {
        Instant old = T0.minus(Duration.ofHours(1));
        for (String name : new String[] {".scan.pdf", "scan.pdf.part", "~$letter.docx", "upload.tmp", "x.crdownload"}) {
            assertThat(poll(name, 1, old)).as(name).isFalse();
            clock.advance(Duration.ofMinutes(1));
            assertThat(poll(name, 1, old)).as(name).isFalse();
        }
        assertThat(SteadyFileFilter.ignored("scan-0042.pdf")).isFalse();
    }
}
