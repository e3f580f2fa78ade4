#!/usr/bin/env bash
# Checks, and where it may installs, what Courrier needs from the system.
#   scripts/prerequisites.sh check     exit 0 when everything is there, else list what is missing (exit 3)
#   scripts/prerequisites.sh ensure    install what is missing (root or password-less sudo, Debian/Ubuntu), else
#                                      stop with a message naming exactly what to install (exit 3)
#   ... check test | ensure test       the same, with what the tests and `./courrier eval` need besides: headless
#                                      Chromium and the Liberation fonts, which print the authored letters to PDF,
#                                      and chromedriver, through which the browser tests drive Chromium
#   scripts/prerequisites.sh models    install (or verify) the best_int OCR models only, then print their folder
# `ensure` also installs Tesseract's best_int models for French and English (see install_models); when they
# cannot be fetched Courrier runs on Debian's fast models and says so.
# Sourced by ./courrier; runnable alone.
set -euo pipefail

TESSDATA_DIR="${COURRIER_OCR_TESSDATA:-/usr/share/tesseract-ocr/5/tessdata}"
# Debian packages, by what they provide.
PKG_JDK=openjdk-17-jdk-headless
PKG_OCR="tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd libtesseract-dev libleptonica-dev"
PKG_TOOLS="curl unzip"
PKG_FONTS="fonts-dejavu-core"
PKG_TEST="chromium chromium-driver fonts-liberation2"

