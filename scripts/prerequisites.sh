#!/usr/bin/env bash
# Checks, and where it may installs, what Courrier needs from the system.
#   scripts/prerequisites.sh check     exit 0 when everything is there, else list what is missing (exit 3)
#   scripts/prerequisites.sh ensure    install what is missing (root or password-less sudo, Debian/Ubuntu), else
#                                      stop with a message naming exactly what to install (exit 3)
#   ... check test | ensure test       the same, with what the tests and `./courrier eval` need besides: headless
#                                      Chromium and the Liberation fonts, which print the authored letters to PDF,
#                                      and chromedriver, through which the browser tests drive Chromium
# Sourced by ./courrier; runnable alone.
set -euo pipefail

TESSDATA_DIR="${COURRIER_OCR_TESSDATA:-/usr/share/tesseract-ocr/5/tessdata}"
# Debian packages, by what they provide.
PKG_JDK=openjdk-17-jdk-headless
PKG_OCR="tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd libtesseract-dev libleptonica-dev"
PKG_TOOLS="curl unzip"
PKG_FONTS="fonts-dejavu-core"
PKG_TEST="chromium chromium-driver fonts-liberation2"

missing_packages=()
missing_reasons=()

need() { missing_packages+=("$@"); }
why() { missing_reasons+=("$1"); }

java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

check_all() {
  local scope=${1:-run}
  missing_packages=()
  missing_reasons=()
  local major
  major=$(java_major)
  if [ "${major:-0}" -lt 17 ] || ! command -v javac >/dev/null 2>&1; then
    need $PKG_JDK; why "a Java 17+ JDK (java and javac; found java major version ${major:-none})"
  fi
  # tess4j loads the unversioned names, which only the -dev packages provide. The cache is read once into a
  # variable: `ldconfig -p | grep -q` under pipefail failed at random (grep quits at the first match, ldconfig
  # dies of SIGPIPE, the pipeline reports failure and a present library looked missing).
  local libs
  libs=$(ldconfig -p 2>/dev/null || true)
  if ! grep -q 'libtesseract\.so\.5 ' <<<"$libs"; then
    need $PKG_OCR; why "the Tesseract 5 library (libtesseract.so.5)"
  elif ! grep -q 'libtesseract\.so ' <<<"$libs"; then
    need libtesseract-dev; why "the Tesseract library under the name tess4j loads (libtesseract.so)"
  fi
  if ! grep -q 'liblept\.so \|libleptonica\.so ' <<<"$libs"; then
    need libleptonica-dev; why "the Leptonica library under the name tess4j loads (liblept.so)"
  fi
  for lang in fra eng osd; do
    if [ ! -s "$TESSDATA_DIR/$lang.traineddata" ]; then
      need "tesseract-ocr-$lang"
      why "Tesseract language data $TESSDATA_DIR/$lang.traineddata"
    fi
  done
  for tool in curl unzip; do
    command -v "$tool" >/dev/null 2>&1 || { need "$tool"; why "$tool (used by ./mvnw to fetch Maven once)"; }
  done
  if [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then
    need $PKG_FONTS; why "fonts for the generated test letters (DejaVu Sans and Serif)"
  fi
  if [ "$scope" = test ]; then
    if [ -z "${COURRIER_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
      need chromium; why "headless Chromium (prints the authored test letters to PDF)"
    fi
    if [ ! -x /usr/bin/chromedriver ]; then
      need chromium-driver; why "Debian's chromedriver (/usr/bin/chromedriver: the review screen's browser tests drive Chromium through it)"
    fi
    # not `fc-list | grep -q`: grep stopping early kills fc-list with SIGPIPE, which pipefail reports as missing
    if [ -z "$(fc-list 'Liberation Serif' file 2>/dev/null)" ]; then
      need fonts-liberation2; why "the Liberation fonts the authored test letters are set in"
    fi
  fi
}

can_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  [ "$(id -u)" = 0 ] && return 0
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null
}

install_missing() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  # shellcheck disable=SC2207
  local pkgs=($(printf '%s\n' "${missing_packages[@]}" | sort -u))
  echo "courrier: installing ${pkgs[*]}" >&2
  $sudo apt-get update -qq >&2 || echo "courrier: apt-get update failed; trying the install with the lists there are" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >&2
}

report_missing() {
  echo "courrier: missing prerequisites:" >&2
  printf '  - %s\n' "${missing_reasons[@]}" >&2
  # shellcheck disable=SC2207
  local pkgs=($(printf '%s\n' "${missing_packages[@]}" | sort -u))
  echo "Install them (Debian 12 / Ubuntu) with:" >&2
  echo "  sudo apt-get install ${pkgs[*]}" >&2
  echo "Tesseract 5.3 with Leptonica 1.82 (Debian 12) is what tess4j 5.14.0 loads; tess4j 5.15+ needs a newer Leptonica." >&2
  echo "Language data may also be put in another folder named by COURRIER_OCR_TESSDATA." >&2
}

ensure() {
  local scope=${1:-run}
  check_all "$scope"
  [ ${#missing_packages[@]} -eq 0 ] && return 0
  if can_install; then
    install_missing
    check_all "$scope"
    [ ${#missing_packages[@]} -eq 0 ] && return 0
  fi
  report_missing
  return 3
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-check}" in
    check) check_all "${2:-run}"; if [ ${#missing_packages[@]} -eq 0 ]; then echo "courrier: all prerequisites present"; else report_missing; exit 3; fi ;;
    ensure) ensure "${2:-run}" ;;
    *) echo "usage: $0 check|ensure [test]" >&2; exit 2 ;;
  esac
fi
