// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/Detector.h"

#include "detectors/ClipFeatures.h"
#include "detectors/DetectorFile.h"
#include "metrics/Decision.h"

#include <algorithm>
#include <cmath>

namespace asd {

std::vector<std::string> Detector::analyseEach(const std::vector<const Clip *> &clips, int threads,
                                               const std::atomic<bool> *cancel,
                                               const std::function<void(std::size_t, std::size_t)> &progress,
                                               std::vector<ClipAnalysis> &out) const
{
    std::vector<std::string> errors = extractEach<ClipAnalysis>(
        clips, threads, cancel, progress,
        [this](const Clip &clip) {
            const std::string group = detectorGroup(clip);
            if (!hasGroup(group))
                throw std::runtime_error(group + " has no normal training clips in the detector");
            ClipAnalysis a = analyse(clip);
            a.curve.reset(); // not kept: the inspector asks for one clip's
            a.inputMaps.clear();
            return a;
        },
        out);
    for (std::size_t i = 0; i < clips.size(); ++i)
        if (!errors[i].empty())
            errors[i] = clips[i]->relativePath + ": " + errors[i];
    return errors;
}

void StageClock::lap(const std::string &stage)
{
    const auto now = std::chrono::steady_clock::now();
    if (m_ctx.stageTime)
        m_ctx.stageTime(stage, std::chrono::duration<double>(now - m_last).count());
    m_last = now;
}

DetectorFile Detector::toFile() const
{
    throw std::logic_error(family() + " is not saved as a detector file");
}

void Detector::save(const std::string &path) const { writeDetectorFile(path, toFile()); }

std::optional<double> Detector::decisionThreshold(const std::string &group) const
{
    std::vector<double> normal = trainingScores(group);
    normal.erase(std::remove_if(normal.begin(), normal.end(), [](double v) { return !std::isfinite(v); }), normal.end());
    if (normal.size() < 2)
        return std::nullopt;
    return gammaThreshold(normal, 0.9);
}

} // namespace asd
