// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/adaptation/Codebook.h"

namespace asd {

Codebook::Codebook(int codes, int dim, double decay, int restartAfter, std::uint64_t seed)
    : m_decay(decay), m_restartAfter(restartAfter), m_random(at::detail::createCPUGenerator(seed))
{
    m_codes = torch::randn({codes, dim}, m_random, torch::TensorOptions(torch::kFloat32));
    m_sums = m_codes.clone();
    m_usage = torch::ones({codes});
    m_idle = torch::zeros({codes}, torch::kLong);
}

torch::Tensor Codebook::assign(const torch::Tensor &x) const
{
    return torch::cdist(x.detach().to(torch::kCPU, torch::kFloat32), m_codes).argmin(1);
}

void Codebook::update(const torch::Tensor &x, const torch::Tensor &codes)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor rows = x.detach().to(torch::kCPU, torch::kFloat32);
    const torch::Tensor onehot = torch::one_hot(codes.to(torch::kCPU), m_codes.size(0)).to(torch::kFloat32); // [batch][K]
    const torch::Tensor counts = onehot.sum(0);
    m_usage.mul_(m_decay).add_(counts, 1.0 - m_decay);
    m_sums.mul_(m_decay).add_(torch::matmul(onehot.t(), rows), 1.0 - m_decay);
    // Laplace smoothing keeps rarely chosen codes finite (VQ-VAE's EMA update).
    const double n = m_usage.sum().item<double>();
    const torch::Tensor smoothed = (m_usage + 1e-5) / (n + m_codes.size(0) * 1e-5) * n;
    m_codes = m_sums / smoothed.unsqueeze(1);
    // Codes nobody chose for a while restart at embeddings of this batch.
    m_idle = torch::where(counts > 0, torch::zeros_like(m_idle), m_idle + 1);
    const torch::Tensor dead = (m_idle >= m_restartAfter).nonzero().flatten();
    for (std::int64_t i = 0; i < dead.size(0); ++i) {
        const std::int64_t code = dead[i].item<std::int64_t>();
        const std::int64_t row = torch::randint(rows.size(0), {1}, m_random).item<std::int64_t>();
        m_codes[code].copy_(rows[row]);
        m_sums[code].copy_(rows[row] * m_usage[code].clamp_min(1e-3));
        m_idle[code] = 0;
    }
}

torch::Tensor Codebook::commitmentLoss(const torch::Tensor &x, const torch::Tensor &codes, double beta) const
{
    const torch::Tensor target = m_codes.index_select(0, codes.to(torch::kCPU)).to(x.device());
    return beta * (x - target.detach()).pow(2).sum(1).mean();
}

} // namespace asd
