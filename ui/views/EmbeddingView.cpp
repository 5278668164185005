// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/EmbeddingView.h"

#include <QtConcurrent/QtConcurrentRun>

#include "models/DatasetTreeModel.h"
#include "plots/ColorMaps.h"
#include "score/ProjectorFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace asd::ui {

EmbeddingView::EmbeddingView(QWidget *parent)
    : QWidget(parent), m_colorBy(new QComboBox), m_method(new QComboBox), m_search(new QLineEdit), m_showTraining(new QCheckBox(tr("Training clips"))), m_export(new QPushButton(tr("Export for TensorBoard…"))), m_neighbours(new QListWidget),
      m_plot(new QCustomPlot), m_hover(new QLabel)
{
    m_colorBy->addItems({tr("machine ID / section"), tr("label"), tr("domain"), tr("score within its ID")});
    m_method->addItems({tr("PCA"), tr("t-SNE")});
    m_method->setToolTip(tr("t-SNE keeps neighbourhoods; it is computed in the background"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Projection")));
    top->addWidget(m_method);
    top->addWidget(new QLabel(tr("Colour by")));
    top->addWidget(m_colorBy);
    m_search->setPlaceholderText(tr("Find clips by file name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setToolTip(tr("Rings the clips whose names contain this and lists them. Shift+drag on the plot "
                            "lists the clips in a box."));
    m_showTraining->setChecked(true);
    m_showTraining->setToolTip(tr("Show the normal training clips the detector compares against, in grey"));
    m_showTraining->setEnabled(false); // until a scoring run hands them over
    top->addWidget(m_showTraining);
    connect(m_showTraining, &QCheckBox::toggled, this, &EmbeddingView::redraw);
    m_export->setToolTip(tr("Write vectors.tsv and metadata.tsv, which TensorBoard's Embedding Projector loads"));
    m_export->setEnabled(false); // until there are embeddings
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the projector files"));
        if (!dir.isEmpty())
            exportProjector(dir);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { search(text); });
    m_hover->setWordWrap(true); // long hover texts and translations must not widen the window
    top->addStretch();
    // The search and what the mouse is over on a second row: the first stays narrow enough
    // for a laptop's screen in every language.
    auto *second = new QHBoxLayout;
    second->addWidget(m_search);
    second->addWidget(m_hover, 1);
    second->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    auto *body = new QHBoxLayout;
    body->addWidget(m_plot, 1);
    m_neighbours->setMinimumWidth(340); // a whole DCASE file name
    m_neighbours->setMaximumWidth(420);
    m_neighbours->setWordWrap(false);
    m_neighbours->setTextElideMode(Qt::ElideMiddle); // long DCASE names keep their clip number
    m_neighbours->setAlternatingRowColors(true);
    m_neighbours->setToolTip(tr("The clicked clip's nearest neighbours in the embedding space; double-click one to open it"));
    m_neighbours->hide(); // until a point is clicked
    body->addWidget(m_neighbours);
    layout->addLayout(body, 1);
    connect(m_neighbours, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT clipActivated(path);
    });
    // Until a scoring job hands over embeddings, say where they come from instead of showing
    // an empty plot.
    m_plot->legend->setVisible(false);
    // The legend beside the plot, at its top, never over its points.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto *side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, side);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot)); // takes the height below it
    side->setRowStretchFactor(0, 0.001);
    showNothingYet();
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    // Shift+drag draws a selection box; plain drags still pan.
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect &r, QMouseEvent *) {
        m_plot->setSelectionRectMode(QCP::srmNone);
        selectBox(QRectF(QPointF(m_plot->xAxis->pixelToCoord(r.left()), m_plot->yAxis->pixelToCoord(r.top())),
                         QPointF(m_plot->xAxis->pixelToCoord(r.right()), m_plot->yAxis->pixelToCoord(r.bottom()))));
    });
    connect(m_plot->selectionRect(), &QCPSelectionRect::canceled, this,
            [this] { m_plot->setSelectionRectMode(QCP::srmNone); });
    m_plot->installEventFilter(this);
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, &EmbeddingView::redraw);
    connect(m_method, &QComboBox::currentIndexChanged, this, &EmbeddingView::project);
    connect(&m_watcher, &QFutureWatcher<Projection2d>::finished, this, [this] {
        const Projection2d p = m_watcher.result();
        if (p.points.size() != m_clips.size())
            return; // cancelled or superseded
        m_points = p.points;
        m_plot->xAxis->setLabel(tr("t-SNE 1"));
        m_plot->yAxis->setLabel(tr("t-SNE 2"));
        m_hover->clear();
        redraw();
        Q_EMIT projectionReady();
    });
}

