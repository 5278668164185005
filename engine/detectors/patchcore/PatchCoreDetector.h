// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detectors/ClipFeatures.h"
#include "detectors/Detector.h"
#include "backends/FaultDirection.h"
#include "backends/PackedBank.h"
#include "detectors/DetectorFamily.h"
#include "dsp/LogMel.h"

#include <cstdint>
#include <map>
#include <memory>

namespace asd {

struct DetectorFile;

// PatchCore on the log-mel spectrogram (Roth et al., "Towards total recall in industrial
// anomaly detection", CVPR 2022; carried to audio as first-shot-methods §2.4 suggests; README
// beside this file). Local time-frequency patches of the band-normalised log-mel go into one
// memory bank per frequency row, thinned by greedy coreset selection; a clip scores the
// largest distance of any of its patches to its row's bank, and the per-frame maximum is
// the anomaly curve: where in the clip it sounds wrong.
class PatchCoreDetector : public Detector {
public:
    // Patch geometry (first-shot-methods §2.4, option A): 16 mel bands × 5 frames, rows every
    // 8 bands: 15 rows of 80-dimensional patches for 128 mels.
    static constexpr int kPatchBands = 16, kPatchFrames = 5, kRowStride = 8;

    enum class ClipScore { Max, Top10 };
    // Its name, summary and options with their defaults (the one place they are declared).
    static const DetectorFamily &description();
    struct Options {
        std::string featurePreset;
        double coresetRatio = 0.0;    // anomalib's default 0.1
        std::size_t fullBankUpTo = 0; // row banks this small are kept whole (§2.4)
        std::size_t largestBank = 0;  // the most a thinned bank keeps (0: no limit)
        std::uint64_t seed = 0;       // the coreset's start points
        ClipScore clipScore = ClipScore::Max;
        NoisyCopies noisy; // copies of each normal clip under noise, their patches in the banks too
    };
    // The options as description() declares them, defaults for those not given; throws
    // std::invalid_argument. saved: read back from a fitted detector's file (a noise recording
    // may be gone).
    static Options parseOptions(const std::map<std::string, std::string> &options, bool saved = false);

    explicit PatchCoreDetector(Options options);
    static std::unique_ptr<PatchCoreDetector> fromFile(const DetectorFile &file);

    std::string family() const override { return description().name; }
    std::string describe() const override;
    std::map<std::string, std::string> options() const override;
    void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) override;
    bool hasGroup(const std::string &group) const override { return m_groups.count(group) > 0; }
    ClipAnalysis analyse(const Clip &clip) const override;
    std::vector<double> trainingScores(const std::string &group) const override;
    DetectorFile toFile() const override;

    // The number of rows a bank keeps.
    std::size_t coresetSize(std::size_t patches) const;

private:
    struct Row {
        PackedBank bank;                // kept patches, bankSize × 80
        std::vector<std::int32_t> clip; // which training clip each came from (leave-one-out)
    };
    struct Group {
        std::vector<float> bandMean, bandScale; // per mel band over the training frames
        std::vector<Row> rows;
        std::vector<double> trainingScores;     // each training clip against the others' patches
        FaultDirection faults;                  // the known anomalies' pull on the rows' worst distances
    };
    // The patch columns of a log-mel; throws std::runtime_error for one too short for a patch
    // or of another size than the group's.
    static int patchColumns(const Group &g, const FeatureMatrix &logMel);
    // Row r's patch features [columns][80] of a log-mel, band-normalised with the group's statistics.
    static std::vector<float> rowPatches(const Group &g, const FeatureMatrix &logMel, int r);
    // Every row's: [rows][columns][80].
    std::vector<std::vector<float>> patches(const Group &g, const FeatureMatrix &logMel, int &columns) const;
    // Per-row nearest-bank distances [rows][columns]; patches of training clip `skip` are passed over.
    std::vector<std::vector<float>> patchScores(const Group &g, const std::vector<std::vector<float>> &p, int columns,
                                                int skip) const;
    // The clip's analysis; rowWorst, if given, receives each row's worst patch distance (where in
    // frequency the clip is unusual: what the known faults are learnt on). Without `shown`, the
    // score alone: no curve and no embedding, which the fit's own scoring never uses.
    ClipAnalysis analyse(const Group &g, const FeatureMatrix &logMel, int skip, std::vector<float> *rowWorst,
                         bool shown) const;
    const Group &group(const std::string &name) const;

    Options m_options;
    LogMelExtractor m_logMel;
    std::map<std::string, Group> m_groups;
};

} // namespace asd
