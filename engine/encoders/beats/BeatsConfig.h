// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

namespace asd {

// The fields of BEATsConfig (microsoft/unilm beats/BEATs.py) that inference uses, read from a
// checkpoint's cfg. Defaults are BEATsConfig's own, but max_distance must come from the file:
// the class default (1280) is not what the releases were trained with (800).
struct BeatsConfig {
    int patchSize = 16;        // input_patch_size
    int embedDim = 512;        // embed_dim: patch embedding width E
    bool convBias = false;     // conv_bias: patch embedding bias
    int layers = 12;           // encoder_layers
    int dim = 768;             // encoder_embed_dim D
    int ffnDim = 3072;         // encoder_ffn_embed_dim
    int heads = 12;            // encoder_attention_heads
    bool deepNorm = false;     // deep_norm: residual scaled by (2L)^(1/4)
    int convPos = 128;         // conv_pos: kernel of the convolutional position embedding
    int convPosGroups = 16;    // conv_pos_groups
    int numBuckets = 320;      // num_buckets of the relative position bias
    int maxDistance = 1280;    // max_distance
    bool gruRelPos = false;    // gru_rel_pos: the gated position bias
    bool finetuned = false;    // finetuned_model: a classifier head (ignored here)

    // Throws std::runtime_error naming the field for a config this implementation does not run
    // (pre-LN blocks, no relative position bias, an activation other than GELU, bad sizes).
    static BeatsConfig fromJson(const nlohmann::ordered_json &cfg);
    std::int64_t parameterCount() const; // unique parameters, the shared position table once
    // The network's multiply-adds for one clip of `tokens` patches: what its arithmetic costs
    // (bench_encoder sets it against the matrix product's rate).
    double multiplyAdds(std::int64_t tokens) const;
};

} // namespace asd
