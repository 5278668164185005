// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detectors/ClipFeatures.h"
#include "detectors/Detector.h"
#include "detectors/DetectorFamily.h"

#include <map>
#include <memory>

namespace asd {

// Detectors made of others (README.md beside this file): each member family is fitted on the
// same normal clips, and a clip's member scores are put on one scale, each in units of the
// spread of that member's own training scores (the leave-one-out scores every family gives):
//   z_m = (s_m − mean(train_m)) / sd(train_m),   score = Σ_m w_m z_m
//   fusion   w_m ∝ max(0, e_m − 0.5) over the members whose label-free estimate e_m of their
//            AUC on the group (LabelFreeEstimate.h) is within 0.05 of the best, 0 for the
//            others, so that a member far behind adds no noise; or w_m = 1/M with
//            weights=equal (the DCASE ensembles' normalised mean)
//   auto     w_m = 1 for the member with the best label-free estimate on the group, 0 for the
//            others: a choice made from normal clips alone.
// Every member scores every clip, so the inspector shows what each says; the member that
// drove the score (the largest w_m z_m) gives the anomaly curve.
class EnsembleDetector : public Detector {
public:
    enum class Mode { Fuse, Choose };
    static const DetectorFamily &description(Mode mode);
    struct Options {
        Mode mode = Mode::Fuse;
        std::vector<std::string> members;
        bool equalWeights = false; // fusion: 1/M, no estimate
        NoisyCopies noisy;         // handed to every member that learns noisy copies
    };
    // Throws std::invalid_argument for a member that is not a family or cannot be a member.
    // saved: read back from a fitted detector's file (a noise recording may be gone).
    static Options parseOptions(const std::map<std::string, std::string> &options, Mode mode, bool saved = false);

    explicit EnsembleDetector(Options options);
    static std::unique_ptr<EnsembleDetector> fromFile(const DetectorFile &file);

    std::string family() const override { return description(m_options.mode).name; }
    std::string describe() const override;
    std::map<std::string, std::string> options() const override;
    void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) override;
    bool hasGroup(const std::string &group) const override { return m_groups.count(group) > 0; }
    ClipAnalysis analyse(const Clip &clip) const override;
    std::vector<double> trainingScores(const std::string &group) const override;
    DetectorFile toFile() const override;

    // Per group, each member's label-free estimate (empty for fusion with equal weights).
    const std::map<std::string, std::vector<double>> &estimates() const { return m_estimates; }

private:
    struct Member {
        double mean = 0.0, spread = 1.0; // of its training scores on the group
        double weight = 0.0;
    };
    Options m_options;
    // The options a member is made with: the noisy copies, where its family learns them.
    std::map<std::string, std::string> memberOptions(const std::string &member) const;
    std::vector<std::unique_ptr<Detector>> m_members; // made by fit(), or read back with the file
    std::map<std::string, std::vector<Member>> m_groups; // one entry per member, in member order
    std::map<std::string, std::vector<double>> m_estimates;
};

} // namespace asd
