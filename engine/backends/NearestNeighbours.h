// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include "dataset/Clip.h"

namespace asd {

// Back ends that score an embedding by its nearest normal embeddings (ASDKit's backends/,
// first-shot-methods §3). Embeddings are plain float vectors of one length.
using Embeddings = std::vector<std::vector<float>>;

enum class KnnMetric { Cosine, Euclidean };

// Mean distance to the k nearest bank embeddings, for each query. With leaveOneOut the
// queries are the bank itself and each one's own entry is passed over.
std::vector<double> knnDistances(const Embeddings &bank, const Embeddings &queries, int k, KnnMetric metric,
                                 bool leaveOneOut = false);

// Which bank embedding lies nearest to the query (Euclidean); bank.size() when none has the
// query's length. Entries of another length (a clip that could not be embedded) are passed over.
std::size_t nearestInBank(const Embeddings &bank, const std::vector<float> &query);

// Nearest-neighbour anomaly scores for the test clips of one group (ID or section)
// (reference §8): with training clips of both domains, separate source and target banks,
// each bank's test scores z-normalised over the group's test clips, and the minimum taken;
// otherwise the plain distance to the one bank. DomainKnn with Normalise::Transductive.
std::vector<double> knnGroupScores(const Embeddings &trainEmbeddings, const std::vector<Domain> &trainDomains,
                                   const Embeddings &testEmbeddings, int k, KnnMetric metric);

// Separate source and target banks, as GenRep, RMIS and ASDKit's Knn score (reference §8,
// first-shot-methods §3.2): a clip's score is the smaller of its normalised distances to the
// two banks, so the few target clips are not swamped by the many source clips.
struct DomainKnnOptions {
    int k = 1;
    KnnMetric metric = KnnMetric::Euclidean;
    // How each bank's distances are put on one scale before the minimum:
    //   Training      z-scored with the bank's own leave-one-out distances (Wilkinghoff 2025):
    //                 a clip's score never depends on the other test clips;
    //   Transductive  z-scored over the group's test clips (GenRep, RMIS): needs them all;
    //   None          raw distances.
    enum class Normalise { None, Training, Transductive } normalise = Normalise::Training;
    // GenRep's memory mixup: each target embedding mixed with its mixupNeighbours nearest source
    // embeddings as w·t + (1 − w)·s, the mixes added to the target bank (0: off; w = 0.9).
    int mixupNeighbours = 0;
    double mixupWeight = 0.9;
    // ASDKit's SMOTE on the target bank: grown to ⌊ratio · source count⌋ with x + u·(x_nn − x),
    // x_nn one of x's smoteNeighbours nearest target embeddings, u ~ U(0, 1) (0: off).
    double smoteRatio = 0.0;
    int smoteNeighbours = 2;
    unsigned seed = 0;
};

class DomainKnn {
public:
    DomainKnn() = default;
    // target may be empty (one bank: no normalisation needed). Throws std::invalid_argument
    // for an empty source bank.
    DomainKnn(Embeddings source, Embeddings target, const DomainKnnOptions &options);

    // Each query on its own: Transductive scores as None here (use scoreGroup).
    std::vector<double> score(const Embeddings &queries) const;
    // The group's test clips together; the same as score() unless Transductive.
    std::vector<double> scoreGroup(const Embeddings &queries) const;
    // The training clips, each left out of its own bank (the threshold's normal scores).
    std::vector<double> leaveOneOutScores() const;

    // For saving: the banks as built (source first), how many of each bank's rows are real
    // clips (the rest are mixes), and the Training statistics.
    const std::vector<Embeddings> &banks() const { return m_banks; }
    const std::vector<std::size_t> &clipsPerBank() const { return m_clips; }
    const std::vector<double> &bankMeans() const { return m_mean; }
    const std::vector<double> &bankDeviations() const { return m_sd; }
    static DomainKnn restore(std::vector<Embeddings> banks, std::vector<std::size_t> clips, std::vector<double> means,
                             std::vector<double> deviations, const DomainKnnOptions &options);

private:
    std::vector<double> combine(std::vector<std::vector<double>> perBank, bool transductive) const;
    std::vector<Embeddings> m_banks;
    std::vector<std::size_t> m_clips;
    std::vector<double> m_mean, m_sd;
    DomainKnnOptions m_options;
};

// Rescaled nearest neighbours (Wilkinghoff et al., ICASSP 2025 "Keeping the balance";
// ASDKit KnnRescale, first-shot-methods §3.3): each bank embedding r carries a scale c_r,
// its mean Euclidean distance to its kRef nearest other bank embeddings, and a query scores
// the mean of its k smallest d(x, r) / c_r. Sparse references (the few target-domain clips)
// get large scales, which balances the domains without separate banks and without test
// statistics, so the score of one clip never depends on the others.
class RescaledKnn {
public:
    RescaledKnn() = default;
    // source[i]: the clip bank entry i was made from, where one clip gives several (its noisy
    // copies): a clip's own copies never set its scale or stand in for it when it is left
    // out. Empty: each entry its own clip.
    RescaledKnn(Embeddings bank, int k = 1, int kRef = 4, std::vector<std::size_t> source = {});

    std::vector<double> score(const Embeddings &queries) const;
    // Each bank embedding scored against the others (its own entry and scale left out):
    // the normal scores a decision threshold is fitted to.
    std::vector<double> leaveOneOutScores() const;

    const Embeddings &bank() const { return m_bank; }
    const std::vector<double> &scales() const { return m_scale; }
    // For a saved detector: the bank and its scales as they were fitted.
    static RescaledKnn restore(Embeddings bank, std::vector<double> scales, int k);

private:
    // Distances to every entry not made from clip `skip` (none skipped: the bank's size).
    std::vector<double> scoreOne(const std::vector<float> &query, std::size_t skip) const;
    std::size_t sourceOf(std::size_t entry) const { return m_source.empty() ? entry : m_source[entry]; }
    Embeddings m_bank;
    std::vector<std::size_t> m_source;
    std::vector<double> m_scale;
    int m_k = 1;
};

} // namespace asd
