#!/usr/bin/env bash
# The issue #5 accuracy benchmark: log-mel OS-SCL on synthetic data (2 types x 3 IDs,
# 4 s clips, 60 training clips per ID, 25 normal + 25 anomalous test clips per ID),
# trained on the CPU; prints mean AUC/pAUC/mAUC for both scorers and the wall time, and,
# where python3 has torchaudio and scikit-learn, a training-free reference beside it
# (kNN on per-band log-mel statistics, bench/logmel_stats_knn.py).
# Then the OS-SCL run becomes the teacher of a mixture-aligned student (issue #7: trained on
# the clips mixed with stationary noise, scored by nearest neighbours), and the student's
# accuracy and the two trainings' wall time together are printed.
#   bench/osscl_synthetic.sh [EPOCHS] [LR] [TRAIN OPTIONS...]   (default 25 epochs, lr 1e-3;
#   the student trains STUDENT_EPOCHS, default 20)
# e.g. bench/osscl_synthetic.sh 25 1e-3 --noise white,pink,brown   (with noise augmentation)
set -euo pipefail
asd="$(dirname "$0")/../build/release/bin/asd"
work="${TMPDIR:-/tmp}/asd-bench-osscl"
epochs="${1:-25}"
student_epochs="${STUDENT_EPOCHS:-20}"
lr="${2:-1e-3}"
extra=("${@:3}")
rm -rf "$work"
"$asd" synth "$work/data" --types 2 --ids 3 --train 60 --test 25 --seconds 4 --seed 7 >/dev/null
start=$(date +%s)
"$asd" train --detector osscl --data "$work/data" --out "$work/run" --epochs "$epochs" --batch 32 --seconds 4 --lr "$lr" --no-eval "${extra[@]}" >/dev/null
end=$(date +%s)
teacher_s=$((end - start))
echo "training: $epochs epochs, lr $lr ${extra[*]}, $teacher_s s wall on $(nproc) cores"
for scorer in arcface knn; do
  echo "== scorer $scorer"
  "$asd" score --run "$work/run" --data "$work/data" --out "$work/scores-$scorer" --scorer "$scorer" | grep -E "pooled|mean over"
done
if /usr/bin/python3 -c "import torchaudio, sklearn" 2>/dev/null; then
  echo "== reference without training: kNN on log-mel band statistics, per ID"
  /usr/bin/python3 "$(dirname "$0")/logmel_stats_knn.py" "$work/data"
fi
echo "== mixture-aligned student of this run ($student_epochs epochs, white/pink/brown noise), scorer knn"
start=$(date +%s)
"$asd" train --method mixalign --teacher "$work/run" --data "$work/data" --out "$work/student" --epochs "$student_epochs" \
  --batch 32 --lr 1e-3 --noise white,pink,brown --no-eval >/dev/null
end=$(date +%s)
"$asd" score --run "$work/student" --data "$work/data" --out "$work/scores-student" --scorer knn | grep -E "pooled|mean over"
echo "teacher + student training: $((teacher_s + end - start)) s wall on $(nproc) cores"
