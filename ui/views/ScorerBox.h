// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include "score/ScoreRun.h"

namespace asd::ui {

// How test clips are scored, as the Jobs view (scoring) and the noise lab (sweeps) offer it:
// the detector's own score, the ArcFace score (scoring only), or nearest neighbours on the
// head's embedding or on MobileFaceNet's output before it (ScoreConfig::layer).
class ScorerBox : public QComboBox {
    Q_OBJECT
public:
    explicit ScorerBox(bool withArcFace, QWidget *parent = nullptr);
    ScoreConfig::Scorer scorer() const;
    EmbeddingLayer layer() const;
};

} // namespace asd::ui
