// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/beats/Beats.h"

#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "encoders/checkpoint/EncoderWeights.h"

namespace asd {

namespace nn = torch::nn;

namespace {

// W x + b, plus the adapter's low-rank update where the layer has one.
torch::Tensor adapted(nn::Linear &layer, Lora &lora, const torch::Tensor &x)
{
    torch::Tensor y = layer(x);
    return lora.is_empty() || !lora->enabled ? y : y + lora(x);
}

} // namespace

torch::Tensor relativePositionBuckets(const torch::Tensor &rel, int numBuckets, int maxDistance)
{
    const int half = numBuckets / 2, maxExact = half / 2;
    const torch::Tensor distance = rel.abs();
    torch::Tensor large =
        maxExact + (torch::log(distance.to(torch::kFloat32) / maxExact) / std::log(double(maxDistance) / maxExact) *
                    (half - maxExact))
                       .to(torch::kLong);
    large = torch::clamp_max(large, half - 1);
    return (rel > 0).to(torch::kLong) * half + torch::where(distance < maxExact, distance, large);
}

BeatsAttentionImpl::BeatsAttentionImpl(const BeatsConfig &c, bool ownsPositionTable)
    : heads(c.heads), numBuckets(c.numBuckets), maxDistance(c.maxDistance), gated(c.gruRelPos)
{
    // Registered in the official order (k, v, q), so that parameters() lists as state_dict does.
    k_proj = register_module("k_proj", nn::Linear(c.dim, c.dim));
    v_proj = register_module("v_proj", nn::Linear(c.dim, c.dim));
    q_proj = register_module("q_proj", nn::Linear(c.dim, c.dim));
    out_proj = register_module("out_proj", nn::Linear(c.dim, c.dim));
    if (gated) {
        grep_linear = register_module("grep_linear", nn::Linear(c.dim / c.heads, 8));
        grep_a = register_parameter("grep_a", torch::ones({1, c.heads, 1, 1}));
    }
    if (ownsPositionTable)
        relative_attention_bias = register_module("relative_attention_bias", nn::Embedding(c.numBuckets, c.heads));
}

torch::Tensor BeatsAttentionImpl::positionBias(std::int64_t tokens) const
{
    const torch::Device device = relative_attention_bias->weight.device();
    const torch::Tensor position = torch::arange(tokens, torch::TensorOptions(torch::kLong).device(device));
    const torch::Tensor rel = position.unsqueeze(0) - position.unsqueeze(1); // [query][key]: key − query
    return torch::embedding(relative_attention_bias->weight, relativePositionBuckets(rel, numBuckets, maxDistance))
        .permute({2, 0, 1});
}

torch::Tensor BeatsAttentionImpl::forward(const torch::Tensor &x, const torch::Tensor &positionBias)
{
    const std::int64_t B = x.size(0), N = x.size(1), D = x.size(2), hd = D / heads;
    auto split = [&](const torch::Tensor &t) { return t.view({B, N, heads, hd}).transpose(1, 2); }; // [B][H][N][hd]
    const torch::Tensor q = split(adapted(q_proj, q_lora, x)), k = split(adapted(k_proj, k_lora, x)),
                        v = split(adapted(v_proj, v_lora, x));
    torch::Tensor logits = torch::matmul(q * std::pow(double(hd), -0.5), k.transpose(-2, -1)); // [B][H][N][N]
    if (gated) {
        // gate = a·(b·grep_a − 1) + 2 from the unscaled query, per head and query (step 17).
        const auto ab = torch::sigmoid(grep_linear(q).view({B, heads, N, 2, 4}).sum(-1)).chunk(2, -1);
        logits = logits + (ab[0] * (ab[1] * grep_a - 1.0) + 2.0) * positionBias;
    } else {
        logits = logits + positionBias;
    }
    const torch::Tensor attended = torch::matmul(torch::softmax(logits, -1), v);
    return adapted(out_proj, out_lora, attended.transpose(1, 2).reshape({B, N, D}));
}

BeatsLayerImpl::BeatsLayerImpl(const BeatsConfig &c, bool ownsPositionTable)
    : alpha(c.deepNorm ? std::pow(2.0 * c.layers, 0.25) : 1.0)
{
    self_attn = register_module("self_attn", BeatsAttention(c, ownsPositionTable));
    self_attn_layer_norm = register_module("self_attn_layer_norm", nn::LayerNorm(nn::LayerNormOptions({c.dim})));
    fc1 = register_module("fc1", nn::Linear(c.dim, c.ffnDim));
    fc2 = register_module("fc2", nn::Linear(c.ffnDim, c.dim));
    final_layer_norm = register_module("final_layer_norm", nn::LayerNorm(nn::LayerNormOptions({c.dim})));
}

torch::Tensor BeatsLayerImpl::forward(const torch::Tensor &x, const torch::Tensor &positionBias)
{
    const torch::Tensor h = self_attn_layer_norm(alpha * x + self_attn(x, positionBias));
    return final_layer_norm(alpha * h + adapted(fc2, fc2_lora, torch::gelu(adapted(fc1, fc1_lora, h))));
}

BeatsPositionConvImpl::BeatsPositionConvImpl(const BeatsConfig &c) : kernel(c.convPos), groups(c.convPosGroups)
{
    bias = register_parameter("bias", torch::zeros({c.dim}));
    weight_g = register_parameter("weight_g", torch::ones({1, 1, c.convPos}));
    weight_v = register_parameter("weight_v", torch::zeros({c.dim, c.dim / c.convPosGroups, c.convPos}));
}

torch::Tensor BeatsPositionConvImpl::forward(const torch::Tensor &x)
{
    const torch::Tensor weight = torch::_weight_norm(weight_v, weight_g, 2);
    torch::Tensor y = torch::conv1d(x.transpose(1, 2), weight, bias, 1, kernel / 2, 1, groups);
    if (kernel % 2 == 0) // SamePad: an even kernel gives one output too many; the last goes
        y = y.narrow(2, 0, y.size(2) - 1);
    return torch::gelu(y).transpose(1, 2);
}

BeatsImpl::BeatsImpl(const BeatsConfig &c) : config(c)
{
    post_extract_proj = register_module("post_extract_proj", nn::Linear(c.embedDim, c.dim));
    patch_embedding = register_module(
        "patch_embedding",
        nn::Conv2d(nn::Conv2dOptions(1, c.embedDim, c.patchSize).stride(c.patchSize).bias(c.convBias)));
    encoder = register_module("encoder", std::make_shared<nn::Module>());
    auto posConvHolder = encoder->register_module("pos_conv", std::make_shared<nn::Module>());
    pos_conv = posConvHolder->register_module("0", BeatsPositionConv(c));
    layers = encoder->register_module("layers", nn::ModuleList());
    for (int l = 0; l < c.layers; ++l)
        layers->push_back(BeatsLayer(c, l == 0));
    encoder_layer_norm = encoder->register_module("layer_norm", nn::LayerNorm(nn::LayerNormOptions({c.dim})));
    layer_norm = register_module("layer_norm", nn::LayerNorm(nn::LayerNormOptions({c.embedDim})));
}

torch::Tensor BeatsImpl::patchTokens(const torch::Tensor &fbank)
{
    const torch::Tensor patches = patch_embedding(fbank.unsqueeze(1)); // [B][E][T/16][8]; the remainder dropped
    const torch::Tensor tokens = patches.reshape({patches.size(0), patches.size(1), -1}).transpose(1, 2);
    return post_extract_proj(layer_norm(tokens));
}

std::vector<torch::Tensor> BeatsImpl::hiddenStates(const torch::Tensor &fbank, int upTo)
{
    if (fbank.size(1) < config.patchSize)
        throw std::runtime_error("BEATs needs at least 16 fbank frames (0.17 s) per clip");
    const int last = upTo < 0 ? config.layers : std::min(upTo, config.layers);
    torch::Tensor x = patchTokens(fbank);
    x = encoder_layer_norm(x + pos_conv(x));
    std::vector<torch::Tensor> states{x};
    const torch::Tensor bias = layers[0]->as<BeatsLayer>()->self_attn->positionBias(x.size(1));
    for (int l = 0; l < last; ++l) {
        x = layers[std::size_t(l)]->as<BeatsLayer>()->forward(x, bias);
        states.push_back(x);
    }
    return states;
}

torch::Tensor BeatsImpl::forward(const torch::Tensor &fbank) { return hiddenStates(fbank).back(); }

namespace {

// Every (adapter slot, its layer, its name) of one block.
struct LoraSlot {
    Lora *lora;
    nn::Linear *layer;
    nn::Module *owner;
    const char *name;
    bool attention;
};

std::vector<LoraSlot> loraSlots(BeatsLayerImpl &l)
{
    BeatsAttentionImpl &a = *l.self_attn;
    return {{&a.q_lora, &a.q_proj, &a, "q_lora", true},   {&a.k_lora, &a.k_proj, &a, "k_lora", true},
            {&a.v_lora, &a.v_proj, &a, "v_lora", true},   {&a.out_lora, &a.out_proj, &a, "out_lora", true},
            {&l.fc1_lora, &l.fc1, &l, "fc1_lora", false}, {&l.fc2_lora, &l.fc2, &l, "fc2_lora", false}};
}

} // namespace

void BeatsImpl::attachLora(const LoraOptions &options)
{
    for (auto &p : parameters())
        p.set_requires_grad(false);
    for (std::size_t i = 0; i < layers->size(); ++i)
        for (const LoraSlot &s : loraSlots(*layers[i]->as<BeatsLayerImpl>()))
            if (s.attention ? options.attention : options.feedForward) {
                const auto &w = (*s.layer)->weight;
                *s.lora = s.owner->register_module(s.name, Lora(int(w.size(1)), int(w.size(0)), options.rank, options.alpha));
                s.lora->get()->to(w.device());
            }
}

std::vector<std::pair<std::string, torch::Tensor>> BeatsImpl::loraParameters()
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : named_parameters())
        if (p.key().find("_lora.") != std::string::npos)
            out.emplace_back(p.key(), p.value());
    return out;
}

