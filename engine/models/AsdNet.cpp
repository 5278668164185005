// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AsdNet.h"

namespace asd {

torch::Tensor temporalAttention(const torch::Tensor &x)
{
    const auto a = torch::sigmoid(std::get<0>(x.max(-2, true)) + x.mean(-2, true));
    return a * x;
}

AsdNetImpl::AsdNetImpl(const AsdNetOptions &o) : m_options(o)
{
    if (o.input != InputVariant::LogMel)
        tgram = register_module("tgram", TgramNet(o.frames, o.mels));
    if (o.input == InputVariant::TFSTgram)
        tfgram = register_module("tfgram", TFgramNet(o.frames, o.mels));
    mobilefacenet = register_module("mobilefacenet", MobileFaceNet(inputChannels(o.input), o.mels, o.frames));
    if (o.perturbationHead)
        fph = register_module("fph", FeaturePerturbationHead(128, o.fphReduction, o.fphLeakyRelu));
    arcface = register_module("arcface", ArcFaceHead(128, o.classes, o.margin, o.scale));
}

torch::Tensor AsdNetImpl::inputMaps(const torch::Tensor &wav, const torch::Tensor &mel)
{
    switch (m_options.input) {
    case InputVariant::LogMel: return mel;
    case InputVariant::STgram: return torch::cat({mel, tgram->forward(wav)}, 1);
    case InputVariant::TFSTgram: return torch::cat({mel, tgram->forward(wav), tfgram->forward(wav)}, 1);
    case InputVariant::TASTgram: return torch::cat({tgram->forward(wav), mel, temporalAttention(mel)}, 1);
    }
    return mel;
}

torch::Tensor AsdNetImpl::headOf(const torch::Tensor &backbone) { return fph ? fph->forward(backbone) : backbone; }

torch::Tensor AsdNetImpl::embedMaps(const torch::Tensor &maps) { return headOf(mobilefacenet->forward(maps)); }

torch::Tensor AsdNetImpl::embed(const torch::Tensor &wav, const torch::Tensor &mel) { return embedMaps(inputMaps(wav, mel)); }

AsdNetOutput AsdNetImpl::forward(const torch::Tensor &wav, const torch::Tensor &mel, const torch::Tensor &labels)
{
    const auto e = mobilefacenet->forward(inputMaps(wav, mel));
    const auto z = headOf(e);
    return {arcface->forward(z, labels), z, e};
}

void AsdNetImpl::prepareForInference()
{
    eval();
    mobilefacenet->foldBatchNorm();
}

AsdNet inferenceCopyOf(const AsdNet &net)
{
    AsdNet copy(net->options());
    copy->to(net->parameters().front().device());
    {
        torch::NoGradGuard noGrad;
        const auto parameters = net->named_parameters(), buffers = net->named_buffers();
        for (auto &p : copy->named_parameters())
            p.value().copy_(parameters[p.key()]);
        for (auto &b : copy->named_buffers())
            b.value().copy_(buffers[b.key()]);
    }
    copy->prepareForInference();
    return copy;
}

std::int64_t parameterCount(torch::nn::Module &module)
{
    std::int64_t n = 0;
    for (const auto &p : module.parameters())
        n += p.numel();
    return n;
}

} // namespace asd
