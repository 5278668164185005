// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <qcustomplot.h>

#include <memory>
#include <optional>

#include "audio/AudioFile.h"
#include "dataset/Clip.h"
#include "dsp/DisplaySpectrogram.h"

class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace asd {
class ModelSession;
struct DatasetIndex;
}

namespace asd::ui {

class AnomalyCurvePlot;
class ClipPlayer;
class SpectrogramPlot;
class SpectrumPlot;
class WaveformPlot;

// The clip inspector: waveform and spectrogram on one time axis, spectrogram settings,
// playback with a moving cursor, a pinned reference clip beside the selected one, and,
// with a model loaded, the model's own input maps (log-mel, learned Tgram/TFgram) and
// the clip's anomaly score.
class InspectorView : public QWidget {
    Q_OBJECT
public:
    explicit InspectorView(QWidget *parent = nullptr);
    ~InspectorView() override;

    // Shows the clip; one that cannot be read leaves the panes empty with the reason.
    void showClip(const Clip &clip);
    // Back to "select a clip": nothing of an earlier clip stays on screen.
    void clearClip(const QString &why = QString());
    void setModel(std::shared_ptr<ModelSession> model);
    // The open dataset, where the nearest normal clip and the group's normal spectra are found.
    void setDataset(std::shared_ptr<const DatasetIndex> dataset);
    // Scores of the clip's ID from the last scoring run, to place the clip among them.
    void setReferenceScores(const std::vector<std::pair<std::string, double>> &groupNormalScores);

    SpectrogramPlot *spectrogram() const { return m_spec; }
    WaveformPlot *waveform() const { return m_wave; }
    const std::optional<Clip> &clip() const { return m_clip; }
    QWidget *modelPanel() const { return m_modelPanel; }
    SpectrogramPlot *referenceSpectrogram() const { return m_pinnedSpec; }
    QToolButton *differenceButton() const { return m_difference; }
    // The open detector's per-frame anomaly score for the clip (hidden when it has none).
    AnomalyCurvePlot *anomalyCurve() const { return m_curve; }
    ClipPlayer *player() const { return m_player; }
    // Level against frequency over the measured rectangle's time span, at the hovered time, or
    // over the whole clip (the Spectrum button shows it).
    SpectrumPlot *spectrum() const { return m_spectrum; }
    QToolButton *spectrumButton() const { return m_spectrumButton; }
    QToolButton *loopButton() const { return m_loop; }
    QComboBox *colourBox() const { return m_colors; }
    QToolButton *nearestButton() const { return m_nearestButton; }
    QToolButton *levelMatchedButton() const { return m_levelMatched; }
    const std::optional<Clip> &pinned() const { return m_pinned; }

public Q_SLOTS:
    void pinCurrent();
    void play();
    void playVisible(); // the measured time span, else what is zoomed into view; looped with Loop
    void playFrom(double seconds);
    void resetView(); // the whole clip, every frequency (double click)
    // Pins the normal training clip of the selected clip's group (its domain and attributes
    // where known) nearest in the open detector's embedding, or in level per band without a
    // model, turns on the level-matched difference, and draws the group's normal spectrum
    // range behind the clip's; in the background (nearestNormalShown when done).
    void compareWithNearestNormal();

Q_SIGNALS:
    void status(const QString &message);
    void colourMapChanged(const QString &name); // the user chose another colour map
    void nearestNormalShown();

private:
    struct NearestNormal {
        std::string clipPath, nearestPath;
        QString bandKey;
        SpectrumBand band;
        bool byEmbedding = false;
        QString error;
    };
    void refresh();
    void refreshModelView();
    void refreshReferenceCurve();
    void pin(const Clip &clip, const Audio &audio);
    void nearestNormalFound();
    DisplayRequest displayRequest(std::size_t samples) const;
    QString bandKey() const; // the group and display settings the normal band was made with
    void syncRanges(const QCPRange &range);
    void alignRightEdges();
    void updateSpectrum(double hoveredSeconds = -1.0);
    // Room for the widest value-axis ticks and label of any pane, so all start at one pixel.
    static constexpr int kTimeAxisLeft = 78;

    std::optional<Clip> m_clip, m_pinned;
    Audio m_audio, m_pinnedAudio;
    std::shared_ptr<ModelSession> m_model;
    QComboBox *m_axis, *m_window, *m_hop, *m_colors;
    QSpinBox *m_floor, *m_range;
    QLabel *m_title, *m_readout, *m_score, *m_placeholder;
    WaveformPlot *m_wave;
    SpectrogramPlot *m_spec;
    AnomalyCurvePlot *m_curve;
    ClipPlayer *m_player;
    QWidget *m_pinnedPanel;
    QLabel *m_pinnedTitle;
    QToolButton *m_difference;
    WaveformPlot *m_pinnedWave;
    SpectrogramPlot *m_pinnedSpec;
    QWidget *m_modelPanel;
    QScrollArea *m_scroll;
    SpectrumPlot *m_spectrum;
    QToolButton *m_spectrumButton, *m_loop;
    std::optional<std::pair<double, double>> m_measured; // seconds
    std::optional<std::pair<double, double>> m_looping;  // the span replayed while Loop is on
    std::vector<SpectrogramPlot *> m_modelPlots;
    bool m_syncing = false;
    std::vector<std::pair<std::string, double>> m_groupScores;
    std::shared_ptr<const DatasetIndex> m_dataset;
    QToolButton *m_nearestButton, *m_levelMatched;
    QFutureWatcher<NearestNormal> m_nearestWatcher;
    SpectrumBand m_band;
    QString m_bandKey, m_bandWhat;
};

} // namespace asd::ui
