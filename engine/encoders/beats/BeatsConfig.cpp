// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/beats/BeatsConfig.h"

#include <stdexcept>
#include <string>

namespace asd {

namespace {

template <typename T> void field(const nlohmann::ordered_json &cfg, const char *name, T &into)
{
    if (!cfg.contains(name))
        return;
    const auto &v = cfg[name];
    if constexpr (std::is_same_v<T, bool>) {
        if (!v.is_boolean())
            throw std::runtime_error(std::string("cfg field ") + name + " is not true or false");
        into = v.get<bool>();
    } else {
        if (!v.is_number_integer())
            throw std::runtime_error(std::string("cfg field ") + name + " is not an integer");
        const std::int64_t i = v.get<std::int64_t>();
        if (i < 1 || i > 1'000'000)
            throw std::runtime_error(std::string("cfg field ") + name + " = " + std::to_string(i) + " is out of range");
        into = int(i);
    }
}

} // namespace

BeatsConfig BeatsConfig::fromJson(const nlohmann::ordered_json &cfg)
{
    BeatsConfig c;
    field(cfg, "input_patch_size", c.patchSize);
    field(cfg, "embed_dim", c.embedDim);
    field(cfg, "conv_bias", c.convBias);
    field(cfg, "encoder_layers", c.layers);
    field(cfg, "encoder_embed_dim", c.dim);
    field(cfg, "encoder_ffn_embed_dim", c.ffnDim);
    field(cfg, "encoder_attention_heads", c.heads);
    field(cfg, "deep_norm", c.deepNorm);
    field(cfg, "conv_pos", c.convPos);
    field(cfg, "conv_pos_groups", c.convPosGroups);
    field(cfg, "num_buckets", c.numBuckets);
    field(cfg, "max_distance", c.maxDistance);
    field(cfg, "gru_rel_pos", c.gruRelPos);
    field(cfg, "finetuned_model", c.finetuned);
    bool layerNormFirst = false, relative = true;
    field(cfg, "layer_norm_first", layerNormFirst);
    field(cfg, "relative_position_embedding", relative);
    if (layerNormFirst)
        throw std::runtime_error("cfg layer_norm_first = True (pre-LN blocks) is not supported; BEATs releases use "
                                 "post-LN blocks");
    if (!relative)
        throw std::runtime_error("cfg relative_position_embedding = False is not supported; BEATs releases use it");
    if (cfg.contains("activation_fn") && cfg["activation_fn"] != "gelu")
        throw std::runtime_error("cfg activation_fn = " + cfg["activation_fn"].dump() + " is not supported (gelu is)");
    if (c.patchSize != 16)
        throw std::runtime_error("cfg input_patch_size = " + std::to_string(c.patchSize) +
                                 " is not supported (16 is, for 128 mel bins)");
    if (c.dim % c.heads || c.dim % c.convPosGroups || c.numBuckets < 4)
        throw std::runtime_error("cfg sizes do not fit together (encoder_embed_dim, heads, conv_pos_groups, "
                                 "num_buckets)");
    if (c.maxDistance <= c.numBuckets / 4)
        throw std::runtime_error("cfg max_distance must exceed num_buckets / 4");
    return c;
}

std::int64_t BeatsConfig::parameterCount() const
{
    const std::int64_t E = embedDim, D = dim, F = ffnDim, P = patchSize, hd = D / heads;
    std::int64_t front = E * P * P + (convBias ? E : 0) + 2 * E + E * D + D;
    std::int64_t posConv = D * (D / convPosGroups) * convPos + convPos + D + 2 * D; // + encoder.layer_norm
    std::int64_t layer = 4 * (D * D + D) + (gruRelPos ? hd * 8 + 8 + heads : 0) + 2 * D + D * F + F + F * D + D + 2 * D;
    return front + posConv + layers * layer + std::int64_t(numBuckets) * heads;
}

double BeatsConfig::multiplyAdds(std::int64_t tokens) const
{
    const double T = double(tokens), E = embedDim, D = dim, F = ffnDim, P = patchSize;
    const double front = T * (P * P * E + E * D);                   // patch embedding, projection to D
    const double posConv = T * D * (D / convPosGroups) * convPos;  // the convolutional position embedding
    const double layer = 4 * T * D * D                              // query, key, value, output
                         + 2 * T * T * D                            // scores and their weighted sum
                         + 2 * T * D * F                            // feed-forward
                         + (gruRelPos ? T * D * 8 : 0);             // the gated position bias
    return front + posConv + layers * layer;
}

} // namespace asd
