# SPDX-License-Identifier: GPL-3.0-or-later
"""librosa.feature.melspectrogram as librosa 0.10 computes it for the baseline's arguments."""
import numpy as np


def _hz_to_mel(f):
    # Slaney's scale (librosa's default, htk=False): linear below 1 kHz, logarithmic above.
    f = np.asanyarray(f, dtype=np.float64)
    mels = f / (200.0 / 3)
    log_region = f >= 1000.0
    return np.where(log_region, 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0), mels)


def _mel_to_hz(m):
    m = np.asanyarray(m, dtype=np.float64)
    freqs = m * (200.0 / 3)
    return np.where(m >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0)), freqs)


def mel_filters(sr, n_fft, n_mels=128, fmin=0.0, fmax=None):
    fmax = sr / 2.0 if fmax is None else fmax
    fft_freqs = np.linspace(0, sr / 2.0, 1 + n_fft // 2)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(fmin), _hz_to_mel(fmax), n_mels + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2 : n_mels + 2] - mel_f[:n_mels]))[:, None]  # Slaney area norm
    return weights.astype(np.float32)


def melspectrogram(y, sr=22050, n_fft=2048, hop_length=512, n_mels=128, power=2.0, fmax=None, fmin=None,
                   win_length=None, **_):
    win_length = n_fft if win_length is None else win_length
    window = np.zeros(n_fft, dtype=np.float32)
    left = (n_fft - win_length) // 2
    window[left : left + win_length] = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(win_length) / win_length)
    y = np.pad(np.asarray(y, dtype=np.float32), n_fft // 2, mode="constant")
    frames = 1 + (len(y) - n_fft) // hop_length
    strided = np.lib.stride_tricks.as_strided(y, shape=(frames, n_fft), strides=(y.strides[0] * hop_length, y.strides[0]))
    spectrum = np.abs(np.fft.rfft(strided * window, axis=1)).T ** power
    return mel_filters(sr, n_fft, n_mels, 0.0 if fmin is None else fmin, fmax) @ spectrum.astype(np.float32)
