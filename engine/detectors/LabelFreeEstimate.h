// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "detectors/Detector.h"

namespace asd {

// How well a detector family will find faults on each group, from normal clips alone (the
// first-shot problem: no anomalies of this machine to tune on). The normal clips of each group
// are split in folds; for each fold the family is fitted on the other folds and scores the
// held-out normal clips and copies of them with pseudo-faults added (synth/PseudoFaults.h);
// the estimate is the AUC of those copies against the held-out clips, averaged over folds.
// How well it predicts the AUC on real faults is measured in docs/BENCHMARKS.md
// (bench/label_free.py).
struct EstimateSettings {
    int folds = 2;
    double levelDb = -10.0;       // pseudo-faults relative to the clip's level (set before measuring, not tuned)
    std::string scratchDir;       // the faulted copies are written here and removed afterwards
    std::uint64_t seed = 7;
    // At most this many of a group's clips (a seeded draw; 0: all): the estimate fits and scores
    // them, and writes six faulted copies of each, so that its time and scratch space stop
    // growing with the group (10,000 training clips would write 19 GB of copies).
    std::size_t clipsPerGroup = 100;
};

struct GroupEstimate {
    double auc = 0.0;                         // mean over folds and fault kinds
    std::map<std::string, double> perFault;   // "clicks" -> AUC
    std::size_t heldOutClips = 0;
};

// Groups with fewer than 2 clips per fold get no estimate; groups with more than
// settings.clipsPerGroup are estimated on that many. Fits `family` folds times on the
// groups' other clips: the fitting context's threads, cancel and warn are used, its progress
// counts the clips scored. Throws std::runtime_error when no group could be estimated.
std::map<std::string, GroupEstimate> estimateDetection(const std::string &family,
                                                       const std::map<std::string, std::string> &options,
                                                       const std::vector<const Clip *> &normals,
                                                       const EstimateSettings &settings, const FitContext &ctx);

// The mean of the groups' estimated AUCs; NaN when there are none.
double meanEstimate(const std::map<std::string, double> &estimates);

} // namespace asd
