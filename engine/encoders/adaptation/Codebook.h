// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// Pseudo-attribute labels for clips without attribute labels (Han, Jiang et al. 2025, "vector
// quantisation"; reference §8): a codebook of K codes over the (normalised) embeddings, kept by
// exponential moving averages of the embeddings assigned to each code (van den Oord et al.,
// VQ-VAE, appendix A.1: online k-means), with a commitment loss that pulls each embedding
// towards its code. A code that no embedding has chosen for `restartAfter` updates is moved to
// a random embedding of the batch, so usage does not collapse onto a few codes.
class Codebook {
public:
    Codebook(int codes, int dim, double decay = 0.99, int restartAfter = 20, std::uint64_t seed = 0);

    torch::Tensor assign(const torch::Tensor &x) const;  // nearest code per row: [batch] int64
    void update(const torch::Tensor &x, const torch::Tensor &codes); // EMA step (no gradient)
    // β · ‖x − sg(code)‖², the gradient flowing to x only (β = 0.25, VQ-VAE).
    torch::Tensor commitmentLoss(const torch::Tensor &x, const torch::Tensor &codes, double beta = 0.25) const;

    const torch::Tensor &codes() const { return m_codes; }
    torch::Tensor usage() const { return m_usage; } // EMA of how often each code is chosen

private:
    torch::Tensor m_codes, m_sums, m_usage, m_idle;
    double m_decay;
    int m_restartAfter;
    torch::Generator m_random;
};

} // namespace asd
