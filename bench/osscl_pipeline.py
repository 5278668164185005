# The whole OS-SCL job, the reference code beside asd, in one run on the same data and cores
# (issue #15): log-mel OS-SCL, 10 s clips, one machine type with 4 IDs (224 training clips,
# 200 test clips, as `asd synth` writes them in the DCASE 2020 layout), batch 16.
#   /usr/bin/python3 bench/osscl_pipeline.py [EPOCHS] [BATCH] [THREADS]     (default 3 16 2)
# The reference is bench/pytorch_osscl.py train and score: huangswt/OS-SCL's train.py (data
# loading, training loop, EMA, validation) and eval.py (scoring, AUC and pAUC) on the log-mel
# network. Both sides are timed as a user runs them, from the command to its exit: the
# reference's two scripts (Python's start and imports included) and `asd train` (its
# per-epoch test scoring included) and `asd score` (LibTorch's start included). The reference
# also times itself from inside its scripts, after its imports, as the figures in issue #15
# were taken; the ratios against those are printed too. The training rate is also given
# without the work asd does there and the reference does not (scoring the test clips after
# some epochs, fitting the decision thresholds).
# Environment: ASD (default build/release/bin/asd).
import json
import os
import subprocess
import sys
import tempfile
import time

epochs, batch, threads = (int(a) for a in (sys.argv[1:] + ['3', '16', '2'][len(sys.argv) - 1:])[:3])
asd = os.environ.get('ASD', 'build/release/bin/asd')
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix='asd-bench-osscl-')
data = os.path.join(work, 'data')
subprocess.run([asd, 'synth', data, '--types', '1', '--ids', '4', '--train', '56', '--test', '25', '--seconds', '10'],
               check=True, stdout=subprocess.DEVNULL)
n_clips = sum(len(os.listdir(os.path.join(data, m, 'train'))) for m in os.listdir(data))
print(f'log-mel OS-SCL, {n_clips} training clips of 10 s, 4 IDs, {epochs} epochs, batch {batch}, '
      f'{threads} threads each, {os.cpu_count()} cores\n', flush=True)


def reference(*args):
    """Runs one of the reference's commands; its JSON and its time from the command to its exit."""
    t0 = time.perf_counter()
    out = subprocess.run(['/usr/bin/python3', os.path.join(here, 'pytorch_osscl.py'), *map(str, args)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1]), time.perf_counter() - t0


model = os.path.join(work, 'reference.pth')
ref, ref_train_command = reference('train', data, model, epochs, batch, threads)
ref_scoring, ref_score_command = reference('score', data, model, threads)
ref.update(ref_scoring)
ref.update(reference('arithmetic', threads)[0])

# asd train with one JSON event per line, stamped as it arrives: an epoch's training ends at
# its last progress event (step == steps); its event comes after validation, the test
# clips' metrics and the checkpoints.
t0 = time.perf_counter()
proc = subprocess.Popen([asd, 'train', '--data', data, '--out', os.path.join(work, 'run'), '--detector', 'osscl',
                         '--input', 'logmel', '--epochs', str(epochs), '--batch', str(batch), '--threads',
                         str(threads), '--json-events'], stdout=subprocess.PIPE, text=True)
loop_end, epoch_end, epoch_start, evaluated = {}, {}, {}, {}
thresholds_start = None
for line in proc.stdout:
    now, e = time.perf_counter(), json.loads(line)
    if e.get('event') == 'phase' and e.get('message') == 'training':
        epoch_start[e['epoch']] = now
    elif e.get('event') == 'phase' and e.get('message', '').startswith('fitting the decision thresholds'):
        thresholds_start = now
    elif e.get('event') == 'progress' and e.get('step') == e.get('steps'):
        loop_end[e['epoch']] = now
    elif e.get('event') == 'epoch':
        epoch_end[e['epoch']] = now
        evaluated[e['epoch']] = 'metrics' in e
if proc.wait() != 0:
    sys.exit('asd train failed')
