#!/usr/bin/env bash
# When the plant gets noisier after fitting (issue #33, part 3): each first-shot family fitted
# on clean recordings, then scored on the same test clips mixed with noise the detector never
# heard (asd mix without --train: the training clips stay clean), at 6, 0 and -6 dB SNR.
# Two real noises from ../shared: NOISEX-92 factory noise and the MIMII valve background.
# Four ways to fit each family: as today (none: no noisy copies); with copies of each normal
# clip under generic noise (generic: noise=pink+brown+babble); with copies under a recording of
# the plant's noise (plant: noise=FOLDER, the same recordings as the test noise, other stretches
# of them, as an engineer would record the plant's background), one row per noise, each copy at
# 6, 0 and -6 dB (noise-snr); and with copies under the background heard in the test clips
# (heard: noise=heard, fitted anew on each mixed set, whose training clips are the clean ones).
# auto and fusion with their members' defaults (none) and with noise=heard. Prints the official
# score (DCASE 2022 valve) or the mean AUC (synthetic set) per cell, and the fit's seconds.
#   bash bench/noise_shift.sh [ASD]     (ASD: default build/release/bin/asd)
#   FAMILIES="bandstats patchcore" SETS=valve bash bench/noise_shift.sh   (a part of it;
#   default FAMILIES="bandstats patchcore dcase-ae auto fusion", SETS="valve synth",
#   COPIES="none generic plant heard"; a family may carry options: FAMILIES=dcase-ae:epochs=20)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
asd=$(realpath "${1:-build/release/bin/asd}")
noise=$(realpath ../shared/data/noise 2>/dev/null || true)
valve=../shared/data/dcase2022-valve-sec00
if [[ ! -d $noise/noisex92 || ! -d $noise/mimii-valve-background ]]; then
  echo "../shared/data/noise is not here: nothing to measure"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$asd" "$work/asd" # a rebuild during the run does not stop it
asd="$work/asd"

# The figure `asd eval` gives for DATA's scores in DIR: the official score where the set has
# domains, the mean AUC over types otherwise.
figure() {
  "$asd" eval --scores "$1" --data "$2" 2>/dev/null |
    awk '/official score/ {o=$NF} /^mean / {m=$2} END {print (o != "" ? o : m)}'
}

measure() { # SLUG TITLE DATA
  local name=$1 title=$2 data=$3
  local sets=("$data")
  for kind in noisex92 mimii-valve-background; do
    for snr in 6 0 -6; do
      "$asd" mix "$data" "$work/$name-$kind$snr" --noise "$noise/$kind" --snr "$snr" --seed 5 >/dev/null
      sets+=("$work/$name-$kind$snr")
    done
  done
  # One row: DETECTOR fitted (with OPTIONS) on the clean clips, scored on every set.
  row() { # LABEL FAMILY [OPTIONS]
    local label=$1 family=$2 options=${3:-}
    local run="$work/$name-run-${label// /-}"
    local start=$EPOCHREALTIME
    if ! "$asd" train --detector "$family" --data "$data" --out "$run" ${options:+--options "$options"} >"$run.log" 2>&1; then
      echo "$label: the fit failed:"; tail -5 "$run.log"; return
    fi
    local took=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
    local cells=()
    for s in "${sets[@]}"; do
      "$asd" score --run "$run" --data "$s" --out "$run/scores-$(basename "$s")" >"$run.log" 2>&1 || tail -5 "$run.log"
      cells+=("$(figure "$run/scores-$(basename "$s")" "$s")")
    done
    printf '%-34s %7s | %6s %6s %6s    | %6s %6s %6s   (fit %.1f s)\n' "$label" "${cells[@]}" "$took"
  }
  # One row fitted anew on every set with noise=heard: its copies are under the background
  # heard in that set's test clips (the training clips are the same clean ones in every set).
  heard_row() { # LABEL FAMILY [OPTIONS]
    local label=$1 family=$2 options=${3:-}
    local cells=() took=0
    for s in "${sets[@]}"; do
      local run="$work/$name-${label// /-}-$(basename "$s")"
      local start=$EPOCHREALTIME
      if ! "$asd" train --detector "$family" --data "$s" --out "$run" --options "$options" >"$run.log" 2>&1; then
        echo "$label: the fit failed:"; tail -5 "$run.log"; return
      fi
      took=$(awk -v a="$start" -v b="$EPOCHREALTIME" -v t="$took" 'BEGIN { print t + (b - a) }')
      "$asd" score --run "$run" --data "$s" --out "$run/scores" >"$run.log" 2>&1 || tail -5 "$run.log"
      cells+=("$(figure "$run/scores" "$s")")
    done
    printf '%-34s %7s | %6s %6s %6s    | %6s %6s %6s   (fit %.1f s on average)\n' "$label" "${cells[@]}" \
      "$(awk -v t="$took" -v n="${#sets[@]}" 'BEGIN { print t / n }')"
  }
  printf '%-34s %7s | %-23s | %-23s\n' "$title" clean "NOISEX-92 6 / 0 / -6 dB" "MIMII valve bg 6 / 0 / -6"
  for entry in $families; do
    local family=${entry%%:*} base= # FAMILY or FAMILY:KEY=VALUE,KEY=VALUE
    [[ $entry == *:* ]] && base="${entry#*:} " && base=${base//,/ }
    for copies in $copy_kinds; do
      case $family:$copies in
        auto:none|fusion:none) row "$entry" "$family" "${base% }" ;; # members' defaults: no copies
        auto:heard|fusion:heard) heard_row "$entry heard" "$family" "${base}noise=heard" ;;
        auto:*|fusion:*) ;;
        *:none) row "$entry none" "$family" "${base% }" ;;
        *:generic) row "$entry generic" "$family" "${base}noise=pink+brown+babble" ;;
        *:plant)
          row "$entry plant NOISEX-92" "$family" "${base}noise=$noise/noisex92"
          row "$entry plant MIMII bg" "$family" "${base}noise=$noise/mimii-valve-background" ;;
        *:heard) heard_row "$entry heard" "$family" "${base}noise=heard" ;;
      esac
    done
  done
  echo
}

families=${FAMILIES:-bandstats patchcore dcase-ae auto fusion}
copy_kinds=${COPIES:-none generic plant heard}
for set in ${SETS:-valve synth}; do
  case $set in
    valve)
      if [[ -d $valve ]]; then
        measure valve "valve (DCASE 2022 section 00)" "$valve"
      else
        echo "== $valve is not here: the real-data table is skipped"
      fi ;;
    synth)
      "$asd" synth "$work/synth" --types 4 --ids 3 --train 40 --test 10 --seconds 10 >/dev/null
      measure synth "synthetic (asd synth 4x3, 10 s)" "$work/synth" ;;
  esac
done
