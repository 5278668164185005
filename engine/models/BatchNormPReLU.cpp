// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BatchNormPReLU.h"

#include "util/Vectorise.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace asd {

namespace {

// What the row kernels read: channels-last activations as rows (pixels) of C contiguous
// floats, and per channel the batch mean μ, scale = γ/σ, β and the PReLU slope a. The
// BatchNorm's output is y = (x − μ)·scale + β, x − μ first, as ATen computes it, or y loses
// the digits x and μ share when the mean is far from zero.
struct Channels {
    std::int64_t C;
    const float *mean, *scale, *beta, *slope;
};

// The kernels, compiled for AVX2 as well (util/Vectorise.h). The PReLU's sign test is a 0/1
// factor, as in ChannelPReLU.cpp: GCC vectorises it in that form.

// acc[c] += x − s_c, acc[C + c] += (x − s_c)² over rows [begin, end).
ASD_VECTOR_CLONES void addShiftedMoments(const float *x, const float *shift, std::int64_t C, std::int64_t begin,
                                         std::int64_t end, float *acc)
{
    for (std::int64_t row = begin; row < end; ++row) {
        const float *__restrict xr = x + row * C;
        const float *__restrict s = shift;
        float *__restrict sum = acc, *__restrict squares = acc + C;
        for (std::int64_t c = 0; c < C; ++c) {
            const float d = xr[c] - s[c];
            sum[c] += d;
            squares[c] += d * d;
        }
    }
}

// z = prelu((x − μ)·scale + β) over rows [begin, end).
ASD_VECTOR_CLONES void normaliseAndActivate(const Channels &p, const float *x, float *z, std::int64_t begin,
                                            std::int64_t end)
{
    const float *__restrict mu = p.mean, *__restrict sc = p.scale, *__restrict be = p.beta, *__restrict a = p.slope;
    for (std::int64_t row = begin; row < end; ++row) {
        const float *__restrict xr = x + row * p.C;
        float *__restrict zr = z + row * p.C;
        for (std::int64_t c = 0; c < p.C; ++c) {
            const float y = (xr[c] - mu[c]) * sc[c] + be[c];
            zr[c] = std::max(y, 0.0f) + a[c] * std::min(y, 0.0f);
        }
    }
}

// With g = dL/dz and gy = dL/dy: acc[c] += gy, acc[C + c] += gy·(x − μ), acc[2C + c] += g·y
// where y <= 0 (the slope's gradient), over rows [begin, end).
ASD_VECTOR_CLONES void addGradientSums(const Channels &p, const float *x, const float *g, std::int64_t begin,
                                       std::int64_t end, float *__restrict sumGy, float *__restrict sumGyD,
                                       float *__restrict sumSlope)
{
    const std::int64_t C = p.C;
    const float *__restrict mu = p.mean, *__restrict sc = p.scale, *__restrict be = p.beta, *__restrict a = p.slope;
    for (std::int64_t row = begin; row < end; ++row) {
        const float *__restrict xr = x + row * C;
        const float *__restrict gr = g + row * C;
        for (std::int64_t c = 0; c < C; ++c) {
            const float d = xr[c] - mu[c], y = d * sc[c] + be[c];
            const float positive = float(y > 0.0f);
            const float gy = gr[c] * (positive + (1.0f - positive) * a[c]);
            sumGy[c] += gy;
            sumGyD[c] += gy * d;
            sumSlope[c] += gr[c] * y * (1.0f - positive);
        }
    }
}

// dL/dx = scale·gy + k_c·(x − μ) + m_c over rows [begin, end).
ASD_VECTOR_CLONES void inputGradient(const Channels &p, const float *k, const float *m, const float *x,
                                     const float *g, float *gx, std::int64_t begin, std::int64_t end)
{
    const float *__restrict mu = p.mean, *__restrict sc = p.scale, *__restrict be = p.beta, *__restrict a = p.slope;
    const float *__restrict kr = k, *__restrict mr = m;
    for (std::int64_t row = begin; row < end; ++row) {
        const float *__restrict xr = x + row * p.C;
        const float *__restrict gr = g + row * p.C;
        float *__restrict out = gx + row * p.C;
        for (std::int64_t c = 0; c < p.C; ++c) {
            const float d = xr[c] - mu[c], y = d * sc[c] + be[c];
            const float positive = float(y > 0.0f);
            const float gy = gr[c] * (positive + (1.0f - positive) * a[c]);
            out[c] = sc[c] * gy + kr[c] * d + mr[c];
        }
    }
}

// Rows go to the threads in blocks of 64: sums are kept in float within a block and in
// double across blocks, so the vector loops stay in float and a sum over a batch of 10 s
// clips (40 000 rows) keeps double's precision.
constexpr std::int64_t kBlock = 64;

// Per-channel sums over all rows, `width` floats of them, of what addBlock(begin, end, acc)
// adds for a block of rows; each thread sums in its own buffers.
template <class AddBlock>
std::vector<double> sumOverRows(std::int64_t rows, std::int64_t width, AddBlock addBlock)
{
    std::vector<double> total(std::size_t(width), 0.0);
    std::mutex adding;
    at::parallel_for(0, rows, kBlock, [&](std::int64_t begin, std::int64_t end) {
        std::vector<double> ofThread(std::size_t(width), 0.0);
        std::vector<float> ofBlock(static_cast<std::size_t>(width));
        for (std::int64_t b = begin; b < end; b += kBlock) {
            std::fill(ofBlock.begin(), ofBlock.end(), 0.0f);
            addBlock(b, std::min(end, b + kBlock), ofBlock.data());
            for (std::size_t k = 0; k < ofBlock.size(); ++k)
                ofThread[k] += ofBlock[k];
        }
        const std::lock_guard<std::mutex> lock(adding);
        for (std::size_t k = 0; k < total.size(); ++k)
            total[k] += ofThread[k];
    });
    return total;
}

// The batch's mean and biased variance per channel, from sums of x − x[row 0]: shifting by a
// sample of the channel keeps E[d²] − E[d]² from cancelling when the mean is large.
std::pair<torch::Tensor, torch::Tensor> batchMoments(const float *x, std::int64_t rows, std::int64_t C)
{
    const std::vector<float> shift(x, x + C);
    const auto sums = sumOverRows(rows, 2 * C, [&](std::int64_t begin, std::int64_t end, float *acc) {
        addShiftedMoments(x, shift.data(), C, begin, end, acc);
    });
    auto mean = torch::empty({C}), var = torch::empty({C});
    float *meanOut = mean.data_ptr<float>(), *varOut = var.data_ptr<float>();
    for (std::int64_t c = 0; c < C; ++c) {
        const double m = sums[std::size_t(c)] / double(rows);
        meanOut[c] = float(shift[std::size_t(c)] + m);
        varOut[c] = float(std::max(0.0, sums[std::size_t(C + c)] / double(rows) - m * m));
    }
    return {mean, var};
}

struct BatchNormPReLUFunction : torch::autograd::Function<BatchNormPReLUFunction> {
    // x is channels-last contiguous (fusable).
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
                                 const torch::Tensor &gamma, const torch::Tensor &beta, const torch::Tensor &slope,
                                 torch::nn::BatchNorm2dImpl *bn)
    {
        const std::int64_t C = x.size(1), rows = x.numel() / C;
        const float *xp = x.data_ptr<float>();
        auto [mean, var] = batchMoments(xp, rows, C);
        const auto invstd = torch::rsqrt(var + bn->options.eps());
        updateRunningStatistics(*bn, mean, var, rows);

        const auto scale = (gamma.detach() * invstd).contiguous(), b = beta.detach().contiguous(),
                   a = slope.detach().contiguous();
        const Channels p{C, mean.data_ptr<float>(), scale.data_ptr<float>(), b.data_ptr<float>(), a.data_ptr<float>()};
        auto z = torch::empty_like(x, torch::MemoryFormat::ChannelsLast);
        float *zp = z.data_ptr<float>();
        at::parallel_for(0, rows, kBlock,
                         [&](std::int64_t begin, std::int64_t end) { normaliseAndActivate(p, xp, zp, begin, end); });
        ctx->save_for_backward({x, gamma, beta, slope, mean, invstd});
        return z;
    }

