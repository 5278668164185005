#!/usr/bin/env bash
# Every detector family that fits without a network, on the real DCASE 2022 valve section
# in ../shared and on a synthetic set, in one table each (asd compare): official score,
# AUC per domain, pAUC, fit seconds and scoring milliseconds per clip.
#   bash bench/real_data.sh [ASD]     (ASD: the asd binary, default build/release/bin/asd)
# PROTOCOLS=1 adds issue #33's protocols on the same sets: noise heard only after fitting
# (bench/noise_shift.sh) and a few known faults (bench/known_faults.py); a few minutes more.
# NETWORKS=1 adds OS-SCL (20 epochs, batch 32; about 15 minutes on 2 cores).
# ENCODER=NAME|FILE adds the frozen pretrained encoder (asd encoders import; e.g. BEATs iter3+
# AS2M) with GenRep's settings: layer ENCODER_LAYER (default 4, GenRep's best), Euclidean 1-NN,
# per-domain normalisation on the training bank and, as GenRep, over the test clips; and adapted
# first (encoder-lora, its defaults; ADAPT=0 leaves it out: minutes per epoch on a CPU).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
asd=${1:-build/release/bin/asd}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
detectors=bandstats,bandstats:stats=mean+std,bandstats:stats=mean+std+change,patchcore,dcase-ae,dcase-ae:score=mahala
[[ ${NETWORKS:-0} == 1 ]] && detectors+=",osscl:epochs=20;batch=32;lr=0.001;eval=0"
if [[ -n ${ENCODER:-} ]]; then
  layer=${ENCODER_LAYER:-4}
  detectors+=",encoder-knn:encoder=$ENCODER;layer=$layer,encoder-knn:encoder=$ENCODER;layer=$layer;normalise=transductive"
  [[ ${ADAPT:-1} == 1 ]] && detectors+=",encoder-lora:encoder=$ENCODER;layer=$layer"
fi

valve=../shared/data/dcase2022-valve-sec00
if [[ -d $valve ]]; then
  echo "== real: DCASE 2022 valve section 00 (40 normal training clips, 160 test clips)"
  "$asd" compare --data "$valve" --out "$work/valve" --detectors "$detectors"
else
  echo "== $valve is not here: the real-data table is skipped"
fi
echo
echo "== synthetic: asd synth, 4 types x 3 IDs, 40 training clips per ID, 10 s"
"$asd" synth "$work/synth" --types 4 --ids 3 --train 40 --test 10 --seconds 10 >/dev/null
"$asd" compare --data "$work/synth" --out "$work/synth-runs" --detectors "$detectors"
if [[ ${PROTOCOLS:-0} == 1 ]]; then
  echo
  echo "== when the plant gets noisier after fitting"
  bash bench/noise_shift.sh "$asd"
  echo "== the few faults a user has"
  /usr/bin/python3 bench/known_faults.py "$asd"
fi
