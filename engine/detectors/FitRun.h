// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <map>
#include <string>

#include "detectors/DetectorRegistry.h"
#include "events/JobEvent.h"

namespace asd {

// Plain C++: what the GUI and CLI choose to fit a detector of any family, whether it fits in
// one pass or trains.
struct FitConfig {
    std::string dataDir;
    std::string outDir; // the run folder; the detector goes to OUT/detector.asd
    std::string family = defaultDetectorFamily();
    std::map<std::string, std::string> options;
    int threads = 0; // 0: all cores
    // A folder that already holds a run is refused unless this is set; then the old run's
    // files go when the new detector is saved (runs/RunRecord.h prepareRunFolder).
    bool replace = false;
    // Go on with the run in outDir from its last checkpoint (families that keep one: resumes).
    bool resume = false;
};

// Fits (or trains) the detector on every normal training clip of the dataset and saves it as
// OUT/detector.asd, with its record OUT/run.json (rewritten after every epoch of a family that
// trains, with the metrics of the labelled test clips where it scores them). Unreadable clips
// are Warning events; the Finished event names the file and the time it took.
void fitDetector(const FitConfig &config, const JobListener &emit, const std::atomic<bool> &cancel);

} // namespace asd
