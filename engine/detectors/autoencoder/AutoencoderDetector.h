// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detectors/ClipFeatures.h"
#include "detectors/Detector.h"
#include "detectors/DetectorFamily.h"
#include "dsp/LogMel.h"

#include <cstdint>
#include <map>
#include <memory>

namespace asd {

struct DetectorFile;

// The DCASE Task 2 autoencoder baseline (README beside this file): one DcaseAutoencoder per
// ID or section, trained to reconstruct five stacked log-mel frames of its normal clips;
// a clip scores its mean squared reconstruction error (MSE) or the selective Mahalanobis
// distance of its mean frame residual (MAHALA), and the per-vector error is the curve of
// where in the clip it sounds wrong. It is the figure every ASD paper compares against.
class AutoencoderDetector : public Detector {
public:
    static constexpr int kFrames = 5; // stacked log-mel frames per vector (baseline.yaml)

    enum class Score { Mse, Mahalanobis };
    // Its name, summary and options with their defaults (the one place they are declared).
    static const DetectorFamily &description();
    struct Options {
        int epochs = 0;
        int batch = 0;
        double learningRate = 0.0;
        std::uint64_t seed = 0;
        Score score = Score::Mse;
        NoisyCopies noisy; // copies of each normal clip under noise, trained on too
    };
    // The options as description() declares them, defaults for those not given; throws
    // std::invalid_argument. saved: read back from a fitted detector's file (a noise recording
    // may be gone).
    static Options parseOptions(const std::map<std::string, std::string> &options, bool saved = false);

    explicit AutoencoderDetector(Options options);
    ~AutoencoderDetector() override;
    static std::unique_ptr<AutoencoderDetector> fromFile(const DetectorFile &file);

    std::string family() const override { return description().name; }
    std::string describe() const override;
    std::map<std::string, std::string> options() const override;
    void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) override;
    bool hasGroup(const std::string &group) const override { return m_groups.count(group) > 0; }
    ClipAnalysis analyse(const Clip &clip) const override;
    std::vector<double> trainingScores(const std::string &group) const override;
    DetectorFile toFile() const override;

    // Trainable parameters of one group's network (267,928 for 128 mels, as the reference's).
    static std::int64_t parameterCount();

private:
    struct Group;
    const Group &group(const std::string &name) const;

    Options m_options;
    LogMelExtractor m_logMel;
    std::map<std::string, std::shared_ptr<Group>> m_groups;
};

} // namespace asd