EmbeddingView::~EmbeddingView()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void EmbeddingView::setMethod(int method) { m_method->setCurrentIndex(method); }

void EmbeddingView::showNothingYet()
{
    m_hover->setText(tr("Open a model and score the dataset (Jobs ▸ Score test clips) to see its embeddings here."));
}

void EmbeddingView::project()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_cancel = false;
    if (m_method->currentIndex() == 0 || m_embeddings.empty()) {
        const Projection2d p = pcaProjection(m_embeddings);
        m_points = p.points;
        if (m_embeddings.empty()) { // no variance to tell of yet
            m_plot->xAxis->setLabel(QStringLiteral("PC 1"));
            m_plot->yAxis->setLabel(QStringLiteral("PC 2"));
        } else {
            m_plot->xAxis->setLabel(tr("PC 1 (%1% of variance)").arg(100 * p.explained[0], 0, 'f', 1));
            m_plot->yAxis->setLabel(tr("PC 2 (%1% of variance)").arg(100 * p.explained[1], 0, 'f', 1));
        }
        redraw();
        Q_EMIT projectionReady();
        return;
    }
    m_hover->setText(tr("computing t-SNE of %1 clips…").arg(m_embeddings.size()));
    m_watcher.setFuture(QtConcurrent::run([rows = m_embeddings, cancel = &m_cancel] {
        return tsneProjection(rows, 30.0, 750, 1, cancel);
    }));
}

QString EmbeddingView::hoverText() const { return m_hover->text(); }

void EmbeddingView::setEmbeddings(const std::vector<ScoredClip> &clips, const std::vector<std::vector<float>> &emb,
                                  const std::vector<ScoredClip> &trainingClips,
                                  const std::vector<std::vector<float>> &trainingEmbeddings)
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_clickedIndex = -1; // another run's clips
    m_clips = clips;
    m_embeddings = emb;
    m_testCount = clips.size();
    if (trainingClips.size() == trainingEmbeddings.size()) {
        m_clips.insert(m_clips.end(), trainingClips.begin(), trainingClips.end());
        m_embeddings.insert(m_embeddings.end(), trainingEmbeddings.begin(), trainingEmbeddings.end());
    }
    m_showTraining->setEnabled(m_clips.size() > m_testCount);
    m_export->setEnabled(!m_clips.empty());
    m_points.clear();
    m_hover->clear();
    if (clips.empty())
        showNothingYet();
    m_plot->legend->setVisible(!clips.empty());
    project();
}