void BeatsImpl::mergeLora()
{
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < layers->size(); ++i)
        for (const LoraSlot &s : loraSlots(*layers[i]->as<BeatsLayerImpl>()))
            if (!s.lora->is_empty()) {
                (*s.layer)->weight.add_((*s.lora)->delta());
                s.owner->unregister_module(s.name);
                *s.lora = nullptr;
            }
}

void BeatsImpl::setLoraEnabled(bool enabled)
{
    for (std::size_t i = 0; i < layers->size(); ++i)
        for (const LoraSlot &s : loraSlots(*layers[i]->as<BeatsLayerImpl>()))
            if (!s.lora->is_empty())
                (*s.lora)->enabled = enabled;
}


Beats loadBeats(const EncoderWeights &weights)
{
    const BeatsConfig config = BeatsConfig::fromJson(weights.config);
    Beats beats(config);
    torch::NoGradGuard noGrad;
    auto ours = beats->named_parameters();
    // Layers ≥ 1 carry copies of layer 0's position table: one parameter in Python, where the
    // last copy loaded wins (README "Shared storage"); so too here.
    static const std::regex sharedTable(R"(encoder\.layers\.(\d+)\.self_attn\.relative_attention_bias\.weight)");
    const std::string table = "encoder.layers.0.self_attn.relative_attention_bias.weight";
    std::set<std::string> loaded;
    std::vector<std::string> unexpected, wrongShape;
    for (const auto &[key, tensor] : weights.tensors) {
        std::smatch m;
        const bool isTable = std::regex_match(key, m, sharedTable) && m[1].length() <= 6 && std::stoul(m[1].str()) < std::size_t(config.layers);
        const std::string target = isTable ? table : key;
        torch::Tensor *parameter = ours.find(target);
        if (!parameter) {
            if (key.rfind("predictor.", 0) != 0) // a fine-tuned model's classifier
                unexpected.push_back(key);
            continue;
        }
        if (parameter->sizes() != tensor.sizes()) {
            std::ostringstream s;
            s << key << " is " << tensor.sizes() << ", the cfg needs " << parameter->sizes();
            wrongShape.push_back(s.str());
            loaded.insert(target); // present, so not also listed as missing
            continue;
        }
        parameter->copy_(tensor);
        loaded.insert(target);
    }
    std::vector<std::string> missing;
    for (const auto &p : ours.pairs())
        if (!loaded.count(p.first))
            missing.push_back(p.first);
    std::string problems;
    auto list = [&](const char *what, const std::vector<std::string> &keys) {
        if (keys.empty())
            return;
        problems += problems.empty() ? "" : "; ";
        problems += what;
        for (std::size_t i = 0; i < keys.size() && i < 8; ++i)
            problems += (i ? ", " : " ") + keys[i];
        if (keys.size() > 8)
            problems += " and " + std::to_string(keys.size() - 8) + " more";
    };
    list("wrong shape:", wrongShape);
    list("missing keys:", missing);
    list("unexpected keys:", unexpected);
    if (!problems.empty())
        throw std::runtime_error("the weights do not fit a BEATs of their cfg (" + problems + ")");
    beats->eval();
    return beats;
}

} // namespace asd
