#!/usr/bin/env bash
# The DCASE autoencoder's fit beside the official baseline code on the same data and settings,
# in one run (issue #32): nttcslab's dcase2023_task2_baseline_ae (PyTorch, its own data loading
# and training loop; given by a path, never committed), then bench_autoencoder (asd's whole
# `asd train --detector dcase-ae` job beside a matrix product on its threads).
#   bash bench/ae_reference.sh BASELINE_SRC [EPOCHS]       (EPOCHS: default 100, the baseline's)
# BASELINE_SRC: a checkout of https://github.com/nttcslab/dcase2023_task2_baseline_ae.
# Data: the DCASE 2022 valve section in ../shared (section 00 only: the baseline's section list
# for that machine is cut to "00" in the copy it runs). Settings: the baseline's baseline.yaml
# (128 mels, 5 frames, n_fft 1024, hop 512, batch 256, lr 0.001, 10 % validation), which
# asd's dcase-ae takes too. librosa, which Debian 12 does not package, is bench/librosa_shim
# (load and melspectrogram as librosa 0.10 computes them; needs python3-soundfile, -scipy,
# -pandas, -sklearn, -matplotlib, -seaborn, -tqdm, -fasteners, -yaml). The baseline is timed
# from its command to its exit, as a user runs it, with PyTorch's 1 thread (Debian's default)
# and with 2 (OMP_NUM_THREADS=2), each from scratch (its cached log-mels removed).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(realpath "$1")
[[ -f $src/train.py ]] || { echo "$src: not a checkout of dcase2023_task2_baseline_ae (no train.py)"; exit 1; }
epochs=${2:-100}
valve=$(realpath ../shared/data/dcase2022-valve-sec00)
shim=$(realpath bench/librosa_shim)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The shim against torchaudio's Slaney mel filterbank on one clip, where torchaudio is installed.
PYTHONPATH="$shim" /usr/bin/python3 - "$valve" <<'PY' || true
import glob, sys
import numpy as np, librosa, librosa.feature
try:
    import torch, torchaudio
except ImportError:
    sys.exit(0)
y, sr = librosa.load(sorted(glob.glob(sys.argv[1] + "/valve/train/*.wav"))[0], sr=None, mono=True)
ours = librosa.feature.melspectrogram(y=y, sr=sr, n_fft=1024, hop_length=512, n_mels=128, power=2.0)
ref = torchaudio.transforms.MelSpectrogram(sample_rate=sr, n_fft=1024, hop_length=512, n_mels=128, power=2.0,
                                           norm="slaney", mel_scale="slaney", pad_mode="constant")(torch.from_numpy(y))
print("librosa shim against torchaudio's Slaney mel spectrogram: largest difference %.1e of the largest value"
      % (np.abs(ours - ref.numpy()).max() / np.abs(ref.numpy()).max()))
PY
cp -r "$src" "$work/baseline"
cd "$work/baseline"
mkdir -p data/dcase2022t2/dev_data/raw/valve
ln -s "$valve/valve/train" data/dcase2022t2/dev_data/raw/valve/train
ln -s "$valve/valve/test" data/dcase2022t2/dev_data/raw/valve/test
/usr/bin/python3 - <<'PY'
import yaml
path = "datasets/machine_type_legacy.yaml"
types = yaml.safe_load(open(path))
types["DCASE2022T2"]["machine_type"]["valve"]["dev"] = ["00"]
yaml.safe_dump(types, open(path, "w"))
PY
for threads in 1 2; do
  rm -rf data/dcase2022t2/dev_data/processed models logs
  start=$EPOCHREALTIME
  OMP_NUM_THREADS=$threads PYTHONPATH="$shim" /usr/bin/python3 train.py --dataset=DCASE2022T2valve -d \
    "-tag=id(00_)" --use_ids 00 --train_only --mono=True --use_cuda=False --epochs "$epochs" \
    > "$work/baseline-$threads.log" 2>&1 || { tail -20 "$work/baseline-$threads.log"; exit 1; }
  echo "official baseline (PyTorch, $threads thread(s)), $epochs epochs, from the command to its exit:" \
    "$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"
done
cd - >/dev/null
build/release/bin/bench_autoencoder "$valve" "$epochs"
