# The reference side of the OS-SCL benchmarks: the log-mel OS-SCL network (MobileFaceNet + FPH +
# ArcFace, reference-methods §3.3-3.6) and its training step (mixup CE + SupCon, §4.1) written as
# the reference repository (huangswt/OS-SCL) writes them, in PyTorch.
#   pytorch_osscl.py network STEPS BATCH THREADS
#       the network alone on random inputs (bench_models); prints
#       "<train samples/s> <score ms per clip>"
#   pytorch_osscl.py train DATA MODEL EPOCHS BATCH THREADS
#       the reference's train.py on a DCASE 2020 folder (bench/osscl_pipeline.py): its data
#       loading (torchaudio.load and the log-mel in __getitem__, every epoch, num_workers=0 as
#       train.py), 95/5 random split, AdamW + cosine schedule, mixup, EMA, validation of the EMA
#       net and a checkpoint (MODEL) at each best validation loss. Prints one JSON object with
#       the timings measured inside the script.
#   pytorch_osscl.py score DATA MODEL THREADS
#       the reference's eval.py: the test set loaded and converted up front, batch 1, score =
#       cross-entropy of the ArcFace logits, AUC and pAUC per ID and overall with scikit-learn
#       (where installed). Prints one JSON object as train does.
#   pytorch_osscl.py arithmetic THREADS
#       what the job asks of the CPU (see arithmetic below); one JSON object.
# Each is its own command, as train.py and eval.py are, so that a benchmark can time them as
# a user runs them: from the command to its exit, Python's start and imports included.
import glob
import json
import math
import os
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchaudio

try:
    from sklearn import metrics  # at the top, as eval.py imports it
except ImportError:
    metrics = None


class ConvBlock(nn.Module):
    def __init__(self, inp, oup, k, s, p, dw=False, linear=False):
        super().__init__()
        self.conv = nn.Conv2d(inp, oup, k, s, p, groups=inp if dw else 1, bias=False)
        self.bn = nn.BatchNorm2d(oup)
        self.act = None if linear else nn.PReLU(oup)

    def forward(self, x):
        x = self.bn(self.conv(x))
        return x if self.act is None else self.act(x)


class Bottleneck(nn.Module):
    def __init__(self, inp, oup, stride, t):
        super().__init__()
        self.connect = stride == 1 and inp == oup
        h = inp * t
        self.conv = nn.Sequential(nn.Conv2d(inp, h, 1, 1, 0, bias=False), nn.BatchNorm2d(h), nn.PReLU(h),
                                  nn.Conv2d(h, h, 3, stride, 1, groups=h, bias=False), nn.BatchNorm2d(h), nn.PReLU(h),
                                  nn.Conv2d(h, oup, 1, 1, 0, bias=False), nn.BatchNorm2d(oup))

    def forward(self, x):
        return x + self.conv(x) if self.connect else self.conv(x)


class MobileFaceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = ConvBlock(1, 64, 3, 2, 1)
        self.dw_conv1 = ConvBlock(64, 64, 3, 1, 1, dw=True)
        layers, inp = [], 64
        for t, c, n, s in [(2, 128, 2, 2), (4, 128, 2, 2), (4, 128, 2, 2)]:
            for i in range(n):
                layers.append(Bottleneck(inp, c, s if i == 0 else 1, t))
                inp = c
        self.blocks = nn.Sequential(*layers)
        self.conv2 = ConvBlock(128, 512, 1, 1, 0)
        self.linear7 = ConvBlock(512, 512, (8, 20), 1, 0, dw=True, linear=True)
        self.linear1 = ConvBlock(512, 128, 1, 1, 0, linear=True)

    def forward(self, x):
        x = self.linear1(self.linear7(self.conv2(self.blocks(self.dw_conv1(self.conv1(x))))))
        return x.view(x.size(0), -1)


class Net(nn.Module):
    def __init__(self, classes=41, m=0.4, s=30.0):
        super().__init__()
        self.mfn = MobileFaceNet()
        self.fph = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.BatchNorm1d(64), nn.Linear(64, 128), nn.ReLU(),
                                 nn.BatchNorm1d(128))
        self.weight = nn.Parameter(torch.empty(classes, 128))
        nn.init.xavier_uniform_(self.weight)
        self.m, self.s = m, s

    def forward(self, mel, label):
        z = F.normalize(self.fph(self.mfn(mel)))
        cosine = F.linear(z, F.normalize(self.weight))
        sine = torch.sqrt((1.0 - cosine ** 2).clamp(0, 1))
        phi = cosine * math.cos(self.m) - sine * math.sin(self.m)
        phi = torch.where(cosine > math.cos(math.pi - self.m), phi, cosine - math.sin(math.pi - self.m) * self.m)
        one_hot = torch.zeros_like(cosine).scatter_(1, label.view(-1, 1), 1)
        return self.s * (one_hot * phi + (1 - one_hot) * cosine), z


