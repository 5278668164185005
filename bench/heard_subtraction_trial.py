#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A trial for issue #33 part 3, not a feature: would `noise=heard` do better if the machine's own
# sound were taken out of the quiet stretches it hears? Each clip to score gives its quietest
# fifth of quarter-seconds (as engine/mix/HeardBackground does); "raw" keeps them, "subtracted"
# removes each group's mean normal power spectrum from them (power spectral subtraction, gain
# floor 0.01, 1024-point Hann frames). Both go to band statistics as a recording of the plant
# (`noise=FILE`), at the SNRs the mixed set was made at and 6 dB either side.
#   /usr/bin/python3 bench/heard_subtraction_trial.py ASD SET:SNR [SET:SNR ...]
#   e.g. SET = a folder `asd mix DATA SET --noise N --snr 0 --seed 5` wrote, SNR = 0
#   QUIET_SHARE=0.1 keeps a tenth of each clip instead of a fifth.
# Needs numpy and soundfile (Debian: python3-numpy, python3-soundfile).
import glob, os, re, subprocess, sys, tempfile
import numpy as np
import soundfile as sf

RATE, BLOCK, NFFT, HOP = 16000, 4000, 1024, 512
QUIET_SHARE = float(os.environ.get('QUIET_SHARE', '0.2'))
WINDOW = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(NFFT) / NFFT)  # periodic Hann: sums to 1 at hop N/2


def stft(x):
    frames = 1 + max(0, (len(x) - NFFT) // HOP)
    return np.fft.rfft(np.stack([x[i * HOP:i * HOP + NFFT] * WINDOW for i in range(frames)]), axis=1)


def istft(spectrum, length):
    frames, y = np.fft.irfft(spectrum, n=NFFT, axis=1), np.zeros(length)
    for i, frame in enumerate(frames):
        y[i * HOP:i * HOP + NFFT] += frame
    return y


def quietest_stretches(x):
    blocks = len(x) // BLOCK
    power = np.array([np.mean(x[k * BLOCK:(k + 1) * BLOCK] ** 2) for k in range(blocks)])
    fade = 160
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(fade) / fade)
    kept = []
    for k in sorted(np.argsort(power, kind='stable')[:max(1, round(QUIET_SHARE * blocks))]):
        s = x[k * BLOCK:(k + 1) * BLOCK].copy()
        s[:fade] *= ramp
        s[-fade:] *= ramp[::-1]
        kept.append(s)
    return np.concatenate(kept)


def read(path):
    x, rate = sf.read(path, always_2d=True)
    if rate != RATE:
        sys.exit(f'{path}: {rate} Hz; this trial reads {RATE} Hz sets only')
    return x.mean(axis=1)


def background(data, subtract, out):
    groups = {}
    for split in ('train', 'test'):
        for f in sorted(glob.glob(f'{data}/*/{split}/*.wav')):
            m = re.search(r'(id_\d+|section_\d+)', os.path.basename(f))
            key = f.split('/')[-3] + '/' + (m.group(1) if m else '')
            groups.setdefault(key, {'train': [], 'test': []})[split].append(f)
    parts = []
    for clips in groups.values():
        stretch = np.concatenate([quietest_stretches(read(f)) for f in clips['test'][:100]])
        if subtract:
            machine = np.mean([np.mean(np.abs(stft(read(f))) ** 2, 0) for f in clips['train'][:100]], 0)
            spectrum = stft(stretch)
            gain = np.sqrt(np.maximum(0.01, 1 - machine[None] / np.maximum(np.abs(spectrum) ** 2, 1e-20)))
            stretch = istft(spectrum * gain, len(stretch))
        parts.append(stretch[:200 * RATE // len(groups)])
    bg = np.concatenate(parts)
    sf.write(out, (bg / (1.01 * np.max(np.abs(bg)))).astype(np.float32), RATE, subtype='FLOAT')


def figure(asd, data, noise, snr, run):
    snrs = f'{snr + 6:g}+{snr:g}+{snr - 6:g}'
    subprocess.run([asd, 'train', '--data', data, '--out', run, '--replace', '--detector', 'bandstats',
                    '--options', f'noise={noise} noise-snr={snrs}'], check=True, capture_output=True)
    subprocess.run([asd, 'score', '--run', run, '--data', data, '--out', run + '/scores'], check=True,
                   capture_output=True)
    text = subprocess.run([asd, 'eval', '--scores', run + '/scores', '--data', data], capture_output=True,
                          text=True).stdout
    official = re.search(r'official score.*?([0-9.]+)\s*$', text, re.M)
    mean = re.search(r'^mean\s+([0-9.]+)', text, re.M)
    return float((official or mean).group(1))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__ or 'usage: heard_subtraction_trial.py ASD SET:SNR [SET:SNR ...]')
    asd = sys.argv[1]
    work = tempfile.mkdtemp(prefix='asd-heard-trial-')
    print(f'{"set":40s} {"raw":>6s} {"subtracted":>10s}')
    for spec in sys.argv[2:]:
        data, snr = spec.rsplit(':', 1)
        cells = []
        for name, subtract in (('raw', False), ('subtracted', True)):
            noise = f'{work}/{os.path.basename(data)}-{name}.wav'
            background(data, subtract, noise)
            cells.append(figure(asd, data, noise, float(snr), f'{work}/{os.path.basename(data)}-{name}'))
        print(f'{os.path.basename(data):40s} {cells[0]:6.2f} {cells[1]:10.2f}', flush=True)


main()
