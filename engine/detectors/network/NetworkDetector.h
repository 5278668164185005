// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detectors/Detector.h"
#include "models/EmbeddingLayer.h"
#include "train/Checkpoint.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace asd {

// The families the training loop trains (README.md beside this file): a MobileFaceNet ID
// classifier (OS-SCL, Noisy-ArcMix, ArcFace) or the mixture-aligned student of one, behind the
// same Detector interface as every other family. fit() runs the training loop
// (train/Trainer.h), which keeps last.pt and best.pt in the run folder as it goes; save()
// writes the kept weights with the decision thresholds and the training clips as the run's
// detector file. It scores with the references' own-class ArcFace score or by nearest
// neighbours on an embedding (the student's own score), as chosen by setScoring.
class NetworkDetector : public Detector {
public:
    // options as the family's description resolves them (NetworkFamilies.h).
    NetworkDetector(const std::string &family, const std::map<std::string, std::string> &options);
    // A trained network from its checkpoint file (a run's detector.asd, or best.pt / last.pt
    // of runs made before it), on the CPU. Throws std::runtime_error naming the file.
    static std::unique_ptr<NetworkDetector> fromCheckpoint(const std::string &path);
    ~NetworkDetector() override;

    std::string family() const override;
    std::string describe() const override;
    std::map<std::string, std::string> options() const override;
    double clipSeconds() const override;
    void setScoring(const std::map<std::string, std::string> &choice) override;
    void setReference(const std::string &dataDir, const std::vector<const Clip *> &normals) override;

    void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) override;
    bool hasGroup(const std::string &group) const override;
    ClipAnalysis analyse(const Clip &clip) const override;
    std::vector<std::string> analyseEach(const std::vector<const Clip *> &clips, int threads,
                                         const std::atomic<bool> *cancel,
                                         const std::function<void(std::size_t, std::size_t)> &progress,
                                         std::vector<ClipAnalysis> &out) const override;
    std::vector<double> groupScores(const std::string &group, const std::vector<const ClipAnalysis *> &clips) const override;
    std::vector<double> trainingScores(const std::string &group) const override;
    std::optional<double> decisionThreshold(const std::string &group) const override;
    void save(const std::string &path) const override;

private:
    NetworkDetector(std::string family, TrainConfig config);
    struct Bank;
    void useCheckpoint(LoadedCheckpoint checkpoint);
    bool knn() const;
    const Bank &bank() const;

    std::string m_family;
    TrainConfig m_config;
    std::optional<LoadedCheckpoint> m_checkpoint;
    AsdNet m_net{nullptr}; // the kept weights, ready for inference (BatchNorm folded)
    torch::Device m_device{torch::kCPU};
    // How it scores: ArcFace unless kNN is chosen (or the family is the student, whose own
    // score it is); kNN's k, metric and the layer it compares; clips per forward pass.
    enum class Scorer { Auto, ArcFace, Knn } m_scorer = Scorer::Auto;
    int m_k = 1;
    bool m_cosine = true;
    EmbeddingLayer m_layer = EmbeddingLayer::Head;
    int m_batch = 8;
    // The normal clips of the data being scored (asd score, a noise sweep's mixtures): what the
    // nearest-neighbour bank and, where they are not the training folder's, the thresholds are
    // made from. Empty: the training clips the detector file lists.
    std::vector<Clip> m_reference;
    bool m_referenceIsOwn = true;
    mutable std::mutex m_mutex; // one forward pass at a time; the bank is made once
    mutable std::unique_ptr<Bank> m_bank;
};

} // namespace asd