def supcon(z, y, t=0.02, base=0.07):
    mask = torch.eq(y.view(-1, 1), y.view(1, -1)).float()
    logits = z @ z.T / t
    logits = logits - logits.max(1, keepdim=True)[0].detach()
    self_mask = 1 - torch.eye(len(y))
    mask = mask * self_mask
    exp = torch.exp(logits) * self_mask
    log_prob = logits - torch.log(exp.sum(1, keepdim=True))
    mean = (mask * log_prob).sum(1) / mask.sum(1).clamp(min=1)
    return -(t / base) * mean.mean()



def mixup_step(net, opt, mel, y):
    # utils.py mixup_data (alpha 0.5) and os_scl: mixed CE on the margin logits + SupCon.
    lam = float(torch.distributions.Beta(0.5, 0.5).sample())
    perm = torch.randperm(len(y))
    logits, z = net(lam * mel + (1 - lam) * mel[perm], y)
    loss = lam * F.cross_entropy(logits, y) + (1 - lam) * F.cross_entropy(logits, y[perm]) + supcon(z, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def network(steps, batch):
    torch.manual_seed(0)
    net = Net()
    opt = torch.optim.AdamW(net.parameters(), lr=1e-4, weight_decay=0.01)
    mel = torch.randn(batch, 1, 128, 313) * 10 - 20
    y = torch.randint(0, 41, (batch,))
    net.train()
    mixup_step(net, opt, mel, y)
    t0 = time.perf_counter()
    for _ in range(steps):
        mixup_step(net, opt, mel, y)
    train = steps * batch / (time.perf_counter() - t0)
    net.eval()
    with torch.no_grad():
        net(mel[:1], y[:1])
        t0 = time.perf_counter()
        for i in range(16):
            net(mel[i % batch:i % batch + 1], y[i % batch:i % batch + 1])
        score = 1000 * (time.perf_counter() - t0) / 16
    print(train, score)


class Wave2Mel:
    # dataloader.py Wave2Mel
    def __init__(self):
        self.mel = torchaudio.transforms.MelSpectrogram(sample_rate=16000, win_length=2048, hop_length=512, n_fft=2048,
                                                        n_mels=128, power=2.0, pad_mode='constant', norm='slaney',
                                                        mel_scale='slaney')
        self.db = torchaudio.transforms.AmplitudeToDB(stype='power')

    def __call__(self, x):
        return self.db(self.mel(x))


def id_label(path, ids):
    return next(i for i, key in enumerate(ids) if key in os.path.basename(path))


class TrainSet(torch.utils.data.Dataset):
    # dataloader.py train_dataset: decodes and converts each clip every time it is drawn
    def __init__(self, files, ids):
        self.files, self.labels, self.logmel = files, [id_label(f, ids) for f in files], Wave2Mel()

    def __getitem__(self, i):
        y, sr = torchaudio.load(self.files[i])
        return self.logmel(y[..., :sr * 10]), self.labels[i]

    def __len__(self):
        return len(self.files)


class WeightEMA:
    # losses.py WeightEMA (alpha 0.9999, live weights shrunk by 2e-6 per step)
    def __init__(self, model, ema):
        self.params, self.ema = list(model.state_dict().values()), list(ema.state_dict().values())
        for p, e in zip(self.params, self.ema):
            p.data.copy_(e.data)

    def step(self):
        for p, e in zip(self.params, self.ema):
            if e.dtype == torch.float32:
                e.mul_(0.9999)
                e.add_(p * 1e-4)
                p.mul_(1 - 2e-6)


def machines_and_ids(root):
    machines = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d, 'train')))
    ids = sorted({os.path.basename(f)[len('normal_'):len('normal_id_00')] for m in machines
                  for f in glob.glob(os.path.join(root, m, 'train', '*.wav'))})
    return machines, ids


