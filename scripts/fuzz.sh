#!/usr/bin/env bash
# ./courrier fuzz [--minutes N] [--target intake|extract|all]: a long coverage-guided fuzzing run (Jazzer) of the
# fuzz tests, one after the other, the minutes split evenly between them. Findings are written beside the seeds
# (ingest/src/test/resources/org/courrier/ingest/IntakeFuzzTestInputs/…/crash-*, and the same under extract), where
# the ordinary test run replays them; the corpus grown on the way stays in MODULE/.cifuzz-corpus/ for the next run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

usage() {
  cat <<'USAGE'
Usage: ./courrier fuzz [--minutes N] [--target intake|extract|all]
Coverage-guided fuzzing (Jazzer) of intake and field extraction, the minutes split between the targets.
  --minutes N   total length of the run (default 30)
  --target T    intake (PDF, TIFF, PNG, JPEG through the intake), extract (OCR-like text into the
                extraction pipeline) or all (default)
Findings: crash-* files beside the seeds in src/test/resources; `./courrier test` replays them.
USAGE
}

minutes=30
target=all
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=${2:?--minutes needs a number}; shift 2 ;;
    --minutes=*) minutes=${1#*=}; shift ;;
    --target) target=${2:?--target needs intake, extract or all}; shift 2 ;;
    --target=*) target=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "courrier fuzz: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$minutes" in ''|*[!0-9]*|0) echo "courrier fuzz: --minutes must be a positive whole number: $minutes" >&2; exit 2 ;; esac
case "$target" in
  intake) targets=(intake) ;;
  extract) targets=(extract) ;;
  all) targets=(intake extract) ;;
  *) echo "courrier fuzz: --target must be intake, extract or all: $target" >&2; exit 2 ;;
esac

seconds=$(( minutes * 60 / ${#targets[@]} ))
status=0
for t in "${targets[@]}"; do
  case "$t" in
    intake) module=ingest; test=IntakeFuzzTest
            instrument='org.courrier.**,org.apache.pdfbox.**,org.apache.fontbox.**,org.apache.tika.**' ;;
    extract) module=extract; test=LetterPipelineFuzzTest; instrument='org.courrier.**' ;;
  esac
  echo "courrier fuzz: $test for ${seconds}s" >&2
  # -Xmx1g: the memory a letter may take; keep_going: report every distinct finding, not only the first
  if ! JAZZER_FUZZ=1 "$ROOT/mvnw" -B test -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      "-Dsurefire.argLine=-Xmx1g -Djazzer.instrument=$instrument -Djazzer.max_duration=${seconds}s -Djazzer.keep_going=1000"; then
    status=1
  fi
done
exit $status
