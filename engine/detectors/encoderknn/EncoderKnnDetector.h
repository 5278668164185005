// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "backends/NearestNeighbours.h"
#include "detectors/Detector.h"
#include "detectors/DetectorFamily.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/encoderknn/EncoderAdaptation.h"

namespace asd {

struct DetectorFile;
class PretrainedEncoder;

// A frozen pretrained encoder (BEATs) and nearest neighbours: no training (README.md beside this
// file; GenRep, ICASSP 2025, and RMIS, reference §8). Each clip's tokens at one layer are pooled
// to an embedding (per frequency patch, the mean over time, as GenRep; or the mean of all
// tokens), and scored against the group's source and target banks (backends/DomainKnn). The
// tokens of each frequency patch, compared with the training clips' tokens of that patch, give
// the per-frame curve.
class EncoderKnnDetector : public Detector {
public:
    enum class Pooling { PerFrequency, Mean };
    struct Options {
        std::string encoder; // an imported encoder's name, or a checkpoint file
        int layer = -1;      // 1..layers, -1 the last
        Pooling pooling = Pooling::PerFrequency;
        DomainKnnOptions knn;
        int curveBank = 1024; // training tokens kept per frequency patch for the curve; 0: no curve
        std::string device = "cpu";
        // encoder-lora: the encoder adapted to the normal clips first (EncoderAdaptation.h).
        bool adapt = false;
        AdaptationOptions adaptation;
        std::string noises; // as given ("pink,babble"): a noise-robust student is trained
        bool evaluateEachEpoch = true; // the labelled test clips scored after each epoch
    };
    // encoder-knn, or with adapt encoder-lora: name, summary and options with their defaults
    // (the one place they are declared; the adaptation's defaults are AdaptationOptions').
    static const DetectorFamily &description(bool adapt = false);
    // The options as description(adapt) declares them, defaults for those not given; throws
    // std::invalid_argument.
    static Options parseOptions(const std::map<std::string, std::string> &options, bool adapt = false);

    // Opens the encoder (std::runtime_error naming its file when it cannot).
    explicit EncoderKnnDetector(Options options);
    static std::unique_ptr<EncoderKnnDetector> fromFile(const DetectorFile &file);

    std::string family() const override { return description(m_options.adapt).name; }
    std::string describe() const override;
    std::map<std::string, std::string> options() const override;
    void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) override;
    bool hasGroup(const std::string &group) const override { return m_groups.count(group) > 0; }
    ClipAnalysis analyse(const Clip &clip) const override;
    // One clip at a time, with one OpenMP thread and `threads` OpenBLAS threads.
    std::vector<std::string> analyseEach(const std::vector<const Clip *> &clips, int threads,
                                         const std::atomic<bool> *cancel,
                                         const std::function<void(std::size_t, std::size_t)> &progress,
                                         std::vector<ClipAnalysis> &out) const override;
    std::vector<double> groupScores(const std::string &group, const std::vector<const ClipAnalysis *> &clips) const override;
    std::vector<double> trainingScores(const std::string &group) const override;
    DetectorFile toFile() const override;

private:
    struct Tokens {
        torch::Tensor tokens; // [time patches][8][dim]
        Domain domain = Domain::None;
    };
    struct Group {
        DomainKnn knn;
        std::vector<torch::Tensor> patchBanks; // per frequency patch: [kept tokens][dim]
    };
    Tokens tokensOf(const Clip &clip) const;
    // [batch][tokens][D] → [batch][E]: what the back end compares, before the adapter.
    torch::Tensor poolBatch(const torch::Tensor &tokens) const;
    // A clip's embedding: its pooled tokens through its machine type's adapter group, if adapted.
    std::vector<float> embeddingOf(const Tokens &t, const std::string &machineType) const;
    void adapt(const std::vector<const Clip *> &normals, const FitContext &ctx);
    // A saved adaptation: LoRA attached, loaded and merged, the adapter loaded.
    void restoreAdaptation(const nlohmann::json &adaptation, const std::function<const std::vector<float> &()> &next);

    Options m_options;
    std::shared_ptr<PretrainedEncoder> m_encoder;
    int m_layer = 0; // resolved
    std::map<std::string, Group> m_groups;
    AdaptedEncoder m_adapted;                                     // encoder-lora: the adapter
    std::vector<std::pair<std::string, torch::Tensor>> m_lora;    // and the LoRA it merged
};

} // namespace asd
