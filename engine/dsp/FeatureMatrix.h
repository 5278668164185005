// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace asd {

// A time-frequency map, row-major [rows][cols]: rows are frequency bins or mel bands,
// columns are frames. The layout of the torchaudio fixtures and of the model input.
struct FeatureMatrix {
    int rows = 0;
    int cols = 0;
    std::vector<float> data;

    FeatureMatrix() = default;
    FeatureMatrix(int r, int c, float fill = 0.0f) : rows(r), cols(c), data(std::size_t(r) * c, fill) {}
    float &at(int r, int c) { return data[std::size_t(r) * cols + c]; }
    float at(int r, int c) const { return data[std::size_t(r) * cols + c]; }
};

} // namespace asd
