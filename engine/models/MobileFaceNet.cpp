// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MobileFaceNet.h"

#include <cmath>

namespace asd {

namespace nn = torch::nn;

namespace {

// Conv (no bias) + BN, then PReLU unless linear.
nn::Sequential convBlock(int in, int out, std::vector<int64_t> kernel, int stride, int padding, bool depthwise,
                         bool linear)
{
    nn::Sequential s(nn::Conv2d(
        nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).groups(depthwise ? in : 1).bias(false)));
    s->push_back(nn::BatchNorm2d(out));
    if (!linear)
        s->push_back(nn::PReLU(nn::PReLUOptions().num_parameters(out)));
    return s;
}

// Inverted residual: 1×1 expand, depthwise 3×3 (stride s), 1×1 linear projection.
class BottleneckImpl : public nn::Module {
public:
    BottleneckImpl(int in, int out, int stride, int expansion) : m_residual(stride == 1 && in == out)
    {
        const int hidden = in * expansion;
        conv = register_module(
            "conv", nn::Sequential(nn::Conv2d(nn::Conv2dOptions(in, hidden, 1).bias(false)), nn::BatchNorm2d(hidden),
                                   nn::PReLU(nn::PReLUOptions().num_parameters(hidden)),
                                   nn::Conv2d(nn::Conv2dOptions(hidden, hidden, 3).stride(stride).padding(1).groups(hidden).bias(false)),
                                   nn::BatchNorm2d(hidden), nn::PReLU(nn::PReLUOptions().num_parameters(hidden)),
                                   nn::Conv2d(nn::Conv2dOptions(hidden, out, 1).bias(false)), nn::BatchNorm2d(out)));
    }
    torch::Tensor forward(torch::Tensor x) { return m_residual ? x + conv->forward(x) : conv->forward(x); }

private:
    nn::Sequential conv{nullptr};
    bool m_residual;
};
TORCH_MODULE(Bottleneck);

int halved(int n) { return (n - 1) / 2 + 1; } // a 3×3, stride-2, padding-1 convolution

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
        }
    }
}

torch::Tensor MobileFaceNetImpl::forward(torch::Tensor x)
{
    x = dw_conv1->forward(conv1->forward(x));
    x = conv2->forward(blocks->forward(x));
    x = linear1->forward(linear7->forward(x));
    return x.flatten(1);
}

} // namespace asd
