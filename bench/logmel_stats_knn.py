# A training-free reference for bench/osscl_synthetic.sh: per machine ID, each clip becomes
# the mean and standard deviation of its log-mel bands (OS-SCL front end, torchaudio),
# standardised over that ID's normal training clips; the anomaly score is the Euclidean
# distance to the nearest training clip. Prints per-ID AUC and the mean (scikit-learn).
#   python3 logmel_stats_knn.py DATASET_2020_LAYOUT
import glob
import os
import re
import sys
import wave

import numpy as np
import torch
import torchaudio
from sklearn.metrics import roc_auc_score

mel = torchaudio.transforms.MelSpectrogram(16000, n_fft=2048, hop_length=512, n_mels=128, power=2.0,
                                           pad_mode="constant", norm="slaney", mel_scale="slaney")


def features(path):
    with wave.open(path) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    m = 10 * torch.log10(mel(torch.from_numpy(x)).clamp(min=1e-10)).numpy()
    return np.concatenate([m.mean(1), m.std(1)])


root = sys.argv[1]
aucs = []
for machine in sorted(os.listdir(root)):
    ids = sorted({re.search(r"id_(\d+)", f).group(1) for f in glob.glob(f"{root}/{machine}/train/*.wav")})
    for i in ids:
        bank = np.stack([features(p) for p in sorted(glob.glob(f"{root}/{machine}/train/normal_id_{i}_*.wav"))])
        tests = sorted(glob.glob(f"{root}/{machine}/test/*_id_{i}_*.wav"))
        query = np.stack([features(p) for p in tests])
        mu, sd = bank.mean(0), bank.std(0) + 1e-6
        d = ((((query - mu) / sd)[:, None, :] - ((bank - mu) / sd)[None]) ** 2).sum(-1).min(1)
        auc = roc_auc_score([os.path.basename(p).startswith("anomaly") for p in tests], d)
        aucs.append(auc)
        print(f"    {machine:14s} id_{i}  {100 * auc:6.2f}")
print(f"    mean over IDs      {100 * np.mean(aucs):6.2f}")
