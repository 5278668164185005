// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/ClipFeatures.h"

#include "audio/AudioFile.h"

namespace asd {

FeatureMatrix wholeClipLogMel(const LogMelExtractor &logMel, const std::string &path)
{
    ReadOptions read;
    read.targetRate = logMel.config().sampleRate;
    return logMel.compute(readAudio(path, read).samples);
}

} // namespace asd
