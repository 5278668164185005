#!/usr/bin/env bash
# The issue #5 accuracy benchmark: log-mel OS-SCL on synthetic data (2 types x 3 IDs,
# 4 s clips, 60 training clips per ID, 25 normal + 25 anomalous test clips per ID),
# trained on the CPU; prints mean AUC/pAUC/mAUC for both scorers and the wall time, and,
# where python3 has torchaudio and scikit-learn, a training-free reference beside it
# (kNN on per-band log-mel statistics, bench/logmel_stats_knn.py).
#   bench/osscl_synthetic.sh [EPOCHS] [LR] [TRAIN OPTIONS...]   (default 25 epochs, lr 1e-3)
# e.g. bench/osscl_synthetic.sh 25 1e-3 --noise white,pink,brown   (with noise augmentation)
set -euo pipefail
asd="$(dirname "$0")/../build/release/bin/asd"
work="${TMPDIR:-/tmp}/asd-bench-osscl"
epochs="${1:-25}"
lr="${2:-1e-3}"
extra=("${@:3}")
rm -rf "$work"
"$asd" synth "$work/data" --types 2 --ids 3 --train 60 --test 25 --seconds 4 --seed 7 >/dev/null
start=$(date +%s)
"$asd" train --data "$work/data" --out "$work/run" --epochs "$epochs" --batch 32 --seconds 4 --lr "$lr" --no-eval "${extra[@]}" >/dev/null
end=$(date +%s)
echo "training: $epochs epochs, lr $lr ${extra[*]}, $((end - start)) s wall on $(nproc) cores"
for scorer in arcface knn; do
  echo "== scorer $scorer"
  "$asd" score --run "$work/run" --data "$work/data" --out "$work/scores-$scorer" --scorer "$scorer" | grep -E "pooled|mean over"
done
if /usr/bin/python3 -c "import torchaudio, sklearn" 2>/dev/null; then
  echo "== reference without training: kNN on log-mel band statistics, per ID"
  /usr/bin/python3 "$(dirname "$0")/logmel_stats_knn.py" "$work/data"
fi
