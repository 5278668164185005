// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <map>
#include <string>
#include <vector>

#include "events/JobEvent.h"

namespace asd {

// Plain C++: several detectors fitted and scored on the same data, side by side (asd compare,
// and the GUI's comparison).
struct ComparedDetector {
    std::string name; // as the table shows it: "bandstats", "bandstats:stats=mean+std"
    std::string family;
    std::map<std::string, std::string> options;
};

// "NAME" or "NAME:key=value ..." (options as parseDetectorOptions reads them), checked
// against the family's description. Throws std::invalid_argument naming what is wrong.
ComparedDetector comparedDetector(const std::string &spec);
// What is compared when the user names nothing: every family that needs nothing but the
// recordings, and encoder-knn once per imported encoder.
std::vector<ComparedDetector> defaultComparison();

struct CompareConfig {
    std::string dataDir;
    std::string outDir; // each detector's run goes to OUT/NAME, its scores to OUT/NAME/scores
    std::vector<ComparedDetector> detectors;
    int threads = 0; // 0: all cores
    // Each detector's label-free estimate of its AUC per group (detectors/LabelFreeEstimate.h),
    // which needs no test labels and costs two fits on half the normal clips.
    bool estimate = true;
};

// Fits each detector on the normal training clips, scores the test clips (where the data has
// any) and estimates its AUC from the normal clips alone, one detector after the other. Its
// events say where it is: a Phase event as each detector starts and as each of its stages
// and groups starts ("[2/3] patchcore: fitting fan/id_00 (1 of 4)"), its Epoch
// and Progress events (with the time left in the stage), and a Compared event as each
// detector ends, with its metrics, timings or the reason it failed. One failing detector
// does not stop the others. The last event is Finished (or Cancelled).
void compareDetectors(const CompareConfig &config, const JobListener &emit, const std::atomic<bool> &cancel);

} // namespace asd
