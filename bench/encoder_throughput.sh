#!/usr/bin/env bash
# BEATs throughput on 10 s clips, the workbench's encoder beside the official PyTorch code on
# the same real-size weights, in one run (issue: pretrained encoders).
#   bash bench/encoder_throughput.sh [BEATS_SRC]
# BEATS_SRC: the official beats/ folder of microsoft/unilm (never committed here). With it and
# Debian's python3-torch, the official code makes the random real-size checkpoint, both sides
# time it, and the tokens of one clip are compared; without, only the workbench runs.
# DEVICE=cuda:0 also times the workbench on a GPU, LoRA fine-tuning included; LORA=1 times LoRA
# fine-tuning on the CPU too.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
bench=build/release/bin/bench_encoder
src=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import torch, torchaudio' 2>/dev/null; then python=$p; break; fi
done
echo "== $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
if [[ -n $src && -n $python ]]; then
  "$python" bench/beats_reference.py "$src" save "$work/beats-real.pt"
  "$python" bench/beats_reference.py "$src" time "$work/beats-real.pt" "$work/reference.f32"
  "$bench" "$work/beats-real.pt" --compare "$work/reference.f32"
else
  echo "(no official source or python3-torch: the workbench alone, on its own random weights)"
  "$bench"
fi
if [[ ${LORA:-0} == 1 ]]; then "$bench" --lora; fi
if [[ -n ${DEVICE:-} ]]; then "$bench" --device "$DEVICE" --lora; fi
