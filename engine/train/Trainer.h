// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include "events/JobEvent.h"
#include "train/TrainConfig.h"

namespace asd {

// Trains one detector on a dataset's normal training clips (reference §4), writing
// <outDir>/last.pt every epoch (for resuming) and <outDir>/best.pt at each new minimum
// of the validation loss. Runs on the calling thread; emits events to the listener.
// Returns normally on success or cancel; throws std::runtime_error with a message for
// the user on failure (bad data, NaN loss, unavailable device).
void train(const TrainConfig &config, const JobListener &listener, const std::atomic<bool> &cancel);

} // namespace asd