void EmbeddingView::redraw()
{
    m_plot->clearGraphs();
    if (m_points.size() != m_clips.size()) {
        m_plot->replot();
        return;
    }
    // Scores differ in scale between IDs, so a clip is coloured by its rank among its own
    // ID's clips, in fifths from the lowest (dark) to the highest (bright).
    std::vector<int> fifth(m_clips.size(), 0);
    {
        std::map<std::string, std::vector<double>> byGroup;
        for (std::size_t i = 0; i < m_testCount; ++i)
            byGroup[groupKey(m_clips[i].machineType, m_clips[i].group)].push_back(m_clips[i].score);
        for (auto &[group, scores] : byGroup)
            std::sort(scores.begin(), scores.end());
        for (std::size_t i = 0; i < m_testCount; ++i) {
            const auto &scores = byGroup[groupKey(m_clips[i].machineType, m_clips[i].group)];
            const auto below = std::lower_bound(scores.begin(), scores.end(), m_clips[i].score) - scores.begin();
            fifth[i] = std::min(4, int(5 * below / std::max<std::ptrdiff_t>(1, std::ptrdiff_t(scores.size()))));
        }
    }
    static const char *const fifths[] = {QT_TR_NOOP("lowest fifth of its ID"), QT_TR_NOOP("second fifth"),
                                         QT_TR_NOOP("middle fifth"), QT_TR_NOOP("fourth fifth"),
                                         QT_TR_NOOP("highest fifth of its ID")};
    // One colour per category; anomalies drawn as crosses, normals as discs.
    std::map<std::string, int> colours;
    std::map<std::pair<std::string, bool>, QCPGraph *> graphs;
    // The reference: training clips as grey rings, drawn first so the test clips lie on top.
    if (m_showTraining->isChecked() && m_points.size() > m_testCount) {
        QCPGraph *training = m_plot->addGraph();
        training->setLineStyle(QCPGraph::lsNone);
        training->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(150, 150, 150), 1), Qt::NoBrush, 6));
        training->setAdaptiveSampling(false);
        training->setName(tr("training clips (normal)"));
        for (std::size_t i = m_testCount; i < m_points.size(); ++i)
            training->addData(m_points[i].first, m_points[i].second);
    }
    // Each clip's category; the graphs are made in the categories' order (IDs by name, the
    // score fifths from the lowest), so the legend lists them in that order.
    const bool byScore = m_colorBy->currentIndex() == 3;
    std::vector<std::pair<std::string, bool>> category(std::min(m_testCount, m_points.size()));
    for (std::size_t i = 0; i < category.size(); ++i) {
        const ScoredClip &c = m_clips[i];
        std::string key;
        switch (m_colorBy->currentIndex()) {
        case 0: key = c.machineType + " " + c.group; break;
        case 1: key = DatasetTreeModel::labelText(c.label).toStdString(); break;
        case 2: key = toString(c.domain); break;
        default: key = std::to_string(fifth[i]) + tr(fifths[fifth[i]]).toStdString(); break;
        }
        category[i] = {key, c.label == Label::Anomaly && m_colorBy->currentIndex() != 1};
        colours.emplace(key, 0);
        graphs.emplace(category[i], nullptr);
    }
    int colour = 0;
    for (auto &[key, index] : colours)
        index = colour++;
    for (auto &[which, g] : graphs) {
        const auto &[key, cross] = which;
        g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const QColor pen = byScore ? colorMap(QStringLiteral("viridis")).color(key[0] - '0', QCPRange(0, 4))
                                   : categoricalColor(colours[key] % 10);
        g->setScatterStyle(QCPScatterStyle(cross ? QCPScatterStyle::ssCross : QCPScatterStyle::ssDisc, pen, cross ? 7 : 5));
        g->setAdaptiveSampling(false); // every point matters in a scatter
        // A score fifth's key leads with its digit (fifths of equal name stay apart); its name does not.
        g->setName(QString::fromStdString(byScore ? key.substr(1) : key) + (cross ? tr(" (anomaly)") : QString()));
    }
    for (std::size_t i = 0; i < category.size(); ++i)
        graphs[category[i]]->addData(m_points[i].first, m_points[i].second);
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.1);
    m_plot->yAxis->scaleRange(1.1);
    m_rings = m_clicked = m_neighbourRings = nullptr; // clearGraphs() took them
    if (!m_search->text().isEmpty())
        search(m_search->text());
    if (m_clickedIndex >= 0)
        selectPoint(m_clickedIndex);
    m_plot->replot();
}

