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

class DetectorOptionsForm;
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
    QString dataFolder() const;
    QString openModel() const { return m_openModel; }
    // The open model: the teacher of a mixture-aligned student.
    // The model open in the workbench: what "Score test clips" scores and a student's
    // teacher. Empty: the run folder in the form.
    void setOpenModel(const QString &checkpoint);
    MetricsTableModel *metricsModel() const { return m_metrics; }
    bool isRunning() const;

    // The form's values, for tests and for remembering them.
    QLineEdit *outputEdit() const { return m_out; } // empty: a new folder named after the detector and the time
    QComboBox *methodCombo() const { return m_method; }
    DetectorOptionsForm *optionsForm() const { return m_form; } // the chosen family's options
    QComboBox *encoderCombo() const { return m_encoder; }
    QCustomPlot *lossPlot() const { return m_curves; } // training and validation loss, mean AUC
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
    void showFamily(); // the chosen family's options, and the rows it needs
    // The run folder for a new fit: the one named in the form, or a new one. Empty when the
    // named folder holds a run the user chose not to replace; `replace` and `resume` say what
    // to do with the run it holds.
    QString runFolderForFit(bool &replace, bool &resume);

    QLineEdit *m_data, *m_out;
    QComboBox *m_method, *m_device;
    ScorerBox *m_scorer;
    QSpinBox *m_threads;
    DetectorOptionsForm *m_form;
    QComboBox *m_encoder; // the imported encoder the encoder families use
    QLabel *m_teacher;    // the open model, which a student learns from
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
    QString m_runFolder; // of the fit or training running now
    bool m_training = false;
};

} // namespace asd::ui
