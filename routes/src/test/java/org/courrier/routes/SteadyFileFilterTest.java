package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SteadyFileFilterTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    /** A clock the test moves by hand: time passing moves both its wall and monotonic readings, a jump only the wall. */
    private static final class HandClock extends Clock {
        private Instant now = T0;
        private long nanos = 1_000_000_000L;

        void advance(Duration d) {
            now = now.plus(d);
            nanos += d.toNanos();
        }

        /** The time of day is set forward (or back, when negative); no time passes. */
        void jump(Duration d) {
            now = now.plus(d);
        }

        long nanos() {
            return nanos;
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
    private final SteadyFileFilter filter =
            new SteadyFileFilter(Duration.ofSeconds(5), Duration.ofSeconds(2), clock, clock::nanos);

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
            assertThat(poll("slow.tif", 1000L * (minute + 1), clock.instant()))
                    .as("still growing")
                    .isFalse();
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
        assertThat(poll("copy.pdf", 20, old))
                .as("size changed under an old timestamp")
                .isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("copy.pdf", 20, old)).isTrue();
    }

    @Test
    void aFileYoungerThanTheMinimumAgeWaitsEvenWhenStable() {
        SteadyFileFilter noWatch = new SteadyFileFilter(Duration.ZERO, Duration.ofSeconds(2), clock, clock::nanos);
        assertThat(noWatch.steady("/in/new.pdf", "new.pdf", 5, T0.toEpochMilli()))
                .isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(noWatch.steady("/in/new.pdf", "new.pdf", 5, T0.toEpochMilli()))
                .isTrue();
    }

    @Test
    void aFileModifiedInTheFutureIsTakenOnceSeenUnchangedForTheMinimumAge() {
        // written by a machine whose clock runs a day ahead, or before this one's clock was set back
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        assertThat(poll("ahead.pdf", 100, tomorrow)).isFalse();
        clock.advance(Duration.ofSeconds(4));
        assertThat(poll("ahead.pdf", 100, tomorrow)).as("not yet stable").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(poll("ahead.pdf", 100, tomorrow))
                .as("stable for 5 s and seen unchanged for more than the 2 s minimum age")
                .isTrue();
    }

    @Test
    void aFileModifiedInTheFutureStillWaitsTheMinimumAgeWithoutAStableWatch() {
        SteadyFileFilter noWatch = new SteadyFileFilter(Duration.ZERO, Duration.ofSeconds(2), clock, clock::nanos);
        long ahead = T0.plus(Duration.ofHours(3)).toEpochMilli();
        assertThat(noWatch.steady("/in/a.pdf", "a.pdf", 5, ahead)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(noWatch.steady("/in/a.pdf", "a.pdf", 5, ahead)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(noWatch.steady("/in/a.pdf", "a.pdf", 5, ahead)).isTrue();
    }

    @Test
    void theWallClockJumpingBackOrForwardNeitherHoldsNorHurriesTheStableWatch() {
        Instant written = T0.minusSeconds(10);
        assertThat(poll("back.pdf", 100, written)).isFalse();
        clock.jump(Duration.ofHours(-1));
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("back.pdf", 100, written))
                .as("set back an hour: stable for 5 s all the same, and its time now lies ahead")
                .isTrue();

        clock.jump(Duration.ofHours(1));
        Instant now = clock.instant().minusSeconds(10);
        assertThat(poll("forward.pdf", 100, now)).isFalse();
        clock.jump(Duration.ofHours(2));
        assertThat(poll("forward.pdf", 100, now))
                .as("set forward two hours: still only just seen")
                .isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(poll("forward.pdf", 100, now)).isTrue();
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

    @Test
    void aFileThatVanishedBeforePickupIsForgottenAfterTheHorizon() {
        SteadyFileFilter bounded = new SteadyFileFilter(
                Duration.ofSeconds(5),
                Duration.ZERO,
                Duration.ofMinutes(1),
                clock,
                clock::nanos,
                path -> false,
                () -> false);
        Instant old = T0.minus(Duration.ofHours(1));
        for (int i = 0; i < 100; i++) {
            assertThat(bounded.steady("/in/gone-" + i + ".pdf", "gone-" + i + ".pdf", 10, old.toEpochMilli()))
                    .isFalse();
        }
        assertThat(bounded.watched()).isEqualTo(100);
        // forgotten within one and a half horizons: memory is swept at most twice per horizon
        for (int second = 0; second <= 90; second += 2) {
            clock.advance(Duration.ofSeconds(2));
            bounded.steady("/in/stays.pdf", "stays.pdf", 10, old.toEpochMilli());
        }
        // the hundred vanished files were last sighted long ago; the file still there is still watched
        assertThat(bounded.watched()).isEqualTo(1);
        assertThat(bounded.steady("/in/gone-1.pdf", "gone-1.pdf", 10, old.toEpochMilli()))
                .as("a forgotten file that comes back is watched afresh")
                .isFalse();
    }

    @Test
    void aFileStillInProgressOrGoneSinceTheListingIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path busy = java.nio.file.Files.writeString(dir.resolve("busy.txt"), "in flight");
        java.nio.file.Path here = java.nio.file.Files.writeString(dir.resolve("here.txt"), "waiting");
        java.util.Set<String> inProgress = java.util.Set.of(busy.toString());
        SteadyFileFilter noWatch = new SteadyFileFilter(
                Duration.ZERO,
                Duration.ZERO,
                Duration.ofMinutes(1),
                Clock.systemUTC(),
                System::nanoTime,
                inProgress::contains,
                () -> false);

        assertThat(noWatch.accept(listed(here))).isTrue();
        assertThat(noWatch.accept(listed(busy))).as("in progress").isFalse();
        org.apache.camel.component.file.GenericFile<java.io.File> moved = listed(here);
        java.nio.file.Files.delete(here);
        assertThat(noWatch.accept(moved))
                .as("listed, then moved away by the letter that finished")
                .isFalse();
        assertThat(noWatch.watched()).isZero();
    }

    @Test
    void nothingIsTakenOncePickupIsHalted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path letter = java.nio.file.Files.writeString(dir.resolve("letter.txt"), "waiting");
        java.util.concurrent.atomic.AtomicBoolean halted = new java.util.concurrent.atomic.AtomicBoolean();
        SteadyFileFilter noWatch = new SteadyFileFilter(
                Duration.ZERO,
                Duration.ZERO,
                Duration.ofMinutes(1),
                Clock.systemUTC(),
                System::nanoTime,
                path -> false,
                halted::get);
        assertThat(noWatch.accept(listed(letter))).isTrue();
        halted.set(true);
        assertThat(noWatch.accept(listed(letter))).isFalse();
    }

    /** The file as the file consumer lists it. */
    private static org.apache.camel.component.file.GenericFile<java.io.File> listed(java.nio.file.Path path)
            throws java.io.IOException {
        org.apache.camel.component.file.GenericFile<java.io.File> file =
                new org.apache.camel.component.file.GenericFile<>();
        file.setAbsoluteFilePath(path.toString());
        file.setFileNameOnly(path.getFileName().toString());
        file.setFileName(path.getFileName().toString());
        file.setFileLength(java.nio.file.Files.size(path));
        file.setLastModified(java.nio.file.Files.getLastModifiedTime(path).toMillis());
        file.setFile(path.toFile());
        file.setAbsolute(true);
        return file;
    }
}
