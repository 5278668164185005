#!/usr/bin/env bash
# ASD Workbench quick start for a fresh Debian 12 machine (run as root, from the clone).
#   bash packaging/bootstrap.sh demo   install what is missing, build, open the demo
#   bash packaging/bootstrap.sh test   install what is missing, build, run every test
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-demo}"
case "$mode" in demo|test) ;; *) echo "usage: $0 demo|test" >&2; exit 2 ;; esac

# Debian 12 packages. libopenblas0-pthread matters: with the reference BLAS, LibTorch's
# matrix products run about 45 times slower. clang brings libFuzzer for the fuzz targets;
# lintian, appstream and desktop-file-utils check the Debian package the tests build;
# qt6-translations-l10n makes Qt's own dialogs speak the user's language.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev
  libqcustomplot-dev libtorch-dev libopenblas0-pthread
  libsndfile1-dev libfftw3-dev libsoxr-dev nlohmann-json3-dev zlib1g-dev libcli11-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good qt6-translations-l10n
  clang
)
[[ $mode == test ]] && packages+=(dpkg-dev lintian appstream desktop-file-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ccache keys on paths relative to the clone, so another clone of the same sources (CI's)
# reuses what this machine compiled before.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
echo "== building (preset release)"
cmake --preset release >/dev/null
cmake --build --preset release

if [[ $mode == test ]]; then
  echo "== running the tests"
  ctest --preset release
  # Every reader of files users bring, fuzzed for 30 s each on its corpus (README, "Fuzzing").
  echo "== fuzzing the file readers (preset fuzz: clang, libFuzzer, ASan + UBSan)"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  exec ctest --preset fuzz --parallel 2
fi

demo=build/demo-data
if [[ ! -d $demo ]]; then
  echo "== writing the built-in demo dataset to $demo"
  build/release/bin/asd synth "$demo" --types 4 --ids 3 --train 40 --test 10 --seconds 10
fi
if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
  echo "== opening the workbench on $demo"
  exec build/release/bin/asd-workbench "$demo"
fi
echo "== no display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless equivalent"
build/release/bin/asd scan "$demo"
# The main job: the default detector (band statistics, no training: it works from a few
# tens of clips, see the README's measured table), its scores and the DCASE evaluation.
echo "== fitting the default detector on the demo data into build/demo-run"
build/release/bin/asd train --data "$demo" --out build/demo-run --replace
build/release/bin/asd score --run build/demo-run --data "$demo" --out build/demo-run/scores >/dev/null
exec build/release/bin/asd eval --scores build/demo-run/scores --data "$demo"
