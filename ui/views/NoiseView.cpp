// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/NoiseView.h"

#include "playback/ClipPlayer.h"

#include "dsp/DisplaySpectrogram.h"
#include "mix/Mixer.h"
#include "models/DatasetTreeModel.h"
#include "plots/ColorMaps.h"
#include "plots/SpectrogramPlot.h"
#include "views/GuiListener.h"
#include "views/ScorerBox.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace asd::ui {

NoiseView::NoiseView(QWidget *parent)
    : QWidget(parent), m_noiseBox(new QComboBox), m_snr(new QSlider(Qt::Horizontal)), m_snrLabel(new QLabel),
      m_clipLabel(new QLabel(tr("Select a clip in the dataset tree."))), m_spec(new SpectrogramPlot), m_clean(new SpectrogramPlot), m_player(new ClipPlayer(this)),
      m_sweepNoises(new QLineEdit(QStringLiteral("pink,impulsive"))),
      m_sweepSnrs(new QLineEdit(QStringLiteral("6,0,-6"))), m_compare(new QLineEdit), m_seed(new QSpinBox),
      m_scorer(new ScorerBox(false)),
      m_noisyReference(new QCheckBox(tr("Training clips noisy too"))), m_play(new QPushButton(tr("Play mixture"))),
      m_sweep(new QPushButton(tr("Run sweep"))), m_curve(new QCustomPlot), m_table(new QTableWidget(0, 5))
{
    for (const char *n : {"white", "pink", "brown", "babble", "impulsive", "modulated"})
        m_noiseBox->addItem(QString::fromLatin1(n), QString::fromLatin1(n));
    m_noiseBox->addItem(tr("Recording…"), QString());
    m_noiseBox->setCurrentIndex(1);
    connect(m_player, &ClipPlayer::position, m_spec, &SpectrogramPlot::setCursor);
    connect(m_player, &ClipPlayer::failed, this, &NoiseView::status);
    m_snr->setRange(-20, 30);
    m_snr->setValue(0);
    m_snr->setToolTip(tr("Signal-to-noise ratio of the mixture (RMS power)"));
    m_snrLabel->setMinimumWidth(140);
    m_spec->setTitle(tr("Mixture"));
    m_spec->setVisible(false); // no empty map before a clip is chosen
    m_clean->setTitle(tr("Clean"));
    m_clean->setVisible(false);
    setColourMap(QSettings().value(QStringLiteral("inspector/colors"), QStringLiteral("viridis")).toString());
    m_play->setEnabled(false);

    auto *mixBar = new QHBoxLayout;
    mixBar->addWidget(new QLabel(tr("Noise")));
    mixBar->addWidget(m_noiseBox);
    mixBar->addWidget(new QLabel(tr("SNR")));
    mixBar->addWidget(m_snr, 1);
    mixBar->addWidget(m_snrLabel);
    mixBar->addWidget(m_play);

    auto *sweepForm = new QFormLayout;
    m_sweepNoises->setToolTip(tr("Noises separated by commas: generators or recording paths"));
    m_sweepSnrs->setToolTip(tr("SNRs in dB separated by commas; the clean data is always included"));
    sweepForm->addRow(tr("Noises"), m_sweepNoises);
    sweepForm->addRow(tr("SNRs (dB)"), m_sweepSnrs);
    m_compare->setPlaceholderText(tr("run folders, separated by commas"));
    m_compare->setToolTip(tr("Detectors swept on the same mixtures as the open model, side by side "
                             "(a student's teacher is filled in)"));
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare, 1);
    auto *addCompared = new QPushButton(tr("Add…"));
    compareRow->addWidget(addCompared);
    sweepForm->addRow(tr("Compare with"), compareRow);
    m_seed->setRange(1, 1000000);
    m_seed->setToolTip(tr("Which noise is drawn: offsets into recordings and the generated noise. The same "
                          "seed gives the same mixtures; at low SNR another draw can move an AUC by a few "
                          "points, so sweep two or three seeds before trusting a small difference."));
    sweepForm->addRow(tr("Noise seed"), m_seed);
    sweepForm->addRow(tr("Scorer"), m_scorer);
    m_noisyReference->setChecked(true);
    m_noisyReference->setToolTip(tr("Mix the normal training clips too: nearest-neighbour scoring compares "
                                    "against them and the threshold is fitted on them. On: the whole plant is "
                                    "noisy, as in MIMII. Off: the reference was recorded in quiet."));
    sweepForm->addRow(QString(), m_noisyReference);
    sweepForm->addRow(QString(), m_sweep);
    m_curve->xAxis->setLabel(tr("SNR (dB); clean at the right"));
    m_curve->yAxis->setLabel(tr("AUC (%)"));
    m_curve->yAxis->setRange(0, 100);
    m_curve->legend->setVisible(false); // shown once a sweep has drawn its lines
    m_curve->legend->setFont(QFont(font().family(), font().pointSize() - 1));
    // Many lines: keep the legend beside the plot, not over it. A grid row is no taller than
    // its shortest element's maximum, hidden ones included, so the legend shares its column
    // with an empty element that takes the spare height; alone, a short legend (or the empty
    // one before a sweep) would flatten the plot to its own height.
    auto *legendColumn = new QCPLayoutGrid;
    m_curve->plotLayout()->addElement(0, 1, legendColumn);
    m_curve->plotLayout()->setColumnStretchFactor(1, 0.001);
    legendColumn->addElement(0, 0, m_curve->legend);
    legendColumn->addElement(1, 0, new QCPLayoutElement(m_curve));
    legendColumn->setRowStretchFactor(0, 0.001);
    legendColumn->setMargins(QMargins(0, 0, 6, 0)); // the legend's frame inside the widget
    m_curve->setMinimumHeight(220);
    m_table->setHorizontalHeaderLabels({tr("Condition"), tr("Model"), tr("AUC (%)"), tr("pAUC (%)"), tr("mAUC (%)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *sweepBox = new QWidget;
    auto *sweepLayout = new QHBoxLayout(sweepBox);
    auto *sweepLeft = new QVBoxLayout;
    sweepLeft->addLayout(sweepForm);
    sweepLeft->addWidget(m_table, 1);
    sweepLayout->addLayout(sweepLeft, 2); // five columns: condition, model and three figures
    sweepLayout->addWidget(m_curve, 3);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->addWidget(m_clipLabel);
    topLayout->addLayout(mixBar);
    auto *maps = new QHBoxLayout; // the clean clip beside the mixture, on the same axes
    maps->addWidget(m_clean, 1);
    maps->addWidget(m_spec, 1);
    topLayout->addLayout(maps, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(sweepBox);
    split->setSizes({420, 420}); // the two spectrograms tall enough to read
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_snr, &QSlider::valueChanged, this, &NoiseView::remix);
    connect(m_noiseBox, &QComboBox::currentIndexChanged, this, [this] {
        QString spec = m_noiseBox->currentData().toString();
        if (spec.isEmpty()) {
            spec = QFileDialog::getOpenFileName(this, tr("Noise recording"), QString(), tr("Audio (*.wav *.flac)"));
            if (spec.isEmpty())
                return;
        }
        setNoise(spec);
    });
    connect(m_play, &QPushButton::clicked, this, &NoiseView::play);
    connect(m_sweep, &QPushButton::clicked, this, &NoiseView::startSweep);
    connect(addCompared, &QPushButton::clicked, this, [this] {
        const QString run = QFileDialog::getExistingDirectory(this, tr("Run folder to compare with"));
        if (!run.isEmpty())
            m_compare->setText(m_compare->text().isEmpty() ? run : m_compare->text() + QLatin1Char(',') + run);
    });
    setNoise(QStringLiteral("pink"));
}

NoiseView::~NoiseView() = default;

void NoiseView::setModelPath(const QString &checkpoint, const QString &teacher)
{
    m_model = checkpoint;
    m_compare->setText(!teacher.isEmpty() && QFileInfo::exists(teacher) ? teacher : QString());
}
void NoiseView::setDataFolder(const QString &folder) { m_data = folder; }
void NoiseView::setSnr(int db) { m_snr->setValue(db); }

void NoiseView::setNoise(const QString &spec)
{
    try {
        m_source = parseNoiseSource(spec.toStdString());
    } catch (const std::exception &e) {
        Q_EMIT status(QString::fromUtf8(e.what()));
        return;
    }
    m_noise.clear(); // regenerated for the clip's length in remix()
    remix();
}

void NoiseView::showClip(const Clip &clip)
{
    try {
        m_audio = readAudio(clip.path);
    } catch (const AudioError &e) {
        // Not the previous clip's mixture under this selection.
        m_clip.reset();
        m_audio = {};
        m_spec->setVisible(false);
        m_clean->setVisible(false);
        m_play->setEnabled(false);
        m_clipLabel->setText(QString::fromUtf8(e.what()).toHtmlEscaped());
        Q_EMIT status(QString::fromUtf8(e.what()));
        return;
    }
    m_clip = clip;
    m_noise.clear();
    m_spec->setVisible(true);
    m_clean->setVisible(true);
    m_play->setEnabled(true);
    m_clean->setSpectrogram(displaySpectrogram(m_audio.samples, m_audio.sampleRate, displayRequest()));
    m_clipLabel->setText(tr("<b>%1</b> (%2 %3, %4)")
                             .arg(QString::fromStdString(clip.fileName).toHtmlEscaped(),
                                  QString::fromStdString(clip.machineType).toHtmlEscaped(),
                                  QString::fromStdString(groupName(clip)), DatasetTreeModel::labelText(clip.label)));
    remix();
}

void NoiseView::remix()
{
    if (!m_clip || m_audio.samples.empty())
        return;
    try {
        // The noise stays the same while the slider moves; only its gain changes.
        if (m_noise.size() != m_audio.samples.size())
            m_noise = makeNoise(m_source, m_audio.samples.size(), m_audio.sampleRate, 1);
        const Mixture m = mixAtSnr(m_audio.samples, m_noise, m_snr->value());
        m_mixture = m.samples;
        m_achievedSnr = m.snrDb;
        m_snrLabel->setText(tr("%1 dB%2").arg(m.snrDb, 0, 'f', 2).arg(m.scale < 1 ? tr(" (scaled to avoid clipping)") : QString()));
        m_spec->setSpectrogram(displaySpectrogram(m_mixture, m_audio.sampleRate, displayRequest()));
        // One colour scale for the clean clip and its mixture: the louder of the two tops it.
        const auto &clean = m_clean->map().data, &mixed = m_spec->map().data;
        if (!clean.empty() && !mixed.empty()) {
            const double top = std::max(*std::max_element(clean.begin(), clean.end()), *std::max_element(mixed.begin(), mixed.end()));
            m_clean->setSharedTop(top);
            m_spec->setSharedTop(top);
        }
    } catch (const std::exception &e) {
        Q_EMIT status(tr("Cannot mix: %1").arg(QString::fromUtf8(e.what())));
    }
}

DisplayRequest NoiseView::displayRequest() const
{
    DisplayRequest r;
    r.width = std::clamp(int(m_audio.samples.size() / std::size_t(r.stft.hop)), 1, 1600);
    return r;
}

void NoiseView::setColourMap(const QString &name)
{
    for (SpectrogramPlot *p : {m_spec, m_clean})
        p->setGradient(colorMap(name));
}

void NoiseView::play()
{
    if (m_mixture.empty())
        return;
    const QString path = tempPath(QStringLiteral("mixture.wav"));
    writeWav16(path.toStdString(), m_mixture, m_audio.sampleRate);
    m_player->play(path);
}

QString NoiseView::tempPath(const QString &name)
{
    if (!m_tmp) // made on first use: this view's own folder, removed with it
        m_tmp = std::make_unique<QTemporaryDir>();
    return m_tmp->filePath(name);
}

void NoiseView::startSweep()
{
    if (m_job && m_job->running())
        return;
    if (m_model.isEmpty() || m_data.isEmpty()) {
        Q_EMIT status(tr("A sweep needs an open dataset and a trained model (File ▸ Open Model, or train one)"));
        return;
    }
    SweepConfig c;
    c.checkpoints = {m_model.toStdString()};
    for (const QString &run : m_compare->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!QFileInfo::exists(run.trimmed())) {
            Q_EMIT status(tr("Cannot compare with %1: no such run folder or checkpoint").arg(run.trimmed()));
            return;
        }
        c.checkpoints.push_back(run.trimmed().toStdString());
    }
    m_comparing = c.checkpoints.size() > 1;
    c.dataDir = m_data.toStdString();
    c.workDir = tempPath(QStringLiteral("sweep")).toStdString();
    c.noisyReference = m_noisyReference->isChecked();
    c.seed = std::uint64_t(m_seed->value());
    c.knn = m_scorer->scorer() == ScoreConfig::Scorer::Knn;
    c.layer = m_scorer->layer();
    c.snrs.clear();
    try {
        for (const QString &n : m_sweepNoises->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.noises.push_back(parseNoiseSource(n.trimmed().toStdString()));
        for (const QString &s : m_sweepSnrs->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            c.snrs.push_back(s.trimmed().toDouble(&ok));
            if (!ok)
                throw std::invalid_argument(tr("'%1' is not a number of dB").arg(s).toStdString());
        }
    } catch (const std::exception &e) {
        Q_EMIT status(QString::fromUtf8(e.what()));
        return;
    }
    m_table->setRowCount(0);
    m_lineColour.clear();
    m_lineStyle.clear();
    m_curve->clearGraphs();
    m_curve->clearItems();
    m_curve->replot();
    m_sweep->setEnabled(false);
    m_job = Job::startSweep(c, guiListener(this, &NoiseView::onSweepEvent));
}

void NoiseView::onSweepEvent(const JobEvent &e)
{
    if (e.kind == JobEvent::Kind::Phase || e.kind == JobEvent::Kind::Warning) {
        Q_EMIT status(QString::fromStdString(e.message));
        return;
    }
    if (e.kind == JobEvent::Kind::Condition) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(e.message)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(e.model)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(100 * e.metrics.aucMean, 'f', 2)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(100 * e.metrics.paucMean, 'f', 2)));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(100 * e.metrics.maucMean, 'f', 2)));
        // One line per ID (or, comparing detectors, per detector's mean) and noise, ending on
        // the right at the clean data's AUC (drawn at 30 dB).
        const std::string noise = e.message.substr(0, e.message.find(" @"));
        std::vector<std::pair<QString, double>> lines;
        if (m_comparing)
            lines.emplace_back(QString::fromStdString(e.model), 100 * e.metrics.aucMean);
        else
            for (const auto &g : e.metrics.groups)
                if (g.domain == Domain::None)
                    lines.emplace_back(QString::fromStdString(g.machineType + " " + g.group), 100 * g.auc);
        for (const auto &[id, auc] : lines) {
            const int colour = m_lineColour.emplace(id, int(m_lineColour.size())).first->second;
            if (std::isinf(e.snrDb)) {
                // The clean data has no SNR: its AUC is a dotted level across the plot in the
                // ID's colour, not a point at some made-up SNR.
                auto *clean = new QCPItemStraightLine(m_curve);
                clean->point1->setCoords(0, auc);
                clean->point2->setCoords(1, auc);
                clean->setPen(QPen(categoricalColor(colour % 10), 1, Qt::DotLine));
                continue;
            }
            const QString name = id + QStringLiteral(" · ") + QString::fromStdString(noise);
            QCPGraph *graph = nullptr;
            for (int i = 0; i < m_curve->graphCount() && !graph; ++i)
                if (m_curve->graph(i)->name() == name)
                    graph = m_curve->graph(i);
            if (!graph) {
                graph = m_curve->addGraph();
                graph->setName(name);
                // One colour per ID or detector, one dash pattern per noise: its lines stay together.
                static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                                      Qt::DashDotDotLine};
                const int style = m_lineStyle.emplace(noise, int(m_lineStyle.size())).first->second;
                graph->setPen(QPen(categoricalColor(colour % 10), 2, styles[style % 5]));
                graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
            }
            graph->addData(e.snrDb, auc);
        }
        m_curve->legend->setVisible(m_curve->graphCount() > 0);
        m_curve->xAxis->rescale();
        m_curve->xAxis->scaleRange(1.1);
        double lowest = 100.0;
        for (int i = 0; i < m_curve->graphCount(); ++i) {
            bool found = false;
            const QCPRange r = m_curve->graph(i)->getValueRange(found);
            if (found)
                lowest = std::min(lowest, r.lower);
        }
        m_curve->yAxis->setRange(aucAxisFloor(lowest), 100.0);
        m_curve->replot();
        return;
    }
    if (endsJob(e.kind)) {
        m_sweep->setEnabled(true);
        Q_EMIT status(QString::fromStdString(e.message));
        Q_EMIT sweepEnded();
    }
}

double NoiseView::aucAxisFloor(double lowestAuc)
{
    return std::max(0.0, 10.0 * std::floor((lowestAuc - 2.0) / 10.0));
}

} // namespace asd::ui
