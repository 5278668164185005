// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

#include "jobs/Job.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QCustomPlot;

namespace asd::ui {

class MetricsTableModel;
class ScorerBox;

// Configure, start and watch training and scoring jobs. The engine runs them on its
// worker thread; events are marshalled to the GUI thread, so the window stays responsive.
class JobsView : public QWidget {
    Q_OBJECT
public:
    explicit JobsView(QWidget *parent = nullptr);
    ~JobsView() override;

    void setDataFolder(const QString &folder);
    // The open model: the teacher of a mixture-aligned student.
    // The model open in the workbench: what "Score test clips" scores and a student's
    // teacher. Empty: the run folder in the form.
    void setOpenModel(const QString &checkpoint);
    MetricsTableModel *metricsModel() const { return m_metrics; }
    bool isRunning() const;

    // The form's values, for tests and for remembering them.
    QSpinBox *epochsSpin() const { return m_epochs; }
    QDoubleSpinBox *secondsSpin() const { return m_seconds; }
    QLineEdit *outputEdit() const { return m_out; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *optionsEdit() const { return m_options; }
    QComboBox *encoderCombo() const { return m_encoder; }
    QCustomPlot *lossPlot() const { return m_curves; } // training and validation loss, mean AUC
    QComboBox *alignCombo() const { return m_align; }
    QDoubleSpinBox *alignWeightSpin() const { return m_alignWeight; }
    QDoubleSpinBox *lambdaSpin() const { return m_lambda; }
    QDoubleSpinBox *snrMinSpin() const { return m_snrMin; }
    QDoubleSpinBox *snrMaxSpin() const { return m_snrMax; }
    QPushButton *trainButton() const { return m_train; }
    QPushButton *scoreButton() const { return m_score; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString metricsCaption() const;

public Q_SLOTS:
    // Lists the imported pretrained encoders; the encoder family is offered once there is one.
    void refreshEncoders();
    void startTraining();
    void startScoring();
    void cancel();

Q_SIGNALS:
    void status(const QString &message);
    void trainingFinished(const QString &runFolder);
    void scoringFinished(const asd::JobEvent &result);
    void jobEnded();

private:
    void onEvent(const JobEvent &e);
    void setRunning(bool running);
    void addEpochPoint(const JobEvent &e);
    bool trainsNetwork() const; // the chosen family goes through the training loop

    QLineEdit *m_data, *m_out;
    QComboBox *m_method, *m_input, *m_device;
    ScorerBox *m_scorer;
    QSpinBox *m_epochs, *m_batch, *m_threads;
    QDoubleSpinBox *m_seconds, *m_lr;
    QLineEdit *m_noises;
    QLineEdit *m_options; // a detector's own settings, key=value
    QComboBox *m_encoder; // the imported encoder an encoder-knn detector uses
    QComboBox *m_align;
    QDoubleSpinBox *m_alignWeight;
    QDoubleSpinBox *m_lambda;
    QDoubleSpinBox *m_snrMin, *m_snrMax;
    QPushButton *m_train, *m_score, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QCustomPlot *m_curves;
    QTableView *m_table;
    QLabel *m_metricsCaption; // which model the table's figures belong to
    int m_bestEpoch = 0;
    MetricsTableModel *m_metrics;
    QPlainTextEdit *m_log;
    std::unique_ptr<Job> m_job;
    QString m_openModel;
    bool m_training = false;
};

} // namespace asd::ui