    // With gy = dL/dy (the PReLU's input gradient) and x̂ = (x − μ)/σ, BatchNorm's training
    // gradient is dL/dx = γ/σ · (gy − mean(gy) − x̂ · mean(gy · x̂)), dL/dγ = Σ gy · x̂,
    // dL/dβ = Σ gy; the PReLU's dL/da_c = Σ g · y over y <= 0. One pass gathers the three
    // sums, a second writes dL/dx; both recompute y and gy from x.
    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext *ctx,
                                                 torch::autograd::tensor_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const auto &x = saved[0], &mean = saved[4], &invstd = saved[5];
        const auto g = grads[0].contiguous(torch::MemoryFormat::ChannelsLast);
        const std::int64_t C = x.size(1), rows = x.numel() / C;
        const auto scale = (saved[1].detach() * invstd).contiguous(), b = saved[2].detach().contiguous(),
                   a = saved[3].detach().contiguous();
        const Channels p{C, mean.data_ptr<float>(), scale.data_ptr<float>(), b.data_ptr<float>(), a.data_ptr<float>()};
        const float *xp = x.data_ptr<float>(), *gp = g.data_ptr<float>();

        const auto sums = sumOverRows(rows, 3 * C, [&](std::int64_t begin, std::int64_t end, float *acc) {
            addGradientSums(p, xp, gp, begin, end, acc, acc + C, acc + 2 * C);
        });
        auto gGamma = torch::empty({C}), gBeta = torch::empty({C}), gSlope = torch::empty({C});
        float *gGammaOut = gGamma.data_ptr<float>(), *gBetaOut = gBeta.data_ptr<float>(),
              *gSlopeOut = gSlope.data_ptr<float>();
        std::vector<float> k(std::size_t(C), 0.0f), m(std::size_t(C), 0.0f);
        const float *is = invstd.data_ptr<float>();
        for (std::int64_t c = 0; c < C; ++c) {
            const double sumGy = sums[std::size_t(c)], sumGyD = sums[std::size_t(C + c)];
            gBetaOut[c] = float(sumGy);
            gGammaOut[c] = float(sumGyD * is[c]);
            gSlopeOut[c] = float(sums[std::size_t(2 * C + c)]);
            k[std::size_t(c)] = float(-double(p.scale[c]) * is[c] * is[c] * sumGyD / double(rows));
            m[std::size_t(c)] = float(-double(p.scale[c]) * sumGy / double(rows));
        }
        auto gx = torch::empty_like(x, torch::MemoryFormat::ChannelsLast);
        float *gxp = gx.data_ptr<float>();
        at::parallel_for(0, rows, kBlock, [&](std::int64_t begin, std::int64_t end) {
            inputGradient(p, k.data(), m.data(), xp, gp, gxp, begin, end);
        });
        return {gx, gGamma, gBeta, gSlope, torch::Tensor()};
    }

    // As BatchNorm's training forward updates them: an exponential average with the
    // module's momentum (a cumulative one without), the variance unbiased.
    static void updateRunningStatistics(torch::nn::BatchNorm2dImpl &bn, const torch::Tensor &mean,
                                        const torch::Tensor &var, std::int64_t n)
    {
        torch::NoGradGuard noGrad;
        bn.num_batches_tracked += 1;
        const auto &momentum = bn.options.momentum();
        const double factor = momentum ? *momentum : 1.0 / bn.num_batches_tracked.item<double>();
        bn.running_mean.mul_(1.0 - factor).add_(mean, factor);
        bn.running_var.mul_(1.0 - factor).add_(var * (double(n) / double(n - 1)), factor);
    }
};

