// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include "backends/NearestNeighbours.h"

namespace asd {

// What a handful of faults the user has heard can add to a normal-only score (issue #33,
// part 4): a linear look at them, Fisher's direction from the normal clips' mean embedding to
// the faults' mean, through the normal clips' covariance shrunk halfway to a multiple of the
// identity (a few faults give a mean, never a covariance of their own; tens of normal clips
// give only a rough one in hundreds of dimensions). A clip's score grows by how far it lies
// along that direction, in standard deviations of the normal clips along it, times half the
// spread of the training scores (weight and shrinkage chosen on the valve set:
// bench/known_faults.py, docs/BENCHMARKS.md). Every family that embeds its clips takes it alike.
class FaultDirection {
public:
    FaultDirection() = default;
    // Empty (adds nothing) without faults, or where the faults' mean is the normal clips'.
    FaultDirection(const Embeddings &normals, const Embeddings &faults, const std::vector<double> &trainingScores);

    bool empty() const { return m_direction.empty(); }
    std::size_t dimension() const { return m_direction.size(); } // the embeddings' length
    // The score with the clip's pull towards the faults added; the score itself when empty.
    double adjust(double score, const std::vector<float> &embedding) const;

    // The fitted direction and its three scales, as a detector file keeps them; restore()
    // reads them back, throwing std::invalid_argument for values no fit gives.
    std::vector<float> saved() const;
    static FaultDirection restore(const std::vector<float> &saved);

private:
    std::vector<float> m_direction; // unit length
    double m_normalProjection = 0.0, m_normalSpread = 1.0, m_scoreSpread = 0.0;
};

} // namespace asd
