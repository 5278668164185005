#!/usr/bin/env bash
# How time and memory grow with the dataset (issue #32, "Scale"): a synthetic set of N clips
# of 10 s in 12 groups (4 machine types x 3 IDs; three quarters training clips, the rest test
# clips, half of them anomalous), then `asd compare` on the first-shot families, for each N.
# Prints decoding and log-mel's own rate (bench_features, found beside the asd binary), then
# per N: the set's writing time, asd scan's (the command, its start included), the whole
# compare's wall time and peak memory (from /usr/bin/time), and compare's own table (fit
# seconds, scoring milliseconds per clip; both include decoding) with each fit's stages.
#   bash bench/scale.sh [ASD]        SIZES="1000 3000 10000" (default) FAMILIES=bandstats (default)
# The label-free estimate (asd compare's est. AUC: each family fitted again on halves) is left
# out; ESTIMATE=1 keeps it.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
asd=$(realpath "${1:-build/release/bin/asd}")
sizes=${SIZES:-1000 3000 10000}
families=${FAMILIES:-bandstats}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# What every family pays first: decoding and log-mel alone, per clip on every core.
features=$(dirname "$asd")/bench_features
if [[ -x $features ]]; then
  echo "== decoding and log-mel alone (bench_features 200, osscl preset, every core): $("$features" 200 |
    awk '/^osscl +all/ {print $4}') ms a clip"
fi

for n in $sizes; do
  perGroup=$((n / 12))
  train=$((perGroup * 3 / 4))
  test=$((perGroup - train))
  data="$work/synth-$n"
  start=$EPOCHREALTIME
  "$asd" synth "$data" --types 4 --ids 3 --train "$train" --test "$test" --seconds 10 >/dev/null
  wrote=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
  echo "== $((12 * perGroup)) clips ($train training and $test test clips per group, 10 s; written in $wrote s): $families"
  start=$EPOCHREALTIME
  "$asd" scan "$data" >/dev/null
  echo "   scan (asd scan, headers read): $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }') s"
  /usr/bin/time -f "   compare: %e s wall, peak memory %M KB" \
    "$asd" compare --data "$data" --out "$work/runs-$n" --detectors "$families" \
    $([[ ${ESTIMATE:-0} == 1 ]] || echo --no-estimate) 2>&1 |
    awk '/^detector +official/ {on = 1} /^best on/ {on = 0} on || /^   compare/'
  echo
  rm -rf "$data" "$work/runs-$n"
done
