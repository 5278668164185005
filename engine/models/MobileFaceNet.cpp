// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MobileFaceNet.h"

#include "models/BatchNormPReLU.h"
#include "models/ChannelPReLU.h"

#include <cmath>
#include <stdexcept>

namespace asd {

namespace nn = torch::nn;

namespace {

// The filter in channels-last strides. A copy always: contiguous() keeps a filter of one
// input channel as it is (either layout fits it), and oneDNN takes a convolution's output
// layout from its filter's strides.
torch::Tensor channelsLast(const torch::Tensor &w)
{
    return w.to(w.options(), false, true, torch::MemoryFormat::ChannelsLast);
}

// Conv (no bias) + BN, then PReLU unless linear.
nn::Sequential convBlock(int in, int out, std::vector<int64_t> kernel, int stride, int padding, bool depthwise,
                         bool linear)
{
    nn::Sequential s(nn::Conv2d(
        nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).groups(depthwise ? in : 1).bias(false)));
    s->push_back(nn::BatchNorm2d(out));
    if (!linear)
        s->push_back(ChannelPReLU(out));
    return s;
}

nn::Sequential foldedCopy(const nn::Sequential &s);

// A depthwise convolution whose kernel covers the whole map (the GDC, linear7) is a weighted
// sum over each channel's map, computed as one: oneDNN runs that convolution's weight
// gradient as a grouped matrix product, 10 ms of a training step for 1.3 M multiply-adds
// (DNNL_VERBOSE=1, batch 16, 10 s clips).
bool coversTheMap(const nn::Conv2dImpl &conv, const torch::Tensor &x)
{
    const auto &o = conv.options;
    const auto *padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
    return x.dim() == 4 && o.groups() == o.in_channels() && o.out_channels() == o.in_channels() &&
           x.size(2) == (*o.kernel_size())[0] && x.size(3) == (*o.kernel_size())[1] && padding &&
           (**padding)[0] == 0 && (**padding)[1] == 0 && (*o.stride())[0] == 1 && (*o.stride())[1] == 1 &&
           (*o.dilation())[0] == 1 && (*o.dilation())[1] == 1;
}

torch::Tensor weightedSum(const nn::Conv2dImpl &conv, const torch::Tensor &x)
{
    const auto y = (x * conv.weight.view({1, x.size(1), x.size(2), x.size(3)})).sum({2, 3}, true);
    return conv.bias.defined() ? y + conv.bias.view({1, -1, 1, 1}) : y;
}

// s->forward(x), with each BatchNorm2d and the ChannelPReLU after it run as one layer, a
// BatchNorm2d alone by the same passes (BatchNormPReLU.h), a GDC as a weighted sum, and
// without gradients (scoring, BatchNorm folded) each PReLU in place on the output of the
// layer before it, which nothing else reads: the modules, their names and their checkpoints
// stay as they are.
torch::Tensor forwardLayers(nn::Sequential s, torch::Tensor x)
{
    for (auto layer = s->begin(); layer != s->end(); ++layer) {
        const auto next = std::next(layer);
        const auto conv = std::dynamic_pointer_cast<nn::Conv2dImpl>(layer->ptr());
        const auto bn = std::dynamic_pointer_cast<nn::BatchNorm2dImpl>(layer->ptr());
        const auto prelu = next == s->end() ? nullptr : std::dynamic_pointer_cast<ChannelPReLUImpl>(next->ptr());
        const auto activation = std::dynamic_pointer_cast<ChannelPReLUImpl>(layer->ptr());
        if (activation && layer != s->begin() && !torch::GradMode::is_enabled()) {
            preluInPlace(x, activation->weight);
        } else if (conv && coversTheMap(*conv, x)) {
            x = weightedSum(*conv, x);
        } else if (bn && prelu) {
            x = batchNormPReLU(x, *bn, *prelu);
            layer = next;
        } else if (bn) {
            x = batchNorm(x, *bn);
        } else {
            x = layer->forward(x);
        }
    }
    return x;
}

// Inverted residual: 1×1 expand, depthwise 3×3 (stride s), 1×1 linear projection.
class BottleneckImpl : public nn::Module {
public:
    BottleneckImpl(int in, int out, int stride, int expansion) : m_residual(stride == 1 && in == out)
    {
        const int hidden = in * expansion;
        conv = register_module(
            "conv", nn::Sequential(nn::Conv2d(nn::Conv2dOptions(in, hidden, 1).bias(false)), nn::BatchNorm2d(hidden),
                                   ChannelPReLU(hidden),
                                   nn::Conv2d(nn::Conv2dOptions(hidden, hidden, 3).stride(stride).padding(1).groups(hidden).bias(false)),
                                   nn::BatchNorm2d(hidden), ChannelPReLU(hidden),
                                   nn::Conv2d(nn::Conv2dOptions(hidden, out, 1).bias(false)), nn::BatchNorm2d(out)));
    }
    torch::Tensor forward(torch::Tensor x) { return m_residual ? x + forwardLayers(conv, x) : forwardLayers(conv, x); }
    void foldBatchNorm() { conv = replace_module("conv", foldedCopy(conv)); }

private:
    nn::Sequential conv{nullptr};
    bool m_residual;
};
TORCH_MODULE(Bottleneck);

int halved(int n) { return (n - 1) / 2 + 1; } // a 3×3, stride-2, padding-1 convolution

// conv followed by bn, as one convolution with a bias: in eval mode BN is the per-channel
// affine map y = (x - mean) * gamma / sqrt(var + eps) + beta, which scales the filter.
nn::Conv2d folded(const nn::Conv2dImpl &conv, const nn::BatchNorm2dImpl &bn)
{
    torch::NoGradGuard noGrad;
    const auto &o = conv.options;
    nn::Conv2d out(nn::Conv2dOptions(o.in_channels(), o.out_channels(), o.kernel_size())
                       .stride(o.stride())
                       .padding(o.padding())
                       .dilation(o.dilation())
                       .groups(o.groups())
                       .padding_mode(o.padding_mode())
                       .bias(true));
    const auto scale = bn.weight / torch::sqrt(bn.running_var + bn.options.eps());
    out->weight.copy_(conv.weight * scale.view({-1, 1, 1, 1}));
    const auto bias = conv.bias.defined() ? conv.bias : torch::zeros_like(bn.running_mean);
    out->bias.copy_((bias - bn.running_mean) * scale + bn.bias);
    out->to(conv.weight.device());
    out->weight.set_data(channelsLast(out->weight));
    out->eval();
    return out;
}

// The same layers with every Conv2d + BatchNorm2d pair folded; other layers are shared.
nn::Sequential foldedCopy(const nn::Sequential &s)
{
    nn::Sequential out;
    for (std::size_t i = 0; i < s->size(); ++i) {
        const auto m = s->ptr(i);
        const auto conv = std::dynamic_pointer_cast<nn::Conv2dImpl>(m);
        const auto bn = i + 1 < s->size() ? std::dynamic_pointer_cast<nn::BatchNorm2dImpl>(s->ptr(i + 1)) : nullptr;
        if (conv && bn) {
            out->push_back(folded(*conv, *bn));
            ++i;
        } else if (conv) {
            out->push_back(conv);
        } else if (const auto b = std::dynamic_pointer_cast<nn::BatchNorm2dImpl>(m)) {
            out->push_back(b);
        } else if (const auto p = std::dynamic_pointer_cast<ChannelPReLUImpl>(m)) {
            out->push_back(p);
        } else if (const auto block = std::dynamic_pointer_cast<BottleneckImpl>(m)) {
            block->foldBatchNorm();
            out->push_back(block);
        } else {
            throw std::logic_error("foldBatchNorm: unexpected layer " + m->name());
        }
    }
    return out;
}

} // namespace

