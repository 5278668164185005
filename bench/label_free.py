#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Choosing a detector without anomalies (issue #33, parts 1 and 2).

On every labelled set at hand, `asd compare --json` fits each detector and prints, beside the
AUC of every group on its labelled test clips, the label-free estimate made from the normal
training clips alone (pseudo-faults in held-out normal clips). This prints
  * per set: each detector's official score (DCASE 2022 valve) or mean AUC, and its mean
    estimate; auto and fusion beside the best of their members chosen with the labels and
    the default (bandstats);
  * over all sets: the correlation (Pearson and Spearman) between the estimate and the true
    AUC, per (detector, group), and how often the estimate ranks two families of one group
    as the labels do.
Sets: the DCASE 2022 valve section 00 (../shared), clean and with test-only noise at 0 dB
(NOISEX-92 factory noise, MIMII valve background: `asd mix` without --train), and with
NOISEX-92 in training and test; `asd synth` sets with one fault kind each (severity 0.3).

  /usr/bin/python3 bench/label_free.py [ASD]     (ASD: default build/release/bin/asd)
"""
import json
import math
import os
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
asd = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build/release/bin/asd"))
shared = os.path.join(root, "..", "shared", "data")
MEMBERS = ["bandstats", "patchcore"]
DETECTORS = MEMBERS + ["dcase-ae:epochs=20", "auto", "fusion"]


def run(*args):
    return subprocess.run([asd, *args], check=True, capture_output=True, text=True).stdout


def compare(data, out):
    rows = {}
    for line in run("compare", "--data", data, "--out", out, "--detectors", ",".join(DETECTORS), "--json").splitlines():
        e = json.loads(line)
        if e.get("event") != "compared":
            continue
        if e["error"]:
            print("  %s failed: %s" % (e["model"], e["error"]))
            continue
        m = e["metrics"]
        figure = m["means"]["official_score"] if m["means"]["official_score"] is not None else m["means"]["auc_id_mean"]
        # Each group's AUC over all its test clips (its row without a domain).
        groups = {"%s/%s" % (g["machine_type"], g["group"]): g["auc"] for g in m["groups"] if g["domain"] is None}
        rows[e["model"]] = {"figure": figure, "groups": groups, "estimates": e["estimates"],
                            "fit": e["fit_seconds"]}
    return rows


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def main():
    work = tempfile.mkdtemp()
    sets = []
    valve = os.path.join(shared, "dcase2022-valve-sec00")
    noise = os.path.join(shared, "noise")
    if os.path.isdir(valve):
        sets.append(("valve clean", valve))
        if os.path.isdir(noise):
            for kind, label in (("noisex92", "NOISEX-92"), ("mimii-valve-background", "MIMII bg")):
                out = os.path.join(work, "valve-" + kind)
                run("mix", valve, out, "--noise", os.path.join(noise, kind), "--snr", "0", "--seed", "5")
                sets.append(("valve, test-only %s 0 dB" % label, out))
            out = os.path.join(work, "valve-noisex-train")
            run("mix", valve, out, "--noise", os.path.join(noise, "noisex92"), "--snr", "0", "--seed", "5", "--train")
            sets.append(("valve, NOISEX-92 0 dB train+test", out))
    else:
        print("../shared/data is not here: synthetic sets only")
    for fault in ("bearing-impulses", "imbalance", "harmonic-shift", "rubbing"):
        out = os.path.join(work, "synth-" + fault)
        run("synth", out, "--types", "2", "--ids", "2", "--train", "16", "--test", "8", "--severity", "0.3",
            "--fault", fault, "--seed", "3")
        sets.append(("synthetic, %s 0.3" % fault, out))

    pairs = []  # (estimate, AUC) per detector and group
    agree = total = 0
    print("%-36s %s" % ("set", "  ".join("%-22s" % d for d in DETECTORS)))
    print("%-36s %s" % ("", "  ".join("%-22s" % "figure / est. AUC" for d in DETECTORS)))
    summary = []
    for title, data in sets:
        rows = compare(data, os.path.join(work, "runs-" + str(len(summary))))
        cells = []
        for d in DETECTORS:
            r = rows.get(d)
            if not r:
                cells.append("%-22s" % "failed")
                continue
            est = [r["estimates"][g] for g in r["groups"] if g in r["estimates"]]
            cells.append("%-22s" % ("%6.2f / %6.2f" % (100 * r["figure"], 100 * sum(est) / len(est) if est else float("nan"))))
            if d not in ("auto", "fusion"):
                for g, auc in r["groups"].items():
                    if g in r["estimates"] and auc is not None:
                        pairs.append((r["estimates"][g], auc))
        print("%-36s %s" % (title, "  ".join(cells)), flush=True)
        # Pairs of families on one group: does the estimate order them as the labels do?
        for g in rows.get(MEMBERS[0], {"groups": {}})["groups"]:
            fam = [d for d in DETECTORS if d not in ("auto", "fusion") and d in rows and g in rows[d]["estimates"]]
            for i in range(len(fam)):
                for j in range(i + 1, len(fam)):
                    a, b = rows[fam[i]], rows[fam[j]]
                    if a["groups"][g] != b["groups"][g]:
                        total += 1
                        agree += (a["estimates"][g] > b["estimates"][g]) == (a["groups"][g] > b["groups"][g])
        best = max((rows[m]["figure"], m) for m in MEMBERS if m in rows)
        summary.append((title, best, rows.get(MEMBERS[0], {}).get("figure"), rows.get("auto", {}).get("figure"),
                        rows.get("fusion", {}).get("figure")))
    print()
    print("%-36s %-26s %9s %9s %9s" % ("set", "best member (labels)", "default", "auto", "fusion"))
    for title, best, default, auto, fusion in summary:
        f = lambda v: "%9.2f" % (100 * v) if v is not None else "%9s" % "-"
        print("%-36s %-26s %s %s %s" % (title, "%s %.2f" % (best[1], 100 * best[0]), f(default), f(auto), f(fusion)))
    est, auc = [p[0] for p in pairs], [p[1] for p in pairs]
    print()
    print("estimate against the true AUC over %d (detector, group) pairs: Pearson %.2f, Spearman %.2f"
          % (len(pairs), pearson(est, auc), pearson(ranks(est), ranks(auc))))
    print("pairs of families on one group ordered as the labels order them: %d of %d" % (agree, total))


main()