QCPGraph *EmbeddingView::mark(QCPGraph *old, const std::vector<std::size_t> &indices, const QCPScatterStyle &style, const QString &name)
{
    if (old)
        m_plot->removeGraph(old);
    if (indices.empty())
        return nullptr;
    QCPGraph *g = m_plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(style);
    g->setName(name);
    for (std::size_t i : indices)
        if (i < m_points.size())
            g->addData(m_points[i].first, m_points[i].second);
    return g;
}

int EmbeddingView::search(const QString &text)
{
    std::vector<std::size_t> hits;
    if (!text.isEmpty() && m_points.size() == m_clips.size())
        for (std::size_t i = 0; i < m_clips.size(); ++i)
            if (shown(i) && QString::fromStdString(m_clips[i].fileName).contains(text, Qt::CaseInsensitive))
                hits.push_back(i);
    m_rings = mark(m_rings, hits, QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), Qt::NoBrush, 14),
                   tr("matches “%1”").arg(text));
    m_plot->replot();
    if (text.isEmpty())
        m_neighbours->hide();
    else
        listClips(tr("%n clip(s) named like “%1”", nullptr, int(hits.size())).arg(text), hits);
    return int(hits.size());
}

int EmbeddingView::selectBox(const QRectF &coordinates)
{
    const QRectF box = coordinates.normalized();
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < m_points.size() && i < m_clips.size(); ++i)
        if (shown(i) && box.contains(m_points[i].first, m_points[i].second))
            inside.push_back(i);
    listClips(tr("%n clip(s) in the box", nullptr, int(inside.size())), inside);
    return int(inside.size());
}

void EmbeddingView::listClips(const QString &title, const std::vector<std::size_t> &indices)
{
    m_neighbours->clear();
    m_neighbours->addItem(title);
    for (std::size_t i : indices) {
        const ScoredClip &o = m_clips[i];
        auto *item = new QListWidgetItem(describe(o, i));
        item->setData(Qt::UserRole, QString::fromStdString(o.path));
        item->setToolTip(QString::fromStdString(o.path));
        m_neighbours->addItem(item);
    }
    m_neighbours->show();
}

