# Reference timing for bench_features: torchaudio.load + MelSpectrogram + AmplitudeToDB on
# the same clips, one thread, with the OS-SCL configuration, best of three passes.
# Prints clips per second.
import sys
import time

import torch
import torchaudio

torch.set_num_threads(1)
folder, n = sys.argv[1], int(sys.argv[2])
mel = torchaudio.transforms.MelSpectrogram(sample_rate=16000, n_fft=2048, win_length=2048, hop_length=512,
                                           n_mels=128, power=2.0, pad_mode="constant", norm="slaney",
                                           mel_scale="slaney")
to_db = torchaudio.transforms.AmplitudeToDB(stype="power")
files = [f"{folder}/clip_{i}.wav" for i in range(n)]
best = 1e30
with torch.no_grad():
    for _ in range(3):  # best of three passes, as the C++ side
        t0 = time.perf_counter()
        for f in files:
            y, sr = torchaudio.load(f)
            m = to_db(mel(y[..., :160000]))
            assert m.shape[-1] == 313
        best = min(best, time.perf_counter() - t0)
print(n / best)
