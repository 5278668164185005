# Reference timing for bench_models: the log-mel OS-SCL network (MobileFaceNet + FPH +
# ArcFace, reference-methods §3.3-3.6) and its training step (mixup CE + SupCon, §4.1)
# written as the reference repositories write them, in PyTorch; then batch-1 scoring.
# Prints "<train samples/s> <score ms per clip>".
import math
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

steps, batch, threads = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
torch.set_num_threads(threads)


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


torch.manual_seed(0)
net = Net()
opt = torch.optim.AdamW(net.parameters(), lr=1e-4, weight_decay=0.01)
mel = torch.randn(batch, 1, 128, 313) * 10 - 20
y = torch.randint(0, 41, (batch,))


def step():
    lam, perm = 0.7, torch.randperm(batch)
    logits, z = net(lam * mel + (1 - lam) * mel[perm], y)
    loss = lam * F.cross_entropy(logits, y) + (1 - lam) * F.cross_entropy(logits, y[perm]) + supcon(z, y)
    opt.zero_grad()
    loss.backward()
    opt.step()


net.train()
step()
t0 = time.perf_counter()
for _ in range(steps):
    step()
train = steps * batch / (time.perf_counter() - t0)
net.eval()
with torch.no_grad():
    net(mel[:1], y[:1])
    t0 = time.perf_counter()
    for i in range(16):
        net(mel[i % batch:i % batch + 1], y[i % batch:i % batch + 1])
    score = 1000 * (time.perf_counter() - t0) / 16
print(train, score)