bool fusable(const torch::Tensor &x, const torch::nn::BatchNorm2dImpl &bn, const ChannelPReLUImpl *prelu)
{
    const auto &o = bn.options;
    return bn.is_training() && o.affine() && o.track_running_stats() && x.dim() == 4 &&
           x.scalar_type() == torch::kFloat && x.device().is_cpu() &&
           x.is_contiguous(torch::MemoryFormat::ChannelsLast) && x.numel() / x.size(1) > 1 &&
           bn.weight.scalar_type() == torch::kFloat && bn.running_mean.scalar_type() == torch::kFloat &&
           (!prelu || (prelu->weight.numel() == x.size(1) && prelu->weight.scalar_type() == torch::kFloat));
}

} // namespace

torch::Tensor batchNormPReLU(const torch::Tensor &x, torch::nn::BatchNorm2dImpl &bn, ChannelPReLUImpl &prelu)
{
    if (!fusable(x, bn, &prelu))
        return prelu.forward(bn.forward(x));
    return BatchNormPReLUFunction::apply(x, bn.weight, bn.bias, prelu.weight, &bn);
}

torch::Tensor batchNorm(const torch::Tensor &x, torch::nn::BatchNorm2dImpl &bn)
{
    if (!fusable(x, bn, nullptr))
        return bn.forward(x);
    // A slope of 1 makes the PReLU the identity; it is a constant, so its gradient is dropped.
    return BatchNormPReLUFunction::apply(x, bn.weight, bn.bias, torch::ones({x.size(1)}), &bn);
}

} // namespace asd