MobileFaceNetImpl::MobileFaceNetImpl(int inputChannels, int mels, int frames, int embeddingDim)
{
    conv1 = register_module("conv1", convBlock(inputChannels, 64, {3, 3}, 2, 1, false, false));
    dw_conv1 = register_module("dw_conv1", convBlock(64, 64, {3, 3}, 1, 1, true, false));
    blocks = nn::Sequential();
    int in = 64;
    const int settings[3][4] = {{2, 128, 2, 2}, {4, 128, 2, 2}, {4, 128, 2, 2}}; // t, c, n, s
    for (const auto &st : settings) {
        for (int i = 0; i < st[2]; ++i) {
            blocks->push_back(Bottleneck(in, st[1], i == 0 ? st[3] : 1, st[0]));
            in = st[1];
        }
    }
    register_module("blocks", blocks);
    conv2 = register_module("conv2", convBlock(128, 512, {1, 1}, 1, 0, false, false));
    // Four stride-2 stages: 128 x 313 -> 8 x 20.
    const int h = halved(halved(halved(halved(mels)))), w = halved(halved(halved(halved(frames))));
    linear7 = register_module("linear7", convBlock(512, 512, {h, w}, 1, 0, true, true));
    linear1 = register_module("linear1", convBlock(512, embeddingDim, {1, 1}, 1, 0, false, true));

    // He-normal convolutions with n = kh * kw * out_channels; BN weight 1, bias 0.
    for (auto &m : modules(false)) {
        if (auto *conv = m->as<nn::Conv2d>()) {
            const auto &k = conv->options.kernel_size();
            const double n = double((*k)[0] * (*k)[1] * conv->options.out_channels());
            torch::NoGradGuard g;
            conv->weight.normal_(0.0, std::sqrt(2.0 / n));
            // Channels-last (NHWC) filters, so every activation is channels-last too:
            // oneDNN's convolutions, above all the depthwise ones, and ATen's BatchNorm take
            // a third less time on it (the profiler, batch 16, 10 s clips, 2 cores). The
            // layout is internal: checkpoints load by copy.
            conv->weight.set_data(channelsLast(conv->weight));
        }
    }
}

void MobileFaceNetImpl::foldBatchNorm()
{
    if (is_training())
        throw std::logic_error("MobileFaceNet::foldBatchNorm is for inference: call eval() first");
    conv1 = replace_module("conv1", foldedCopy(conv1));
    dw_conv1 = replace_module("dw_conv1", foldedCopy(dw_conv1));
    blocks = replace_module("blocks", foldedCopy(blocks));
    conv2 = replace_module("conv2", foldedCopy(conv2));
    linear7 = replace_module("linear7", foldedCopy(linear7));
    linear1 = replace_module("linear1", foldedCopy(linear1));
}

torch::Tensor MobileFaceNetImpl::forward(torch::Tensor x)
{
    x = forwardLayers(dw_conv1, forwardLayers(conv1, x));
    x = forwardLayers(conv2, blocks->forward(x));
    x = forwardLayers(linear1, forwardLayers(linear7, x));
    return x.flatten(1);
}

} // namespace asd
