// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace asd {

// Plain C++ (no torch) so the GUI can offer it.
// The layer whose output nearest-neighbour scoring compares: the embedding ArcFace sees
// (after the feature perturbation head, L2-normalised) or the MobileFaceNet output before
// it. Reference §8: kNN results depend on the layer. Under heavy noise the backbone keeps
// more of the machine (README, "Robustness to noise").
enum class EmbeddingLayer { Head, Backbone };
const char *toString(EmbeddingLayer layer);
EmbeddingLayer embeddingLayerFromString(const std::string &s); // throws std::invalid_argument

} // namespace asd
