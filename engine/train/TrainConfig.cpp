// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/TrainConfig.h"

#include <stdexcept>

namespace asd {

const char *toString(TrainingMethod m)
{
    switch (m) {
    case TrainingMethod::OsScl: return "osscl";
    case TrainingMethod::NoisyArcMix: return "noisy-arcmix";
    case TrainingMethod::ArcFace: return "arcface";
    case TrainingMethod::MixAlign: return "mixalign";
    }
    return "?";
}

TrainingMethod methodFromString(const std::string &s)
{
    for (TrainingMethod m : {TrainingMethod::OsScl, TrainingMethod::NoisyArcMix, TrainingMethod::ArcFace, TrainingMethod::MixAlign})
        if (s == toString(m))
            return m;
    throw std::invalid_argument("unknown method '" + s + "' (choose osscl, noisy-arcmix, arcface or mixalign)");
}

} // namespace asd
