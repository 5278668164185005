// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/InspectorView.h"

#include "playback/ClipPlayer.h"

#include "backends/NearestNeighbours.h"
#include "dataset/DatasetIndex.h"
#include "dsp/DisplaySpectrogram.h"
#include "models/DatasetTreeModel.h"
#include "plots/AnomalyCurvePlot.h"
#include "plots/ColorMaps.h"
#include "plots/SpectrogramPlot.h"
#include "plots/SpectrumPlot.h"
#include "plots/WaveformPlot.h"
#include "score/ModelSession.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace asd::ui {

namespace {
QComboBox *combo(const QStringList &items, const QString &current)
{
    auto *c = new QComboBox;
    c->addItems(items);
    c->setCurrentText(current);
    return c;
}
} // namespace

InspectorView::InspectorView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_readout(new QLabel), m_score(new QLabel), m_wave(new WaveformPlot),
      m_spec(new SpectrogramPlot), m_curve(new AnomalyCurvePlot), m_player(new ClipPlayer(this)), m_pinnedPanel(new QWidget), m_pinnedTitle(new QLabel),
      m_pinnedWave(new WaveformPlot), m_pinnedSpec(new SpectrogramPlot), m_modelPanel(new QWidget),
      m_spectrum(new SpectrumPlot), m_spectrumButton(new QToolButton), m_loop(new QToolButton),
      m_nearestButton(new QToolButton), m_levelMatched(new QToolButton)
{
    QSettings s;
    m_axis = combo({tr("Linear"), tr("Log"), tr("Mel")}, s.value(QStringLiteral("inspector/axis"), tr("Linear")).toString());
    m_window = combo({QStringLiteral("256"), QStringLiteral("512"), QStringLiteral("1024"), QStringLiteral("2048"),
                      QStringLiteral("4096")},
                     s.value(QStringLiteral("inspector/window"), QStringLiteral("1024")).toString());
    m_hop = combo({QStringLiteral("64"), QStringLiteral("128"), QStringLiteral("256"), QStringLiteral("512")},
                  s.value(QStringLiteral("inspector/hop"), QStringLiteral("256")).toString());
    m_colors = combo(colorMapNames(), s.value(QStringLiteral("inspector/colors"), QStringLiteral("viridis")).toString());
    m_floor = new QSpinBox;
    m_floor->setRange(-200, 0);
    m_floor->setSuffix(tr(" dB"));
    m_floor->setValue(s.value(QStringLiteral("inspector/floor"), -120).toInt());
    m_range = new QSpinBox;
    m_range->setRange(10, 200);
    m_range->setSuffix(tr(" dB"));
    m_range->setValue(s.value(QStringLiteral("inspector/range"), 80).toInt());
    m_axis->setToolTip(tr("Frequency axis of the spectrogram"));
    m_floor->setToolTip(tr("Levels below this are drawn in the lowest colour"));
    m_range->setToolTip(tr("Dynamic range shown below the clip's loudest cell"));

    auto *pin = new QToolButton;
    pin->setText(tr("Pin as reference"));
    pin->setToolTip(tr("Keep this clip on screen to compare others with it (Ctrl+P)"));
    pin->setShortcut(QKeySequence(tr("Ctrl+P")));
    connect(pin, &QToolButton::clicked, this, &InspectorView::pinCurrent);
    auto *playButton = new QToolButton;
    playButton->setText(tr("Play"));
    playButton->setToolTip(tr("Play the clip (Space)"));
    playButton->setShortcut(QKeySequence(Qt::Key_Space));
    connect(playButton, &QToolButton::clicked, this, [this] {
        if (m_player->isPlaying()) {
            m_looping.reset(); // Stop ends a loop too
            m_player->stop();
        } else {
            play();
        }
    });
    connect(m_player, &ClipPlayer::playingChanged, playButton,
            [playButton](bool playing) { playButton->setText(playing ? tr("Stop") : tr("Play")); });
    auto *playSel = new QToolButton;
    playSel->setText(tr("Play selection"));
    playSel->setToolTip(tr("Play the measured rectangle's time span (Shift+drag on the spectrogram), or else the "
                           "part of the clip zoomed into view (Shift+Space)"));
    m_loop->setText(tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setToolTip(tr("Play the selection again and again until Stop"));
    connect(m_player, &ClipPlayer::playingChanged, this, [this](bool playing) {
        if (!playing && m_looping && m_loop->isChecked() && m_clip)
            QTimer::singleShot(0, this, [this] {
                if (m_looping && m_clip)
                    m_player->play(QString::fromStdString(m_clip->path), m_looping->first, m_looping->second);
            });
    });
    m_spectrumButton->setText(tr("Spectrum"));
    m_spectrumButton->setCheckable(true);
    m_spectrumButton->setToolTip(tr("Level against frequency: over the measured rectangle, at the mouse, or over the "
                                    "whole clip"));
    m_spectrumButton->setChecked(s.value(QStringLiteral("inspector/spectrum"), false).toBool());
    connect(m_spectrumButton, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("inspector/spectrum"), on);
        m_spectrum->setVisible(on && m_clip);
        updateSpectrum();
    });
    playSel->setShortcut(QKeySequence(tr("Shift+Space")));
    connect(playSel, &QToolButton::clicked, this, &InspectorView::playVisible);

    // A tool bar, not a row of widgets: on a narrow window what does not fit moves behind its
    // extension arrow instead of widening the window past a laptop's screen.
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("inspectorBar"));
    auto addLabelled = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label);
        l->setBuddy(w);
        l->setContentsMargins(6, 0, 3, 0);
        bar->addWidget(l);
        bar->addWidget(w);
    };
    bar->addWidget(m_spectrumButton);
    bar->addWidget(playButton);
    bar->addWidget(playSel);
    bar->addWidget(m_loop);
    bar->addWidget(pin);
    m_nearestButton->setText(tr("Nearest normal"));
    m_nearestButton->setToolTip(tr("Compare with the normal training clip of this clip's group nearest to it in the open "
                                   "model's embedding (in level per band without a model): pin it, show the level-matched "
                                   "difference and the group's normal spectrum range (Ctrl+Shift+P)"));
    m_nearestButton->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(m_nearestButton, &QToolButton::clicked, this, &InspectorView::compareWithNearestNormal);
    bar->addWidget(m_nearestButton);
    bar->addSeparator();
    addLabelled(tr("Axis"), m_axis);
    addLabelled(tr("Window"), m_window);
    addLabelled(tr("Hop"), m_hop);
    addLabelled(tr("Floor"), m_floor);
    addLabelled(tr("Range"), m_range);
    addLabelled(tr("Colours"), m_colors);

    // The clip's name, group and rate wrap rather than being cut; the score (or why the open
    // model cannot score the clip) on its own line below.
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_score->setWordWrap(true);
    m_score->setObjectName(QStringLiteral("scoreLine"));
    m_readout->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *info = new QGridLayout;
    info->addWidget(m_title, 0, 0);
    info->addWidget(m_readout, 0, 1);
    info->addWidget(m_score, 1, 0, 1, 2);
    info->setColumnStretch(0, 1);

    m_pinnedTitle->setWordWrap(true); // a long name must not widen the inspector
    auto *pinnedLayout = new QVBoxLayout(m_pinnedPanel);
    pinnedLayout->setContentsMargins(0, 0, 0, 0);
    auto *pinnedBar = new QHBoxLayout;
    pinnedBar->addWidget(m_pinnedTitle, 1);
    m_difference = new QToolButton;
    m_difference->setText(tr("Difference"));
    m_difference->setCheckable(true);
    m_difference->setToolTip(tr("Show the selected clip minus the reference, in dB: where this recording differs "
                                "from a good one"));
    connect(m_difference, &QToolButton::toggled, this, [this](bool on) {
        m_levelMatched->setEnabled(on);
        refresh();
    });
    m_levelMatched->setText(tr("Level-matched"));
    m_levelMatched->setCheckable(true);
    m_levelMatched->setEnabled(false);
    m_levelMatched->setToolTip(tr("Take the overall level difference out of the difference, so a clip that is louder "
                                  "overall shows the bands that differ rather than red everywhere"));
    connect(m_levelMatched, &QToolButton::toggled, this, [this] { refresh(); });
    auto *unpin = new QToolButton;
    unpin->setText(tr("Unpin"));
    connect(unpin, &QToolButton::clicked, this, [this] {
        m_pinned.reset();
        m_pinnedAudio = {};
        m_pinnedPanel->hide();
        refreshReferenceCurve();
    });
    pinnedBar->addWidget(m_difference);
    pinnedBar->addWidget(m_levelMatched);
    pinnedBar->addWidget(unpin);
    pinnedLayout->addLayout(pinnedBar);
    pinnedLayout->addWidget(m_pinnedWave);
    pinnedLayout->addWidget(m_pinnedSpec);
    m_pinnedPanel->hide();

    auto *modelLayout = new QVBoxLayout(m_modelPanel);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    m_modelPanel->hide();

    // Each pane keeps a readable height; when everything is on (a reference, the spectrum, the
    // anomaly curve) the inspector scrolls instead of squeezing them.
    m_wave->setMinimumHeight(90);
    m_spec->setMinimumHeight(200);
    m_curve->setMinimumHeight(170);
    m_spectrum->setMinimumHeight(200);
    m_pinnedWave->setMinimumHeight(80);
    m_pinnedSpec->setMinimumHeight(180);
    auto *clipColumn = new QVBoxLayout;
    clipColumn->addWidget(m_wave, 1);
    clipColumn->addWidget(m_spec, 3);
    clipColumn->addWidget(m_curve, 2);
    m_curve->hide();
    clipColumn->addWidget(m_spectrum, 2);
    m_spectrum->hide();
    auto *columns = new QHBoxLayout;
    columns->addLayout(clipColumn, 3);
    columns->addWidget(m_modelPanel, 2);

    // Until a clip is chosen the panes say how to get one instead of showing empty axes.
    m_placeholder = new QLabel(tr("Select a clip in the dataset tree to see its waveform and spectrogram.\n"
                                  "Open a trained model (File ▸ Open Model) to see what the model sees."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_wave->hide();
    m_spec->hide();
    clipColumn->addWidget(m_placeholder, 4);

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(columns, 3);
    bodyLayout->addWidget(m_pinnedPanel, 2);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(body);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(info);
    layout->addWidget(m_scroll, 1);

    // Settings are saved when the user changes them, not on every redraw.
    const std::pair<QComboBox *, const char *> remembered[] = {
        {m_axis, "inspector/axis"}, {m_window, "inspector/window"}, {m_hop, "inspector/hop"}};
    for (const auto &[c, key] : remembered)
        connect(c, &QComboBox::currentTextChanged, this, [this, key = QString::fromLatin1(key)](const QString &v) {
            QSettings().setValue(key, v);
            refresh();
        });
    connect(m_colors, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        for (SpectrogramPlot *p : {m_spec, m_pinnedSpec})
            p->setGradient(colorMap(name));
        for (SpectrogramPlot *p : m_modelPlots)
            p->setGradient(colorMap(name));
        QSettings().setValue(QStringLiteral("inspector/colors"), name);
        Q_EMIT colourMapChanged(name);
    });
    for (SpectrogramPlot *p : {m_spec, m_pinnedSpec}) // the map chosen in an earlier session
        p->setGradient(colorMap(m_colors->currentText()));
    for (QSpinBox *sp : {m_floor, m_range})
        connect(sp, &QSpinBox::valueChanged, this, [this] {
            for (SpectrogramPlot *p : {m_spec, m_pinnedSpec})
                p->setLevels(m_floor->value(), m_range->value());
            QSettings().setValue(QStringLiteral("inspector/floor"), m_floor->value());
            QSettings().setValue(QStringLiteral("inspector/range"), m_range->value());
        });
    for (SpectrogramPlot *p : {m_spec, m_pinnedSpec})
        connect(p, &SpectrogramPlot::hovered, m_readout, &QLabel::setText);
    // The spectrum slice follows the measure tool, else the mouse, else shows the whole clip.
    connect(m_spec, &SpectrogramPlot::measured, this, [this](double t0, double t1, const RegionMeasure &) {
        m_measured = std::pair(t0, t1);
        updateSpectrum();
    });
    connect(m_spec, &SpectrogramPlot::measureCleared, this, [this] {
        m_measured.reset();
        updateSpectrum();
    });
    connect(m_spec, &SpectrogramPlot::hoveredTime, this, [this](double t) {
        if (!m_measured)
            updateSpectrum(t);
    });
    // One time axis: zoom or pan any pane and the others follow.
    for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{m_wave, m_spec, m_curve, m_pinnedWave, m_pinnedSpec})
        connect(p->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &InspectorView::syncRanges);
    connect(m_player, &ClipPlayer::position, this, [this](double seconds) {
        m_wave->setCursor(seconds);
        m_spec->setCursor(seconds);
        m_curve->setCursor(seconds);
    });
    connect(m_curve, &AnomalyCurvePlot::playFrom, this, &InspectorView::playFrom);
    // A double click anywhere shows the whole clip and every frequency again.
    for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{m_wave, m_spec, m_pinnedWave, m_pinnedSpec})
        connect(p, &QCustomPlot::mouseDoubleClick, this, [this] { resetView(); });
    // One time axis on screen too: every pane's plot area starts and ends at the same pixel,
    // though only the spectrograms carry a colour scale on their right.
    for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{m_wave, m_spec, m_curve, m_pinnedWave, m_pinnedSpec}) {
        p->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom | (p == m_spec || p == m_pinnedSpec ? QCP::msRight : QCP::msNone));
        p->axisRect()->setMargins(QMargins(kTimeAxisLeft, 0, 0, 0));
    }
    connect(m_spec, &QCustomPlot::afterLayout, this, &InspectorView::alignRightEdges);
    connect(m_player, &ClipPlayer::failed, this, &InspectorView::status);
    connect(&m_nearestWatcher, &QFutureWatcher<NearestNormal>::finished, this, &InspectorView::nearestNormalFound);
}

