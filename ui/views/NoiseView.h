// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "audio/AudioFile.h"
#include "dataset/Clip.h"
#include "dsp/DisplaySpectrogram.h"
#include "jobs/Job.h"
#include "mix/Noise.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;
class QTemporaryDir;
class QCustomPlot;

namespace asd::ui {

class ClipPlayer;
class ScorerBox;
class SpectrogramPlot;

// The noise lab: hear and see a clip mixed with a chosen noise as the SNR slider moves,
// and sweep the loaded detector over noises and SNRs to see AUC and pAUC fall, per ID,
// live as each condition finishes. Detectors to compare with (a student's teacher is
// filled in) are swept on the same mixtures, and then each draws its mean AUC.
class NoiseView : public QWidget {
    Q_OBJECT
public:
    explicit NoiseView(QWidget *parent = nullptr);
    ~NoiseView() override;

    void showClip(const Clip &clip);
    // teacher: the run a mixture-aligned student learnt from, offered for comparison.
    void setModelPath(const QString &checkpoint, const QString &teacher = QString());
    void setDataFolder(const QString &folder);
    QString dataFolder() const { return m_data; }
    QString modelPath() const { return m_model; }

    void setSnr(int db);
    void setNoise(const QString &spec); // a generator name or a recording's path
    SpectrogramPlot *mixtureSpectrogram() const { return m_spec; }
    SpectrogramPlot *cleanSpectrogram() const { return m_clean; }
    // The colour map the user chose in the inspector, for both spectrograms here.
    void setColourMap(const QString &name);
    double achievedSnr() const { return m_achievedSnr; }
    QPushButton *sweepButton() const { return m_sweep; }
    QTableWidget *sweepTable() const { return m_table; }
    QLineEdit *compareEdit() const { return m_compare; }
    QSpinBox *seedSpin() const { return m_seed; }
    ScorerBox *scorerBox() const { return m_scorer; }
    QCustomPlot *sweepPlot() const { return m_curve; }
    // Where the AUC axis (in %) starts for a sweep whose lowest point is `lowestAuc`: at a
    // multiple of 10 at least 2 points below it, never below 0, so the few points between
    // detectors show.
    static double aucAxisFloor(double lowestAuc);

Q_SIGNALS:
    void status(const QString &message);
    void sweepEnded();

private:
    void remix();
    void play();
    QString tempPath(const QString &name);
    DisplayRequest displayRequest() const; // one pixel column per hop, as the inspector
    void startSweep();
    void onSweepEvent(const JobEvent &e);

    std::optional<Clip> m_clip;
    Audio m_audio;
    std::vector<float> m_noise, m_mixture;
    NoiseSource m_source;
    double m_achievedSnr = 0.0;
    QString m_model, m_data;
    QComboBox *m_noiseBox;
    QSlider *m_snr;
    QLabel *m_snrLabel, *m_clipLabel;
    SpectrogramPlot *m_spec;
    SpectrogramPlot *m_clean; // the clip before mixing, beside the mixture
    ClipPlayer *m_player;
    QLineEdit *m_sweepNoises, *m_sweepSnrs, *m_compare;
    QSpinBox *m_seed;
    ScorerBox *m_scorer;
    QCheckBox *m_noisyReference;
    QPushButton *m_play, *m_sweep;
    QCustomPlot *m_curve;
    QTableWidget *m_table;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Job> m_job;
    bool m_comparing = false;              // several detectors: a line per detector, not per ID
    std::map<QString, int> m_lineColour;  // per ID or detector
    std::map<std::string, int> m_lineStyle; // per noise
};

} // namespace asd::ui
