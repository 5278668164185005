// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/InspectorView.h"

#include "playback/ClipPlayer.h"

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
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

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
      m_spectrum(new SpectrumPlot), m_spectrumButton(new QToolButton), m_loop(new QToolButton)
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

    auto *bar = new QHBoxLayout;
    auto addLabelled = [&](const QString &label, QWidget *w) {
        bar->addWidget(new QLabel(label));
        bar->addWidget(w);
    };
    addLabelled(tr("Axis"), m_axis);
    addLabelled(tr("Window"), m_window);
    addLabelled(tr("Hop"), m_hop);
    addLabelled(tr("Floor"), m_floor);
    addLabelled(tr("Range"), m_range);
    addLabelled(tr("Colours"), m_colors);
    bar->addStretch();
    bar->addWidget(m_spectrumButton);
    bar->addWidget(playButton);
    bar->addWidget(playSel);
    bar->addWidget(m_loop);
    bar->addWidget(pin);

    m_title->setTextFormat(Qt::RichText);
    m_readout->setMinimumWidth(260);
    auto *info = new QHBoxLayout;
    info->addWidget(m_title, 1);
    info->addWidget(m_score);
    info->addWidget(m_readout);

    auto *pinnedLayout = new QVBoxLayout(m_pinnedPanel);
    pinnedLayout->setContentsMargins(0, 0, 0, 0);
    auto *pinnedBar = new QHBoxLayout;
    pinnedBar->addWidget(m_pinnedTitle, 1);
    m_difference = new QToolButton;
    m_difference->setText(tr("Difference"));
    m_difference->setCheckable(true);
    m_difference->setToolTip(tr("Show the selected clip minus the reference, in dB: where this recording differs "
                                "from a good one"));
    connect(m_difference, &QToolButton::toggled, this, [this] { refresh(); });
    auto *unpin = new QToolButton;
    unpin->setText(tr("Unpin"));
    connect(unpin, &QToolButton::clicked, this, [this] {
        m_pinned.reset();
        m_pinnedAudio = {};
        m_pinnedPanel->hide();
    });
    pinnedBar->addWidget(m_difference);
    pinnedBar->addWidget(unpin);
    pinnedLayout->addLayout(pinnedBar);
    pinnedLayout->addWidget(m_pinnedWave);
    pinnedLayout->addWidget(m_pinnedSpec);
    m_pinnedPanel->hide();

    auto *modelLayout = new QVBoxLayout(m_modelPanel);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    m_modelPanel->hide();

    auto *clipColumn = new QVBoxLayout;
    clipColumn->addWidget(m_wave, 1);
    clipColumn->addWidget(m_spec, 3);
    clipColumn->addWidget(m_curve, 1);
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
    m_wave->hide();
    m_spec->hide();
    clipColumn->addWidget(m_placeholder, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(info);
    layout->addLayout(columns, 3);
    layout->addWidget(m_pinnedPanel, 2);

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
}

InspectorView::~InspectorView() = default;

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

void InspectorView::refresh()
{
    DisplayRequest r;
    r.stft.nFft = r.stft.winLength = m_window->currentText().toInt();
    r.stft.hop = m_hop->currentText().toInt();
    r.axis = m_axis->currentIndex() == 1 ? FrequencyAxis::Log : m_axis->currentIndex() == 2 ? FrequencyAxis::Mel : FrequencyAxis::Linear;
    r.height = 256;
    auto draw = [&](const Audio &audio, WaveformPlot *wave, SpectrogramPlot *spec) {
        if (audio.samples.empty())
            return DisplaySpectrogram();
        r.width = std::clamp(int(audio.samples.size() / std::size_t(r.stft.hop)), 1, 1600);
        wave->setSamples(audio.samples, audio.sampleRate);
        DisplaySpectrogram shown = displaySpectrogram(audio.samples, audio.sampleRate, r);
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
            m_pinnedSpec->setDifference(spectrogramDifference(current, reference));
    }
    updateSpectrum();
}

void InspectorView::pinCurrent()
{
    if (!m_clip)
        return;
    m_pinned = m_clip;
    m_pinnedAudio = m_audio;
    m_pinnedTitle->setText(tr("Reference: %1 (%2 %3, %4)")
                               .arg(QString::fromStdString(m_pinned->fileName),
                                    QString::fromStdString(m_pinned->machineType),
                                    QString::fromStdString(groupName(*m_pinned)),
                                    DatasetTreeModel::labelText(m_pinned->label)));
    m_pinnedPanel->show();
    refresh();
    Q_EMIT status(tr("Pinned %1 as the reference clip").arg(QString::fromStdString(m_pinned->fileName)));
}

void InspectorView::setModel(std::shared_ptr<ModelSession> model)
{
    m_model = std::move(model);
    refreshModelView();
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
        m_score->setText(n ? tr("anomaly score %1 (above %2% of %3's normal clips)")
                                 .arg(score, 0, 'g', 4)
                                 .arg(100.0 * below / n, 0, 'f', 0)
                                 .arg(QString::fromStdString(groupName(*m_clip)))
                           : tr("anomaly score %1").arg(score, 0, 'g', 4));
    } catch (const std::exception &e) {
        Q_EMIT status(tr("The model cannot read this clip: %1").arg(QString::fromUtf8(e.what())));
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