# Tesseract's best_int models (tessdata_best, converted to integers; Apache-2.0), as the npm registry serves them
# in @tesseract.js-data/LANG 1.0.0 under 4.0.0_best_int/. Debian ships only the fast models. On the authored dev
# letters' scans the best_int models read more words (README, "OCR models"). Pinned by checksum: the package
# tarball (the registry's sha512 integrity, as sha256 here) and the unpacked model.
MODELS_VERSION=1.0.0
MODELS_DIR="${COURRIER_MODELS_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/courrier/tessdata-best_int-$MODELS_VERSION}"
NPM_REGISTRY="${COURRIER_NPM_REGISTRY:-https://registry.npmjs.org}"
declare -gA MODEL_TGZ_SHA256=(
  [fra]=ffcef66c64e763499d56ea3f8d7470215390b7c3ab8f33df19a2ab0f2d88c0e5
  [eng]=c9bddf2e2f0a214ac7918f3f4a3caf45e09ce8674fe26662ae7787ac8927f7bb
)
declare -gA MODEL_SHA256=(
  [fra]=bf83833fa957ff0076f6aa93f69e3bdf7b014dea829ea0c0d6be6b48a3ceef6d
  [eng]=5dc5d8d640a212c9d6184921ba103b186f50e0fed9ee716c53e6b312b400d747
)

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
  if [ ${#missing_packages[@]} -gt 0 ]; then
    if can_install; then
      install_missing
      check_all "$scope"
    fi
    if [ ${#missing_packages[@]} -gt 0 ]; then
      report_missing
      return 3
    fi
  fi
  if [ "${COURRIER_OCR_MODELS:-best_int}" != fast ] && [ -z "${COURRIER_OCR_TESSDATA:-}" ] && ! install_models; then
    echo "courrier: reading with Debian's fast models from $TESSDATA_DIR instead (COURRIER_OCR_MODELS=fast silences this)" >&2
  fi
  return 0
}

# models_ready: 0 when MODELS_DIR holds both verified models and the orientation data beside them. Installation
# leaves a stamp naming the checksums it verified, so a start does not hash 6 MB again.
models_ready() {
  local lang
  for lang in fra eng; do
    [ -s "$MODELS_DIR/$lang.traineddata" ] || return 1
    grep -qx "$lang ${MODEL_SHA256[$lang]}" "$MODELS_DIR/.verified" 2>/dev/null || return 1
  done
  [ -s "$MODELS_DIR/osd.traineddata" ]
}

# install_model LANG: fetches the package tarball from the npm registry, checks it and the model inside against
# the pinned checksums, and moves the model into MODELS_DIR under its final name only once both match.
install_model() {
  local work rc=0
  work=$(mktemp -d)
  fetch_model "$1" "$work" || rc=$?
  rm -rf "$work"
  return $rc
}

# fetch_model LANG WORK: install_model's steps, in the scratch folder WORK.
fetch_model() {
  local lang=$1 work=$2 tgz
  tgz="$work/$lang.tgz"
  if ! curl -fsSL --connect-timeout 10 --max-time 300 --retry 2 -o "$tgz" \
      "$NPM_REGISTRY/@tesseract.js-data/$lang/-/$lang-$MODELS_VERSION.tgz"; then
    echo "courrier: cannot fetch the $lang best_int model from $NPM_REGISTRY" >&2
    return 1
  fi
  if [ "$(sha256sum "$tgz" | cut -d' ' -f1)" != "${MODEL_TGZ_SHA256[$lang]}" ]; then
    echo "courrier: refused the $lang model package from $NPM_REGISTRY: its checksum is not the pinned one" >&2
    return 1
  fi
  if ! tar -xzf "$tgz" -C "$work" "package/4.0.0_best_int/$lang.traineddata.gz" 2>/dev/null \
      || ! gunzip -c "$work/package/4.0.0_best_int/$lang.traineddata.gz" > "$work/$lang.traineddata"; then
    echo "courrier: the $lang model package holds no readable 4.0.0_best_int/$lang.traineddata.gz" >&2
    return 1
  fi
  if [ "$(sha256sum "$work/$lang.traineddata" | cut -d' ' -f1)" != "${MODEL_SHA256[$lang]}" ]; then
    echo "courrier: refused the unpacked $lang model: its checksum is not the pinned one" >&2
    return 1
  fi
  mv -f "$work/$lang.traineddata" "$MODELS_DIR/$lang.traineddata"
  echo "$lang ${MODEL_SHA256[$lang]}" >> "$MODELS_DIR/.verified"
}

# install_models: makes MODELS_DIR ready (best effort; 1 when it could not, with the reason on stderr). The
# orientation data (osd) has no best_int variant: a link to the system's, which the package check has ensured.
install_models() {
  models_ready && return 0
  command -v curl >/dev/null 2>&1 || { echo "courrier: curl is needed to fetch the best_int models" >&2; return 1; }
  mkdir -p "$MODELS_DIR" || return 1
  local lang
  for lang in fra eng; do
    if ! grep -qx "$lang ${MODEL_SHA256[$lang]}" "$MODELS_DIR/.verified" 2>/dev/null; then
      echo "courrier: installing Tesseract's best_int $lang model into $MODELS_DIR" >&2
      install_model "$lang" || return 1
    fi
  done
  ln -sfn "$TESSDATA_DIR/osd.traineddata" "$MODELS_DIR/osd.traineddata"
  models_ready
}

# ocr_tessdata: the folder Courrier reads its models from. COURRIER_OCR_TESSDATA when set; else the best_int
# models when installed (COURRIER_OCR_MODELS=fast keeps Debian's); else the system's fast models.
ocr_tessdata() {
  if [ -n "${COURRIER_OCR_TESSDATA:-}" ]; then
    echo "$COURRIER_OCR_TESSDATA"
  elif [ "${COURRIER_OCR_MODELS:-best_int}" != fast ] && models_ready; then
    echo "$MODELS_DIR"
  else
    echo "$TESSDATA_DIR"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-check}" in
    check)
      check_all "${2:-run}"
      if [ ${#missing_packages[@]} -gt 0 ]; then report_missing; exit 3; fi
      echo "courrier: all prerequisites present"
      if [ "$(ocr_tessdata)" = "$MODELS_DIR" ]; then
        echo "courrier: OCR models: best_int (fra, eng) in $MODELS_DIR"
      else
        echo "courrier: OCR models: $(ocr_tessdata) (the best_int models are not installed: scripts/prerequisites.sh models)"
      fi ;;
    ensure) ensure "${2:-run}" ;;
    models) install_models && echo "$MODELS_DIR" ;;
    *) echo "usage: $0 check|ensure [test] | models" >&2; exit 2 ;;
  esac
fi
