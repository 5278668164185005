// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "metrics/Evaluation.h"

namespace asd {

// Embeddings in the format TensorBoard's Embedding Projector loads (projector.tensorflow.org,
// "Load": a vectors TSV and a metadata TSV), so they open there unchanged:
//   DIR/vectors.tsv   one clip per line, its embedding's values separated by tabs;
//   DIR/metadata.tsv  a header line, then per clip: file, machine_type, group (ID or section),
//                     domain, label, score, split (test, or train for the reference clips).
// The training clips (scores NaN) follow the test clips when given. Written atomically; throws
// std::runtime_error naming the file that cannot be written, or when embeddings and clips differ
// in number or the embeddings in length.
void writeProjectorFiles(const std::string &dir, const std::vector<ScoredClip> &clips,
                         const std::vector<std::vector<float>> &embeddings,
                         const std::vector<ScoredClip> &trainingClips = {},
                         const std::vector<std::vector<float>> &trainingEmbeddings = {});

} // namespace asd
