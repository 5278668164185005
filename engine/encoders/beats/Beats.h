// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <torch/torch.h>

#include "encoders/adaptation/Lora.h"
#include "encoders/beats/BeatsConfig.h"

namespace asd {

struct EncoderWeights;

// BEATs (Chen et al., "BEATs: Audio Pre-Training with Acoustic Tokenizers", ICML 2023;
// microsoft/unilm beats/, MIT licence), the encoder alone, for inference. Modules are named as
// the official state_dict names them, so a checkpoint loads key by key. Each step is described,
// with its constants, in ../shared/fixtures/beats/README.md (copied to tests/data/beats/).

// Bucket of each relative position key − query (T5's bidirectional log buckets), as the
// official _relative_positions_bucket computes them, in float32. rel: int64 tensor.
torch::Tensor relativePositionBuckets(const torch::Tensor &rel, int numBuckets, int maxDistance);

// Multi-head self-attention with BEATs's gated relative position bias (README steps 15-17).
struct BeatsAttentionImpl : torch::nn::Module {
    BeatsAttentionImpl(const BeatsConfig &c, bool ownsPositionTable);
    // x: [B][N][D]; positionBias: un-gated [H][N][N], computed once by layer 0.
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &positionBias);
    torch::Tensor positionBias(std::int64_t tokens) const; // layer 0 only

    int heads, numBuckets, maxDistance;
    bool gated;
    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, out_proj{nullptr}, grep_linear{nullptr};
    torch::Tensor grep_a;
    torch::nn::Embedding relative_attention_bias{nullptr};
    Lora q_lora{nullptr}, k_lora{nullptr}, v_lora{nullptr}, out_lora{nullptr}; // when adapted
};
TORCH_MODULE(BeatsAttention);

// A post-LN transformer block with deep norm (README step 14):
// x = LN(α·x + Attn(x)); x = LN(α·x + fc2(GELU(fc1(x)))), α = (2L)^(1/4) with deep norm, else 1.
struct BeatsLayerImpl : torch::nn::Module {
    BeatsLayerImpl(const BeatsConfig &c, bool ownsPositionTable);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &positionBias);

    double alpha;
    BeatsAttention self_attn{nullptr};
    torch::nn::LayerNorm self_attn_layer_norm{nullptr}, final_layer_norm{nullptr};
    torch::nn::Linear fc1{nullptr}, fc2{nullptr};
    Lora fc1_lora{nullptr}, fc2_lora{nullptr}; // when adapted
};
TORCH_MODULE(BeatsLayer);

// The convolutional relative position embedding (README step 12): a grouped Conv1d whose weight
// is weight-normalised over dim 2, w = g · v / ‖v‖ per kernel tap, then SamePad, then GELU.
// Held as pos_conv.0 as the official nn.Sequential names it.
struct BeatsPositionConvImpl : torch::nn::Module {
    explicit BeatsPositionConvImpl(const BeatsConfig &c);
    torch::Tensor forward(const torch::Tensor &x); // [B][N][D] → [B][N][D]

    int kernel, groups;
    torch::Tensor weight_g, weight_v, bias;
};
TORCH_MODULE(BeatsPositionConv);

struct BeatsImpl : torch::nn::Module {
    explicit BeatsImpl(const BeatsConfig &c);

    // fbank [B][T][128] (beatsFbank) → tokens [B][N][D] after patch embedding, LayerNorm and
    // projection; N = (T / 16) · 8, time-major (token n = t·8 + f; README steps 7-11).
    torch::Tensor patchTokens(const torch::Tensor &fbank);
    // The hidden states: element 0 is the input of the first block (after the position
    // embedding and encoder.layer_norm), element l the output of block l, up to block `upTo`
    // (-1: all blocks).
    std::vector<torch::Tensor> hiddenStates(const torch::Tensor &fbank, int upTo = -1);
    // The last block's output, as BEATs.extract_features gives it.
    torch::Tensor forward(const torch::Tensor &fbank);

    // Adds LoRA to the chosen fully-connected layers of every block (adaptation/Lora.h) and
    // freezes everything else: afterwards only the adapters' parameters take gradients.
    void attachLora(const LoraOptions &options);
    // The adapters' parameters, named as in named_parameters() (for saving and optimising).
    std::vector<std::pair<std::string, torch::Tensor>> loraParameters();
    // Adds each adapter's (α / r) · B A to its layer's weight and removes the adapter: the
    // merged encoder embeds as the adapted one did, at the pretrained encoder's cost.
    void mergeLora();
    // Off: every layer as pretrained, the adapters kept (the frozen teacher of a student).
    void setLoraEnabled(bool enabled);

    BeatsConfig config;
    torch::nn::Conv2d patch_embedding{nullptr};
    torch::nn::LayerNorm layer_norm{nullptr};
    torch::nn::Linear post_extract_proj{nullptr};
    std::shared_ptr<torch::nn::Module> encoder;
    BeatsPositionConv pos_conv{nullptr};
    torch::nn::LayerNorm encoder_layer_norm{nullptr};
    torch::nn::ModuleList layers{nullptr};
};
TORCH_MODULE(Beats);

// Builds a BEATs from a checkpoint's config and tensors. Every key is checked against the
// config: the error names each missing key, each unexpected key and each wrong shape. The
// copies of the shared position table that layers ≥ 1 carry, and a fine-tuned model's
// predictor.*, are accepted and not used. Throws std::runtime_error.
Beats loadBeats(const EncoderWeights &weights);

} // namespace asd
