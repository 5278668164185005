// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detectors/DetectorFamily.h"
#include "train/TrainConfig.h"

#include <map>
#include <string>

namespace asd {

// The families that train a MobileFaceNet classifier or its noise-robust student (README.md
// beside this file): OS-SCL, Noisy-ArcMix, ArcFace (STgram-MFN) and the mixture-aligned
// student. Their options' defaults are TrainConfig's, so they are declared once.
const DetectorFamily &osSclFamily();
const DetectorFamily &noisyArcMixFamily();
const DetectorFamily &arcFaceFamily();
const DetectorFamily &mixAlignFamily();

// The training settings of one of those families from its options (given ones checked,
// the others at their defaults). Throws std::invalid_argument naming what is wrong.
TrainConfig trainConfigFor(const std::string &family, const std::map<std::string, std::string> &options);
// The inverse: the options that give these training settings (a trained network's options()).
std::map<std::string, std::string> optionsOf(const TrainConfig &config);

} // namespace asd