train_end = time.perf_counter()
train_seconds = train_end - t0
our_train_clips = n_clips - round(0.05 * n_clips)
t0 = time.perf_counter()
subprocess.run([asd, 'score', '--run', os.path.join(work, 'run'), '--data', data, '--out',
                os.path.join(work, 'scores')], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
score_seconds = time.perf_counter() - t0
test_clips = ref['test_clips']

ours_train = epochs * our_train_clips / train_seconds
ours_score = test_clips / score_seconds
ref_train = epochs * ref['train_clips'] / ref_train_command
ref_score = test_clips / ref_score_command
ref_train_inside = epochs * ref['train_clips'] / ref['train_seconds']
ref_score_inside = test_clips / ref['score_seconds']
# The same job without what asd does and the reference does not: scoring the labelled test
# clips after some epochs (their after-loop time beyond that of the epochs without it) and
# fitting the decision thresholds on the training clips at the end.
plain_after = sorted(epoch_end[k] - loop_end[k] for k in epoch_end if not evaluated[k])
usual_after = plain_after[len(plain_after) // 2] if plain_after else 0.0
test_scoring = sum(epoch_end[k] - loop_end[k] - usual_after for k in epoch_end if evaluated[k])
thresholds = train_end - thresholds_start if thresholds_start else 0.0
ours_train_same_work = epochs * our_train_clips / (train_seconds - test_scoring - thresholds)
print(f'{"":34}{"reference":>12}{"asd":>10}{"asd/ref":>10}')
print(f'{"training, samples/s (whole job)":34}{ref_train:12.2f}{ours_train:10.2f}{ours_train / ref_train:9.2f}x   goal >= 3x')
print(f'{"  without its extras (see below)":34}{ref_train:12.2f}{ours_train_same_work:10.2f}'
      f'{ours_train_same_work / ref_train:9.2f}x')
print(f'{"scoring, clips/s (whole job)":34}{ref_score:12.1f}{ours_score:10.1f}{ours_score / ref_score:9.2f}x   goal >= 5x')
print(f'the reference timed from inside its scripts, after Python\'s start and its imports (asd as above):')
print(f'{"  training, samples/s":34}{ref_train_inside:12.2f}{ours_train:10.2f}{ours_train / ref_train_inside:9.2f}x')
print(f'{"  scoring, clips/s":34}{ref_score_inside:12.1f}{ours_score:10.1f}{ours_score / ref_score_inside:9.2f}x')
print(f'\nreference: {ref_train_command:.1f} s training ({ref["train_seconds"]:.1f} s inside; {ref["train_clips"]} clips '
      f'per epoch; validation {sum(ref["validation_seconds"]) / epochs:.2f} s per epoch), {ref_score_command:.1f} s '
      f'scoring {test_clips} clips ({ref["score_seconds"]:.1f} s inside)')
print(f'asd:       {train_seconds:.1f} s training ({our_train_clips} clips per epoch), {score_seconds:.1f} s scoring')
print(f'           extras the reference does not do: {test_scoring:.1f} s scoring the test clips after '
      f'{sum(evaluated.values())} epochs, {thresholds:.1f} s fitting the decision thresholds')
# The arithmetic: the same network on both sides, so a ratio is bounded by how close each
# comes to the CPU's fp32 rate (a 2048² matrix product, same threads). Training costs about
# three forward passes (forward, gradients of the activations and of the weights).
gflop = 2 * ref['network_macs_per_clip'] / 1e9
peak = ref['gemm_gflops']
print(f'\nthe network: {gflop:.2f} GFLOP per 10 s clip, '
      f'{100 * ref["pointwise_macs_per_clip"] / ref["network_macs_per_clip"]:.0f} % of it in 1x1 convolutions; '
      f'this CPU\'s fp32 matrix product: {peak:.0f} GFLOP/s')
for what, rate_ref, rate_ours, per_clip in (('scoring', ref_score, ours_score, gflop),
                                            ('training', ref_train, ours_train, 3 * gflop)):
    print(f'  {what}: reference {rate_ref * per_clip:5.0f} GFLOP/s ({100 * rate_ref * per_clip / peak:4.1f} %), '
          f'asd {rate_ours * per_clip:5.0f} ({100 * rate_ours * per_clip / peak:4.1f} %) over the whole command')
need = 3 * ref_train * 3 * gflop
print(f'  training at 3x: {need:.0f} GFLOP/s over the whole command ({100 * need / peak:.1f} % of the matrix '
      f'product\'s rate)')
# What 5x scoring leaves for the network: asd's own start (LibTorch's static initialisers,
# before main; `asd --help` does nothing else) comes off the time first.
t0 = time.perf_counter()
subprocess.run([asd, '--help'], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
start = time.perf_counter() - t0
left = test_clips / (5 * ref_score) - start
print(f'  scoring at 5x: {test_clips / (5 * ref_score):.2f} s for asd score, {start:.2f} s of it asd\'s start; '
      + (f'{test_clips * gflop:.0f} GFLOP in the {left:.2f} s left (decoding and log-mel too) is at least '
         f'{test_clips * gflop / left:.0f} GFLOP/s ({100 * test_clips * gflop / left / peak:.0f} % of the matrix '
         f'product\'s rate)' if left > 0 else 'nothing is left for the work'))
loops = afters = 0
for k in sorted(epoch_end):
    loop, after = loop_end[k] - epoch_start[k], epoch_end[k] - loop_end[k]
    loops, afters = loops + loop, afters + after
    what = f'{test_clips} test clips scored' if evaluated[k] else 'test clips not scored'
    print(f'  epoch {k}: training loop {loop:6.2f} s ({our_train_clips / loop:5.2f} samples/s), then validation, '
          f'{what} and checkpoints {after:5.2f} s = {100 * after / loop:4.1f} % of the loop')
print(f'  all epochs: evaluation {100 * afters / loops:.1f} % of the training loops\' time (goal <= 10 %)')
subprocess.run(['rm', '-rf', work])
