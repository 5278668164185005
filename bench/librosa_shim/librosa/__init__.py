# SPDX-License-Identifier: GPL-3.0-or-later
"""What nttcslab's DCASE baseline autoencoder (dcase2023_task2_baseline_ae) calls of librosa,
which Debian 12 does not package: load(path, sr=None, mono=...) and feature.melspectrogram,
written with python3-soundfile and numpy as librosa 0.10 computes them (centred frames with
constant padding, a periodic Hann window, Slaney mel filters with Slaney area normalisation).
Only for bench/ae_reference.sh: put this folder first on PYTHONPATH."""
import numpy as np
import soundfile

from . import feature  # noqa: F401  (librosa.feature)
from . import core  # noqa: F401  (librosa.core)


def load(path, sr=None, mono=True, offset=0.0, duration=None):
    if sr is not None:
        raise NotImplementedError("librosa_shim loads at the file's own rate only (sr=None)")
    y, rate = soundfile.read(path, dtype="float32", always_2d=True)
    start = int(round(offset * rate))
    stop = None if duration is None else start + int(round(duration * rate))
    y = y[start:stop].T  # channels first, as librosa
    if mono:
        y = y.mean(axis=0)
    return np.ascontiguousarray(y), rate
