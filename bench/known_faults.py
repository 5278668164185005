#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The few faults a user has (issue #33, part 4): k = 1, 3 and 5 anomalous test clips of each
group are moved into the dataset's known_anomalies.txt, each family (band statistics,
PatchCore and the autoencoder, each pulled towards the faults along backends/FaultDirection;
auto and fusion, which pass them to their members) is fitted with them and without, and both
score the test clips left (the known ones are not scored). Three draws of the known clips per
k; the official score (DCASE 2022 valve) or the mean AUC (synthetic set) of each draw and their
mean.

    [FAMILIES=a,b:key=value] [SETS=valve,synth] [KS=1,3,5] /usr/bin/python3 bench/known_faults.py [ASD]
    (ASD: default build/release/bin/asd)
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/release/bin/asd"))
VALVE = os.path.join(ROOT, "..", "shared", "data", "dcase2022-valve-sec00")


def asd(*args):
    return subprocess.run([ASD, *args], check=True, capture_output=True, text=True).stdout


def figure(scores, data):
    out = asd("eval", "--scores", scores, "--data", data)
    official = re.search(r"official score.*:\s*([0-9.]+)\s*$", out, re.M)
    if official:
        return float(official.group(1))
    return float(re.search(r"^mean\s+([0-9.]+)", out, re.M).group(1))


def linked_copy(source, target):
    """The dataset as symbolic links, so a known_anomalies.txt can sit at its root."""
    for folder, _, files in os.walk(source):
        rel = os.path.relpath(folder, source)
        os.makedirs(os.path.join(target, rel), exist_ok=True)
        for f in files:
            os.symlink(os.path.join(os.path.abspath(folder), f), os.path.join(target, rel, f))


def anomalies_by_group(data):
    """The labelled anomalous test clips of each machine type and ID or section."""
    groups = {}
    for folder, _, files in os.walk(data):
        if os.path.basename(folder) != "test":
            continue
        for f in sorted(files):
            if "anomaly" not in f:
                continue
            group = re.search(r"(id_\d+|section_\d+)", f).group(1)
            rel = os.path.relpath(os.path.join(folder, f), data)
            groups.setdefault((rel.split(os.sep)[0], group), []).append(rel)
    return groups


# FAMILIES=patchcore,auto or SETS=valve in the environment measures only those.
FAMILIES = os.environ.get("FAMILIES", "bandstats,patchcore,dcase-ae,auto,fusion").split(",")
SETS = os.environ.get("SETS", "valve,synth").split(",")
KS = [int(k) for k in os.environ.get("KS", "1,3,5").split(",")]  # KS=3: only three known faults a group


def measure(title, data, work, family):
    # "dcase-ae:epochs=20" as asd compare takes it (options joined by ;): the family and its options.
    name, _, options = family.partition(":")
    train = ["train", "--detector", name] + (["--options", options] if options else [])
    baseline = os.path.join(work, "baseline")
    asd(*train, "--data", data, "--out", baseline)
    print(f"{title}: {family}, the known anomalies' clips left out of every test set", flush=True)
    print(f"{'k known per group':>18} | {'without them':>24} | {'with them':>24}")
    groups = anomalies_by_group(data)
    for k in KS:
        without, with_them = [], []
        for draw in range(3):
            rng = random.Random(1000 * k + draw)
            copy = os.path.join(work, f"k{k}-{draw}")
            linked_copy(data, copy)
            with open(os.path.join(copy, "known_anomalies.txt"), "w") as f:
                for clips in groups.values():
                    for rel in rng.sample(clips, k):
                        f.write(rel + "\n")
            asd("score", "--run", baseline, "--data", copy, "--out", os.path.join(copy, "scores-baseline"))
            without.append(figure(os.path.join(copy, "scores-baseline"), copy))
            run = os.path.join(copy, "run")
            asd(*train, "--data", copy, "--out", run)
            asd("score", "--run", run, "--data", copy, "--out", os.path.join(run, "scores"))
            with_them.append(figure(os.path.join(run, "scores"), copy))
        fmt = lambda v: " ".join(f"{x:5.2f}" for x in v) + f" = {sum(v) / len(v):5.2f}"
        print(f"{k:>18} | {fmt(without):>24} | {fmt(with_them):>24}", flush=True)
    print()


with tempfile.TemporaryDirectory() as work:
    # A copy of the binary, so that a rebuild during the hour-long run does not stop it.
    ASD = shutil.copy2(ASD, os.path.join(work, "asd"))
    synth = os.path.join(work, "synth")
    asd("synth", synth, "--types", "4", "--ids", "3", "--train", "40", "--test", "20", "--seconds", "10")
    for family in FAMILIES:
        if "valve" in SETS:
            if os.path.isdir(VALVE):
                measure("valve (DCASE 2022 section 00)", os.path.realpath(VALVE), os.path.join(work, "valve-" + family.replace(":", "-")), family)
            else:
                print(f"{VALVE} is not here: the real-data table is skipped")
        if "synth" in SETS:
            measure("synthetic (asd synth 4x3, 40 + 20 clips of 10 s)", synth, os.path.join(work, "synth-" + family.replace(":", "-")), family)
