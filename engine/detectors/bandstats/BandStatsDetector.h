// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/FaultDirection.h"
#include "backends/NearestNeighbours.h"
#include "detectors/ClipFeatures.h"
#include "detectors/Detector.h"
#include "detectors/DetectorFamily.h"
#include "dsp/LogMel.h"

#include <map>
#include <memory>

namespace asd {

struct DetectorFile;

// Band statistics + rescaled nearest neighbours: training-free (README.md beside this file).
// Each clip becomes per-band statistics of its whole log-mel spectrogram:
//   mean    the band's level,
//   std     how much it varies over the clip,
//   change  the standard deviation of its frame-to-frame difference: clicks, knocks and
//           intermittent events that leave the level and the spread almost unchanged.
// Standardised per group over its normal training clips (bank statistics only, never the
// test clips), then scored by rescaled nearest neighbours (backends/NearestNeighbours.h).
class BandStatsDetector : public Detector {
public:
    enum class Statistic { Mean, Std, Change };
    // Its name, summary and options with their defaults (the one place they are declared).
    static const DetectorFamily &description();
    struct Options {
        std::vector<Statistic> statistics;
        std::string featurePreset;
        int k = 0;
        int kRef = 0;
        NoisyCopies noisy; // copies of each normal clip under noise, in the bank too
    };
    // The options as description() declares them, defaults for those not given; throws
    // std::invalid_argument.
    // saved: options read back from a fitted detector's file (a noise recording may be gone).
    static Options parseOptions(const std::map<std::string, std::string> &options, bool saved = false);

    explicit BandStatsDetector(Options options);
    static std::unique_ptr<BandStatsDetector> fromFile(const DetectorFile &file);

    std::string family() const override { return description().name; }
    std::string describe() const override;
    std::map<std::string, std::string> options() const override;
    void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) override;
    bool hasGroup(const std::string &group) const override { return m_groups.count(group) > 0; }
    ClipAnalysis analyse(const Clip &clip) const override;
    std::vector<double> trainingScores(const std::string &group) const override;
    DetectorFile toFile() const override;

    // The clip's statistics before standardisation. Throws AudioError naming the file.
    std::vector<float> statistics(const std::string &path) const;
    std::vector<float> statistics(const FeatureMatrix &logMel) const;

private:
    struct Group {
        std::vector<float> mean, scale; // standardisation over the bank
        RescaledKnn knn;
        std::vector<double> trainingScores; // each bank entry against the other clips' entries
        // The known anomalies' statistics, standardised as the bank (the file keeps them), and
        // what analyse() makes of them.
        Embeddings faults;
        FaultDirection faultDirection;
    };
    const Group &group(const std::string &name) const;
    std::vector<float> standardise(const Group &g, std::vector<float> raw) const;

    Options m_options;
    LogMelExtractor m_logMel;
    std::map<std::string, Group> m_groups;
};

} // namespace asd
