// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// Nearest-neighbour anomaly scores for the test clips of one group (ID or section)
// (reference §8): with training clips of both domains, separate source and target banks,
// each bank's test scores z-normalised over the group's test clips, and the minimum taken;
// otherwise the plain distance to the one bank.
std::vector<double> knnGroupScores(const Embeddings &trainEmbeddings, const std::vector<Domain> &trainDomains,
                                   const Embeddings &testEmbeddings, int k, KnnMetric metric);

// Rescaled nearest neighbours (Wilkinghoff et al., ICASSP 2025 "Keeping the balance";
// ASDKit KnnRescale, first-shot-methods §3.3): each bank embedding r carries a scale c_r,
// its mean Euclidean distance to its kRef nearest other bank embeddings, and a query scores
// the mean of its k smallest d(x, r) / c_r. Sparse references (the few target-domain clips)
// get large scales, which balances the domains without separate banks and without test
// statistics, so the score of one clip never depends on the others.
class RescaledKnn {
public:
    RescaledKnn() = default;
    RescaledKnn(Embeddings bank, int k = 1, int kRef = 4);

    std::vector<double> score(const Embeddings &queries) const;
    // Each bank embedding scored against the others (its own entry and scale left out):
    // the normal scores a decision threshold is fitted to.
    std::vector<double> leaveOneOutScores() const;

    const Embeddings &bank() const { return m_bank; }
    const std::vector<double> &scales() const { return m_scale; }
    // For a saved detector: the bank and its scales as they were fitted.
    static RescaledKnn restore(Embeddings bank, std::vector<double> scales, int k);

private:
    std::vector<double> scoreOne(const std::vector<float> &query, std::size_t skip) const;
    Embeddings m_bank;
    std::vector<double> m_scale;
    int m_k = 1;
};

} // namespace asd