InspectorView::~InspectorView() { m_nearestWatcher.waitForFinished(); }

void InspectorView::alignRightEdges()
{
    const int right = m_spec->width() - 1 - m_spec->axisRect()->right();
    for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{m_wave, m_curve, m_pinnedWave}) {
        if (p->axisRect()->margins().right() == right)
            continue;
        p->axisRect()->setMargins(QMargins(kTimeAxisLeft, 0, right, 0));
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

void InspectorView::resetView()
{
    const double total = m_audio.sampleRate > 0 ? double(m_audio.samples.size()) / m_audio.sampleRate : 0.0;
    if (total > 0)
        syncRanges(QCPRange(0, total));
    m_spec->resetFrequencyRange();
    m_pinnedSpec->resetFrequencyRange();
}

void InspectorView::syncRanges(const QCPRange &asked)
{
    if (m_syncing)
        return;
    // Within the clip: no zooming out into negative time or past its end.
    QCPRange range = asked;
    const double total = m_audio.sampleRate > 0 ? double(m_audio.samples.size()) / m_audio.sampleRate : 0.0;
    if (total > 0) {
        if (range.size() >= total)
            range = QCPRange(0, total);
        else if (range.lower < 0)
            range = QCPRange(0, range.size());
        else if (range.upper > total)
            range = QCPRange(total - range.size(), total);
    }
    m_syncing = true;
    for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{m_wave, m_spec, m_curve, m_pinnedWave, m_pinnedSpec}) {
        if (p->xAxis->range() != range) {
            p->xAxis->setRange(range);
            p->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    for (SpectrogramPlot *p : m_modelPlots) {
        p->xAxis->setRange(range);
        p->replot(QCustomPlot::rpQueuedReplot);
    }
    m_syncing = false;
}

void InspectorView::showClip(const Clip &clip)
{
    m_player->stop();
    try {
        m_audio = readAudio(clip.path);
    } catch (const AudioError &e) {
        // Never the previous clip's plots under this clip's name (a file deleted after the scan).
        const QString why = tr("Cannot show %1: %2").arg(QString::fromStdString(e.path()), QString::fromStdString(e.reason()));
        clearClip(why);
        Q_EMIT status(why);
        return;
    }
    m_clip = clip;
    m_placeholder->hide();
    m_wave->show();
    m_spec->show();
    m_spectrum->setVisible(m_spectrumButton->isChecked());
    m_title->setText(tr("<b>%1</b> &nbsp; %2 %3 · %4 · %5 Hz")
                         .arg(QString::fromStdString(clip.fileName).toHtmlEscaped(),
                              QString::fromStdString(clip.machineType).toHtmlEscaped(),
                              QString::fromStdString(groupName(clip)), DatasetTreeModel::labelText(clip.label))
                         .arg(m_audio.sampleRate));
    refresh();
    refreshModelView();
}

void InspectorView::clearClip(const QString &why)
{
    m_player->stop();
    m_clip.reset();
    m_audio = {};
    m_title->setText(why.toHtmlEscaped());
    m_score->clear();
    m_readout->clear();
    m_wave->hide();
    m_spec->hide();
    m_spectrum->hide();
    m_measured.reset();
    m_looping.reset();
    m_placeholder->show();
    refreshModelView();
}

DisplayRequest InspectorView::displayRequest(std::size_t samples) const
{
    DisplayRequest r;
    r.stft.nFft = r.stft.winLength = m_window->currentText().toInt();
    r.stft.hop = m_hop->currentText().toInt();
    r.axis = m_axis->currentIndex() == 1 ? FrequencyAxis::Log : m_axis->currentIndex() == 2 ? FrequencyAxis::Mel : FrequencyAxis::Linear;
    r.height = 256;
    r.width = std::clamp(int(samples / std::size_t(r.stft.hop)), 1, 1600);
    return r;
}

void InspectorView::refresh()
{
    auto draw = [&](const Audio &audio, WaveformPlot *wave, SpectrogramPlot *spec) {
        if (audio.samples.empty())
            return DisplaySpectrogram();
        wave->setSamples(audio.samples, audio.sampleRate);
        DisplaySpectrogram shown = displaySpectrogram(audio.samples, audio.sampleRate, displayRequest(audio.samples.size()));
        spec->setSpectrogram(shown);
        spec->setGradient(colorMap(m_colors->currentText()));
        spec->setLevels(m_floor->value(), m_range->value());
        return shown;
    };
    DisplaySpectrogram current;
    if (m_clip)
        current = draw(m_audio, m_wave, m_spec);
    if (m_pinned) {
        const DisplaySpectrogram reference = draw(m_pinnedAudio, m_pinnedWave, m_pinnedSpec);
        // Where this recording differs from the good one: selected minus reference, in dB.
        if (m_difference->isChecked() && m_clip && !current.db.data.empty() && !reference.db.data.empty())
            m_pinnedSpec->setDifference(spectrogramDifference(current, reference, m_levelMatched->isChecked()));
    }
    updateSpectrum();
}

void InspectorView::pinCurrent()
{
    if (m_clip)
        pin(*m_clip, m_audio);
}

void InspectorView::pin(const Clip &clip, const Audio &audio)
{
    m_pinned = clip;
    m_pinnedAudio = audio;
    m_pinnedTitle->setText(tr("Reference: %1 (%2 %3, %4)")
                               .arg(QString::fromStdString(m_pinned->fileName),
                                    QString::fromStdString(m_pinned->machineType),
                                    QString::fromStdString(groupName(*m_pinned)),
                                    DatasetTreeModel::labelText(m_pinned->label)));
    m_pinnedPanel->show();
    refresh();
    refreshReferenceCurve();
    Q_EMIT status(tr("Pinned %1 as the reference clip").arg(QString::fromStdString(m_pinned->fileName)));
}

void InspectorView::setDataset(std::shared_ptr<const DatasetIndex> dataset)
{
    m_nearestWatcher.waitForFinished(); // its clips belong to the old dataset
    m_dataset = std::move(dataset);
    m_band = {};
    m_bandKey.clear();
    m_pinned.reset();
    m_pinnedAudio = {};
    m_pinnedPanel->hide();
}

QString InspectorView::bandKey() const
{
    return m_clip ? QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(QString::fromStdString(detectorGroup(*m_clip)), m_window->currentText(), m_hop->currentText())
                        .arg(m_axis->currentIndex())
                        .arg(int(m_clip->domain))
                  : QString();
}

void InspectorView::compareWithNearestNormal()
{
    if (!m_clip || !m_dataset || m_nearestWatcher.isRunning())
        return;
    std::vector<const Clip *> candidates = m_dataset->normalReferences(*m_clip);
    if (candidates.empty()) {
        Q_EMIT status(tr("%1 has no normal training clips to compare with").arg(QString::fromStdString(groupName(*m_clip))));
        return;
    }
    m_nearestButton->setEnabled(false);
    Q_EMIT status(tr("Finding the nearest of %n normal clip(s)…", nullptr, int(candidates.size())));
    const Clip clip = *m_clip;
    const std::vector<float> samples = m_audio.samples;
    const int rate = m_audio.sampleRate;
    const DisplayRequest request = displayRequest(samples.size());
    const auto model = m_model;
    const auto dataset = m_dataset; // the candidates point into it
    const QString key = bandKey();
    const bool haveBand = key == m_bandKey;
    const SpectrumBand band = m_band;
    const auto wholeClip = [](const std::vector<float> &samples, int rate, const DisplayRequest &request) {
        const DisplaySpectrogram d = displaySpectrogram(samples, rate, request);
        return spectrumSlice(d, 0, d.seconds);
    };
    m_nearestWatcher.setFuture(QtConcurrent::run([=] {
        (void)dataset; // held until the search ends
        NearestNormal found;
        found.clipPath = clip.path;
        found.bandKey = key;
        found.band = band;
        // The group's spectra: for the band, and as the embedding without a model. At most 200
        // clips, spread over the group, keep a large group quick.
        std::vector<const Clip *> spread;
        const std::size_t step = std::max<std::size_t>(1, (candidates.size() + 199) / 200);
        for (std::size_t i = 0; i < candidates.size(); i += step)
            spread.push_back(candidates[i]);
        std::vector<SpectrumSlice> slices(spread.size());
        if (!haveBand || !model) {
            for (std::size_t i = 0; i < spread.size(); ++i) {
                try {
                    const Audio audio = readAudio(spread[i]->path);
                    if (audio.sampleRate == rate)
                        slices[i] = wholeClip(audio.samples, rate, request);
                } catch (const std::exception &) {
                    // an unreadable clip is left out of the band; the scan reported it
                }
            }
            if (!haveBand)
                found.band = spectrumBand(slices);
        }
        try {
            if (model) {
                const int i = model->nearestInEmbedding(clip, candidates);
                found.byEmbedding = i >= 0;
                if (i >= 0)
                    found.nearestPath = candidates[std::size_t(i)]->path;
            }
            if (found.nearestPath.empty()) { // without a model: nearest in level per band
                const auto levels = [](const SpectrumSlice &slice) { return std::vector<float>(slice.db.begin(), slice.db.end()); };
                Embeddings bank;
                for (const SpectrumSlice &slice : slices)
                    bank.push_back(levels(slice));
                const std::size_t best = nearestInBank(bank, levels(wholeClip(samples, rate, request)));
                if (best < bank.size())
                    found.nearestPath = spread[best]->path;
            }
        } catch (const std::exception &e) {
            found.error = QString::fromUtf8(e.what());
        }
        return found;
    }));
}

void InspectorView::nearestNormalFound()
{
    m_nearestButton->setEnabled(true);
    const NearestNormal found = m_nearestWatcher.result();
    if (!m_clip || m_clip->path != found.clipPath || !m_dataset)
        return; // the user moved on
    m_band = found.band;
    m_bandKey = found.bandKey;
    m_bandWhat = tr("%n normal training clip(s) of %1", nullptr, found.band.clips).arg(QString::fromStdString(groupName(*m_clip)));
    const auto nearest = std::find_if(m_dataset->clips.begin(), m_dataset->clips.end(),
                                      [&](const Clip &c) { return c.path == found.nearestPath; });
    if (nearest == m_dataset->clips.end()) {
        Q_EMIT status(found.error.isEmpty() ? tr("No normal clip of %1 could be read").arg(QString::fromStdString(groupName(*m_clip)))
                                            : found.error);
        return;
    }
    try {
        const Audio audio = readAudio(nearest->path);
        m_spectrumButton->setChecked(true);
        {
            const QSignalBlocker quiet(m_difference); // one redraw, in pin()
            m_difference->setChecked(true);
        }
        m_levelMatched->setEnabled(true);
        {
            const QSignalBlocker quiet(m_levelMatched);
            m_levelMatched->setChecked(true);
        }
        pin(*nearest, audio);
        Q_EMIT status(found.byEmbedding ? tr("Pinned %1, the nearest normal clip in the model's embedding")
                                              .arg(QString::fromStdString(nearest->fileName))
                                        : tr("Pinned %1, the normal clip nearest in level per band")
                                              .arg(QString::fromStdString(nearest->fileName)));
        Q_EMIT nearestNormalShown();
    } catch (const AudioError &e) {
        Q_EMIT status(tr("Cannot show %1: %2").arg(QString::fromStdString(e.path()), QString::fromStdString(e.reason())));
    }
}

void InspectorView::setModel(std::shared_ptr<ModelSession> model)
{
    m_model = std::move(model);
    refreshModelView();
    refreshReferenceCurve();
}

void InspectorView::refreshReferenceCurve()
{
    std::vector<float> curve;
    double secondsPerFrame = 0.0;
    if (m_model && m_pinned) {
        try {
            ModelSession::Inspection seen = m_model->inspect(*m_pinned);
            curve = std::move(seen.curve);
            secondsPerFrame = seen.curveSecondsPerFrame;
        } catch (const std::exception &) {
            // a reference the model cannot score has no curve to show
        }
    }
    m_curve->setReferenceCurve(curve, secondsPerFrame,
                               m_pinned ? tr("reference %1").arg(QString::fromStdString(m_pinned->fileName)) : QString());
}

void InspectorView::setReferenceScores(const std::vector<std::pair<std::string, double>> &scores)
{
    m_groupScores = scores;
    refreshModelView();
}

void InspectorView::refreshModelView()
{
    for (SpectrogramPlot *p : m_modelPlots)
        p->deleteLater();
    m_modelPlots.clear();
    m_modelPanel->setVisible(m_model && m_clip);
    m_score->clear();
    m_curve->setCurve({}, 0.0);
    m_curve->hide();
    if (!m_model || !m_clip)
        return;
    try {
        const ModelSession::Inspection seen = m_model->inspect(*m_clip);
        const double seconds = m_model->clipSeconds();
        for (const auto &m : seen.maps) {
            auto *plot = new SpectrogramPlot;
            plot->setTitle(tr("Model input: %1").arg(QString::fromStdString(m.name)));
            const bool db = m.name == "log-mel";
            plot->setMap(m.map, seconds, db ? tr("Mel band") : tr("Channel"), db ? tr("dB") : tr("activation"));
            plot->setGradient(colorMap(m_colors->currentText()));
            if (db)
                plot->setLevels(m_floor->value(), m_range->value());
            m_modelPanel->layout()->addWidget(plot);
            m_modelPlots.push_back(plot);
        }
        m_modelPanel->setVisible(!seen.maps.empty()); // detectors without a network show no input maps
        if (!seen.curve.empty()) {
            m_curve->setCurve(seen.curve, seen.curveSecondsPerFrame);
            m_curve->xAxis->setRange(m_wave->xAxis->range());
            m_curve->show();
        }
        const double score = seen.score;
        // Where the score falls among the normal test scores of the clip's ID or section.
        const std::string key = detectorGroup(*m_clip);
        int below = 0, n = 0;
        for (const auto &[group, s] : m_groupScores)
            if (group == key) {
                ++n;
                below += s < score;
            }
        QString text = n ? tr("anomaly score %1 (above %2% of %3's normal clips)")
                               .arg(score, 0, 'g', 4)
                               .arg(100.0 * below / n, 0, 'f', 0)
                               .arg(QString::fromStdString(groupName(*m_clip)))
                         : tr("anomaly score %1").arg(score, 0, 'g', 4);
        // A fusion or auto detector: what each member says, in its own training scores' spread.
        if (!seen.drivenBy.empty()) {
            QStringList members;
            for (const auto &[member, z] : seen.memberScores)
                members << tr("%1 %2 σ").arg(QString::fromStdString(member)).arg(z, 0, 'f', 1);
            text += tr("; driven by %1 (%2)").arg(QString::fromStdString(seen.drivenBy), members.join(QStringLiteral(", ")));
            if (!seen.curveFrom.empty() && seen.curveFrom != seen.drivenBy)
                text += tr("; the curve is %1's").arg(QString::fromStdString(seen.curveFrom));
        }
        m_score->setText(text);
    } catch (const std::exception &e) {
        // Another machine type or section than the model was fitted on: said where the score
        // would be, and the clip's own plots take the whole width.
        m_modelPanel->hide();
        const QString why = tr("The open model cannot score this clip: %1").arg(QString::fromUtf8(e.what()));
        m_score->setText(why);
        Q_EMIT status(why);
    }
}

void InspectorView::play()
{
    if (!m_clip)
        return;
    m_player->play(QString::fromStdString(m_clip->path));
}

void InspectorView::playVisible()
{
    if (!m_clip || m_audio.samples.empty())
        return;
    const double total = double(m_audio.samples.size()) / m_audio.sampleRate;
    const QCPRange r = m_wave->xAxis->range();
    const std::pair<double, double> span =
        m_measured ? *m_measured : std::pair(std::max(0.0, r.lower), std::min(total, r.upper));
    m_looping = span;
    // Seek to the start and stop at the end: no temporary file needed.
    m_player->play(QString::fromStdString(m_clip->path), span.first, span.second);
}

void InspectorView::updateSpectrum(double hoveredSeconds)
{
    if (!m_spectrumButton->isChecked() || !m_clip)
        return;
    const DisplaySpectrogram &s = m_spec->spectrogram();
    if (bandKey() == m_bandKey)
        m_spectrum->setBand(m_band, m_bandWhat);
    else
        m_spectrum->setBand({}, QString());
    if (m_measured)
        m_spectrum->setSlice(spectrumSlice(s, m_measured->first, m_measured->second), s.axis,
                             tr("%1–%2 s (the measured span)").arg(m_measured->first, 0, 'f', 3).arg(m_measured->second, 0, 'f', 3));
    else if (hoveredSeconds >= 0)
        m_spectrum->setSlice(spectrumSlice(s, hoveredSeconds, hoveredSeconds), s.axis,
                             tr("at %1 s").arg(hoveredSeconds, 0, 'f', 3));
    else
        m_spectrum->setSlice(spectrumSlice(s, 0, s.seconds), s.axis, tr("whole clip"));
}

void InspectorView::playFrom(double seconds)
{
    if (!m_clip)
        return;
    m_player->play(QString::fromStdString(m_clip->path), seconds);
}

} // namespace asd::ui
