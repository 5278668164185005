// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "compare/Comparison.h"
#include "detectors/FitRun.h"
#include "events/JobEvent.h"
#include "robustness/Sweep.h"
#include "score/ScoreRun.h"

namespace asd {

// A training or scoring run on its own worker thread. Events reach the listener on that
// thread; the last one is Finished, Failed or Cancelled. Plain C++ (pimpl), so the GUI can
// hold one without seeing LibTorch.
class Job {
public:
    static std::unique_ptr<Job> startFitting(const FitConfig &config, JobListener listener);
    static std::unique_ptr<Job> startScoring(const ScoreConfig &config, JobListener listener);
    static std::unique_ptr<Job> startSweep(const SweepConfig &config, JobListener listener);
    static std::unique_ptr<Job> startComparison(const CompareConfig &config, JobListener listener);
    ~Job(); // cancels and waits

    // Asks the job to stop; training stops within one step (about a second on CPU) and
    // keeps its last checkpoint.
    void cancel();
    void wait();
    // False from the moment the last event is sent, so its receiver may start another job.
    bool running() const;

private:
    Job();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace asd
