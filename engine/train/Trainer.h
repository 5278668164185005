// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/Clip.h"

#include <atomic>
#include <set>

#include "events/JobEvent.h"
#include "train/TrainConfig.h"

namespace asd {

// Trains one network on the normal training clips (reference §4), writing <outDir>/last.pt
// every epoch (for resuming) and <outDir>/best.pt at each new minimum of the validation loss;
// the labelled test clips in `monitor` are scored as it goes (Epoch events' metrics). Runs on
// the calling thread; emits Phase, Progress, Epoch and Warning events to the listener. Returns
// normally on success or cancel; throws std::runtime_error with a message for the user on
// failure (bad data, NaN loss, unavailable device). detectors/network/NetworkDetector is its
// one caller: the job that fits any detector (detectors/FitRun.h) runs it.
void trainNetwork(const TrainConfig &config, const std::vector<const Clip *> &normals,
                  const std::vector<const Clip *> &monitor, const JobListener &listener, const std::atomic<bool> &cancel);

// The epochs (0-based) after which training scores the test clips when the interval is
// automatic, planned from the first epoch's times: the first and the last, and between them
// as many, spread evenly, as keep the scorings, together with every epoch's validation and
// checkpoints (otherSeconds), within 9.5 % of the training loops' time. Issue #15's budget
// is a tenth; bench/osscl_pipeline.py measures it.
std::set<int> evaluationEpochs(int epochs, double loopSeconds, double scoringSeconds, double otherSeconds);

} // namespace asd
