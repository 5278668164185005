// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Heads.h"

#include <cmath>

namespace asd {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

FeaturePerturbationHeadImpl::FeaturePerturbationHeadImpl(int e, int r, bool leakyRelu)
{
    auto act = [&]() -> nn::AnyModule {
        if (leakyRelu)
            return nn::AnyModule(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.01)));
        return nn::AnyModule(nn::ReLU());
    };
    head = nn::Sequential();
    head->push_back(nn::Linear(e, r));
    head->push_back(act());
    head->push_back(nn::BatchNorm1d(r));
    head->push_back(nn::Linear(r, e));
    head->push_back(act());
    head->push_back(nn::BatchNorm1d(e));
    register_module("head", head);
}

torch::Tensor FeaturePerturbationHeadImpl::forward(torch::Tensor x)
{
    return F::normalize(head->forward(x), F::NormalizeFuncOptions().p(2).dim(1).eps(1e-12));
}

ArcFaceHeadImpl::ArcFaceHeadImpl(int embeddingDim, int classes, double margin, double scale)
    : m_margin(margin), m_scale(scale), m_cosM(std::cos(margin)), m_sinM(std::sin(margin)),
      m_th(std::cos(M_PI - margin)), m_mm(std::sin(M_PI - margin) * margin)
{
    weight = register_parameter("weight", torch::empty({classes, embeddingDim}));
    nn::init::xavier_uniform_(weight);
}

torch::Tensor ArcFaceHeadImpl::cosine(torch::Tensor x)
{
    return F::linear(F::normalize(x, F::NormalizeFuncOptions().dim(1)), F::normalize(weight, F::NormalizeFuncOptions().dim(1)));
}

torch::Tensor ArcFaceHeadImpl::forward(torch::Tensor x, torch::Tensor labels)
{
    const auto cos = cosine(x);
    // Clamp away from 0 too: d/dc sqrt(1 - c²) is infinite at |c| = 1.
    const auto sine = torch::sqrt((1.0 - cos * cos).clamp(1e-7, 1.0));
    auto phi = cos * m_cosM - sine * m_sinM;
    phi = torch::where(cos > m_th, phi, cos - m_mm);
    const auto oneHot = F::one_hot(labels, cos.size(1)).to(cos.dtype());
    return m_scale * (oneHot * phi + (1.0 - oneHot) * cos);
}

} // namespace asd