bool EmbeddingView::exportProjector(const QString &dir)
{
    if (m_clips.empty()) {
        Q_EMIT status(tr("No embeddings to export yet: score the test clips first"));
        return false;
    }
    try {
        const auto split = std::ptrdiff_t(std::min(m_testCount, m_clips.size()));
        writeProjectorFiles(dir.toStdString(), {m_clips.begin(), m_clips.begin() + split},
                            {m_embeddings.begin(), m_embeddings.begin() + split}, {m_clips.begin() + split, m_clips.end()},
                            {m_embeddings.begin() + split, m_embeddings.end()});
    } catch (const std::exception &e) {
        Q_EMIT status(tr("Export failed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    Q_EMIT status(tr("Wrote vectors.tsv and metadata.tsv to %1 (TensorBoard projector: Load)").arg(dir));
    return true;
}

QStringList EmbeddingView::listedPaths() const
{
    QStringList out;
    for (int r = 0; r < m_neighbours->count(); ++r)
        if (const QString p = m_neighbours->item(r)->data(Qt::UserRole).toString(); !p.isEmpty())
            out << p;
    return out;
}

bool EmbeddingView::shown(std::size_t i) const { return i < m_testCount || m_showTraining->isChecked(); }

QString EmbeddingView::describe(const ScoredClip &c, std::size_t i) const
{
    const QString what = i < m_testCount ? tr("%1 · score %2").arg(DatasetTreeModel::labelText(c.label)).arg(c.score, 0, 'g', 4)
                                         : tr("training clip");
    return tr("%1\n%2 %3 · %4").arg(QString::fromStdString(c.fileName), QString::fromStdString(c.machineType),
                                    QString::fromStdString(c.group), what);
}

int EmbeddingView::nearest(const QPointF &pixel) const
{
    int best = -1;
    double bestD = 12 * 12; // within 12 pixels
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (!shown(i))
            continue;
        const double dx = m_plot->xAxis->coordToPixel(m_points[i].first) - pixel.x();
        const double dy = m_plot->yAxis->coordToPixel(m_points[i].second) - pixel.y();
        if (dx * dx + dy * dy < bestD) {
            bestD = dx * dx + dy * dy;
            best = int(i);
        }
    }
    return best;
}

void EmbeddingView::selectPoint(int index)
{
    m_neighbours->clear();
    m_clickedIndex = -1;
    m_clicked = mark(m_clicked, {}, {}, {});
    m_neighbourRings = mark(m_neighbourRings, {}, {}, {});
    if (index < 0 || std::size_t(index) >= m_clips.size() || m_embeddings.size() != m_clips.size()) {
        m_plot->replot();
        return;
    }
    m_clickedIndex = index;
    const auto &x = m_embeddings[std::size_t(index)];
    std::vector<std::pair<double, std::size_t>> byDistance;
    for (std::size_t j = 0; j < m_embeddings.size(); ++j) {
        if (int(j) == index || m_embeddings[j].size() != x.size() || !shown(j))
            continue;
        double d = 0;
        for (std::size_t k = 0; k < x.size(); ++k)
            d += (double(x[k]) - m_embeddings[j][k]) * (double(x[k]) - m_embeddings[j][k]);
        byDistance.emplace_back(std::sqrt(d), j);
    }
    const std::size_t listed = std::min<std::size_t>(8, byDistance.size());
    std::partial_sort(byDistance.begin(), byDistance.begin() + std::ptrdiff_t(listed), byDistance.end());
    const ScoredClip &c = m_clips[std::size_t(index)];
    m_neighbours->addItem(tr("Nearest to %1").arg(describe(c, std::size_t(index))));
    for (std::size_t n = 0; n < listed; ++n) {
        const ScoredClip &o = m_clips[byDistance[n].second];
        auto *item = new QListWidgetItem(tr("%1 · distance %2")
                                             .arg(describe(o, byDistance[n].second))
                                             .arg(byDistance[n].first, 0, 'g', 3));
        item->setData(Qt::UserRole, QString::fromStdString(o.path));
        item->setToolTip(QString::fromStdString(o.path));
        item->setData(Qt::UserRole + 1, byDistance[n].first);
        m_neighbours->addItem(item);
    }
    m_neighbours->show();
    // On the plot too: the clicked clip in red, its neighbours ringed (in the embedding's own
    // space, so in a projection they need not be the points nearest on screen).
    std::vector<std::size_t> neighbours;
    for (std::size_t n = 0; n < listed; ++n)
        neighbours.push_back(byDistance[n].second);
    m_neighbourRings = mark(m_neighbourRings, neighbours,
                            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xff, 0x7f, 0x0e), 2), Qt::NoBrush, 13),
                            tr("its nearest neighbours"));
    m_clicked = mark(m_clicked, {std::size_t(index)},
                     QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xd6, 0x27, 0x28), 3), Qt::NoBrush, 17),
                     tr("clicked clip"));
    m_plot->replot();
}

bool EmbeddingView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::MouseButtonPress &&
        (static_cast<QMouseEvent *>(event)->modifiers() & Qt::ShiftModifier))
        m_plot->setSelectionRectMode(QCP::srmCustom); // this drag draws a box (accepted above)
    if (watched == m_plot && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
        !(static_cast<QMouseEvent *>(event)->modifiers() & Qt::ShiftModifier)) {
        if (const int i = nearest(static_cast<QMouseEvent *>(event)->position()); i >= 0)
            selectPoint(i);
    }
    if (watched == m_plot && (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonDblClick)) {
        const int i = nearest(static_cast<QMouseEvent *>(event)->position());
        if (i >= 0) {
            const ScoredClip &c = m_clips[std::size_t(i)];
            m_hover->setText(describe(c, std::size_t(i)).replace(QLatin1Char('\n'), QStringLiteral(" — ")));
            if (event->type() == QEvent::MouseButtonDblClick && !c.path.empty()) {
                Q_EMIT clipActivated(QString::fromStdString(c.path));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace asd::ui
