// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include "dataset/Clip.h"
#include "models/AsdNet.h"
#include "models/EmbeddingLayer.h"
#include "loader/BatchLoader.h"

namespace asd {

struct ModelOutputs {
    std::vector<double> arcfaceScores;           // CE of the margin logits against the clip's own class
    std::vector<std::vector<float>> embeddings;  // of the layer asked for, if any
    std::vector<bool> ok;                        // false: the clip could not be read (see cache.error)
};

// Runs the model in eval mode over the clips, in batches and without gradients.
// classes[i] is the clip's class index, or -1 when the model does not know it (an
// evaluation ID it never trained on); such clips score -log of the top softmax
// probability instead. Reference §5: the margin is applied at test time too.
ModelOutputs runModel(AsdNet &net, ExampleCache &cache, const std::vector<std::int64_t> &classes,
                      torch::Device device, int batchSize, std::optional<EmbeddingLayer> embeddings,
                      const std::atomic<bool> *cancel = nullptr,
                      const std::function<void(std::size_t done, std::size_t total)> &progress = {});

// The references' score for one batch of network outputs: CE of the margin logits against
// each clip's own class, or, where classes[k] < 0 (a class the model never saw), -log of the
// top softmax probability of the plain cosine logits. `out` must come from labels where
// unknown classes were replaced by any valid index.
std::vector<double> arcfaceScores(AsdNet &net, const AsdNetOutput &out, const std::vector<std::int64_t> &classes);

} // namespace asd