def train(root, model, epochs, batch):
    t_start = time.perf_counter()
    machines, ids = machines_and_ids(root)
    out = {'machines': machines, 'ids': len(ids)}
    files = sorted(f for m in machines for f in glob.glob(os.path.join(root, m, 'train', '*.wav')))
    data = TrainSet(files, ids)
    n_train = int(len(data) * 0.95)
    train_ds, valid_ds = torch.utils.data.random_split(data, [n_train, len(data) - n_train])
    train_dl = torch.utils.data.DataLoader(train_ds, batch_size=batch, shuffle=True, num_workers=0)
    valid_dl = torch.utils.data.DataLoader(valid_ds, batch_size=batch, num_workers=0)
    net, ema = Net(), Net()
    for p in ema.parameters():
        p.detach_()
    opt = torch.optim.AdamW(net.parameters(), lr=1e-4)
    ema_step = WeightEMA(net, ema)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs, eta_min=1e-5)
    best, epoch_seconds, valid_seconds = 1e10, [], []
    for _ in range(epochs):
        t0 = time.perf_counter()
        net.train()
        for mel, y in train_dl:
            mixup_step(net, opt, mel, y)
            ema_step.step()
        sched.step()
        t1 = time.perf_counter()
        ema.eval()
        with torch.no_grad():
            losses = [F.cross_entropy(ema(mel, y)[0], y).item() for mel, y in valid_dl]
        if sum(losses) / len(losses) < best:
            best = sum(losses) / len(losses)
            torch.save(ema.state_dict(), model)
        valid_seconds.append(time.perf_counter() - t1)
        epoch_seconds.append(time.perf_counter() - t0)
    out['train_clips'] = n_train
    out['train_seconds'] = time.perf_counter() - t_start
    out['epoch_seconds'] = epoch_seconds
    out['validation_seconds'] = valid_seconds
    print(json.dumps(out))


def score(root, model):
    # eval.py: the test set decoded and converted up front, then batch 1.
    t0 = time.perf_counter()
    machines, ids = machines_and_ids(root)
    net = Net()
    net.load_state_dict(torch.load(model))
    net.eval()
    test, logmel = [], Wave2Mel()
    for m in machines:
        for f in sorted(glob.glob(os.path.join(root, m, 'test', '*.wav'))):
            y, sr = torchaudio.load(f)
            test.append((logmel(y[..., :sr * 10]), id_label(f, ids), os.path.basename(f).startswith('anomaly')))
    scores = []
    with torch.no_grad():
        for mel, y, _ in torch.utils.data.DataLoader(test, batch_size=1, num_workers=0):
            scores.append(F.cross_entropy(net(mel, y)[0], y, reduction='none').item())
    out = {'test_clips': len(test)}
    if metrics is not None:
        truth = [int(t[2]) for t in test]
        out['auc'] = metrics.roc_auc_score(truth, scores)
        out['pauc'] = metrics.roc_auc_score(truth, scores, max_fpr=0.1)
        out['per_id'] = {}
        for i in sorted({t[1] for t in test}):
            t, p = ([v[k] for k, c in enumerate(test) if c[1] == i] for v in (truth, scores))
            out['per_id'][ids[i]] = [metrics.roc_auc_score(t, p), metrics.roc_auc_score(t, p, max_fpr=0.1)]
    else:
        out['auc'] = None  # scikit-learn missing: the scores alone
    out['score_seconds'] = time.perf_counter() - t0
    print(json.dumps(out))


def arithmetic(net, mel, y):
    """What the job asks of the CPU: the network's multiply-adds for one clip (convolutions
    and linear layers, counted by forward hooks), and the CPU's fp32 rate on a large matrix
    product at the same thread count, the most any implementation of these layers can get."""
    macs, pointwise = [], []

    def count(m, _, o):
        if isinstance(m, nn.Conv2d):
            macs.append(o.numel() * m.in_channels // m.groups * m.kernel_size[0] * m.kernel_size[1])
            if m.groups == 1 and tuple(m.kernel_size) == (1, 1):
                pointwise.append(macs[-1])
        elif isinstance(m, nn.Linear):
            macs.append(o.numel() * m.in_features)
    hooks = [m.register_forward_hook(count) for m in net.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    with torch.no_grad():
        net(mel, y)
    for h in hooks:
        h.remove()
    a, b = torch.randn(2048, 2048), torch.randn(2048, 2048)
    for _ in range(3):
        a @ b
    t0, n = time.perf_counter(), 10
    for _ in range(n):
        a @ b
    return {'network_macs_per_clip': sum(macs), 'pointwise_macs_per_clip': sum(pointwise),
            'gemm_gflops': 2 * 2048 ** 3 * n / (time.perf_counter() - t0) / 1e9}


if __name__ == '__main__':
    torch.set_num_threads(int(sys.argv[-1]))
    if sys.argv[1] == 'network':
        network(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == 'train':
        torch.manual_seed(2024)  # train.py's seed
        train(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3])
    else:
        net = Net().eval()
        print(json.dumps(arithmetic(net, torch.randn(1, 1, 128, 313), torch.tensor([0]))))
