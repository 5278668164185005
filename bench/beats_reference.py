#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The official BEATs code (microsoft/unilm beats/, MIT licence; given by a path, never
committed) beside the workbench's encoder, on the same weights (bench/encoder_throughput.sh).

  beats_reference.py SRC save CKPT          a real-size BEATs with seeded random weights,
                                            saved as the releases are ({'cfg', 'model'})
  beats_reference.py SRC time CKPT OUT.f32  clips/s at batch 1 and 8 on 10 s clips with 1
                                            thread and with every core (the official
                                            preprocess + extract_features, eval, no_grad),
                                            and the tokens of the first clip to OUT
"""
import os
import sys
import time

import torch

src, what, ckpt = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, src)
from BEATs import BEATs, BEATsConfig  # noqa: E402

# The real-size configuration of tests/data/beats/index.json (BEATs iter3+ AS2M).
REAL = dict(input_patch_size=16, embed_dim=512, conv_bias=False, encoder_layers=12,
            encoder_embed_dim=768, encoder_ffn_embed_dim=3072, encoder_attention_heads=12,
            activation_fn="gelu", layer_wise_gradient_decay_ratio=1.0, layer_norm_first=False,
            deep_norm=True, dropout=0.0, attention_dropout=0.0, activation_dropout=0.0,
            encoder_layerdrop=0.0, dropout_input=0.0, conv_pos=128, conv_pos_groups=16,
            relative_position_embedding=True, num_buckets=320, max_distance=800, gru_rel_pos=True,
            finetuned_model=False, predictor_dropout=0.0, predictor_class=527)

if what == "save":
    torch.manual_seed(0)
    model = BEATs(BEATsConfig(REAL))
    torch.save({"cfg": REAL, "model": model.state_dict()}, ckpt)
    sys.exit(0)

checkpoint = torch.load(ckpt)
model = BEATs(BEATsConfig(checkpoint["cfg"]))
model.load_state_dict(checkpoint["model"])
model.eval()
torch.manual_seed(1)
waves = (torch.rand(8, 160000) * 2 - 1) * 0.1  # the clips bench_encoder draws the same way
with torch.no_grad():
    first = model.extract_features(waves[:1], padding_mask=torch.zeros(1, 160000, dtype=torch.bool))[0]
    first[0].numpy().astype("<f4").tofile(sys.argv[4])
    # PyTorch's own thread count (Debian's python3-torch starts with 1), then every core.
    for threads in sorted({1, os.cpu_count() or 1}):
        torch.set_num_threads(threads)
        for batch in (1, 8):
            x = waves[:batch]
            mask = torch.zeros(batch, 160000, dtype=torch.bool)
            model.extract_features(x, padding_mask=mask)  # warm-up
            runs, start = 0, time.perf_counter()
            while runs < 2 or time.perf_counter() - start < 10:
                model.extract_features(x, padding_mask=mask)
                runs += 1
            rate = runs * batch / (time.perf_counter() - start)
            print(f"reference (official PyTorch, {threads} threads)  batch {batch}: {rate:.2f} clips/s")
