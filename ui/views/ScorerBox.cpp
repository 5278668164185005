// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ScorerBox.h"

namespace asd::ui {

ScorerBox::ScorerBox(bool withArcFace, QWidget *parent) : QComboBox(parent)
{
    addItem(tr("The detector's own score"), QStringLiteral("auto"));
    if (withArcFace)
        addItem(tr("ArcFace score (own-class cross-entropy)"), QStringLiteral("arcface"));
    addItem(tr("Nearest neighbour (k = 1, cosine)"), QStringLiteral("knn"));
    addItem(tr("Nearest neighbour on the backbone output (k = 1, cosine)"), QStringLiteral("knn-backbone"));
    setItemData(count() - 1,
                tr("Compares MobileFaceNet's output before the feature perturbation head, which keeps more of the "
                   "machine under heavy noise"),
                Qt::ToolTipRole);
}

ScoreConfig::Scorer ScorerBox::scorer() const
{
    const QString id = currentData().toString();
    return id.startsWith(QLatin1String("knn")) ? ScoreConfig::Scorer::Knn
           : id == QLatin1String("arcface")    ? ScoreConfig::Scorer::ArcFace
                                               : ScoreConfig::Scorer::Auto;
}

EmbeddingLayer ScorerBox::layer() const
{
    return currentData().toString() == QLatin1String("knn-backbone") ? EmbeddingLayer::Backbone
                                                                      : EmbeddingLayer::Head;
}

} // namespace asd::ui
