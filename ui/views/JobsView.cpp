// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/JobsView.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "encoders/EncoderLibrary.h"
#include "devices/Devices.h"
#include "models/MetricsTableModel.h"
#include "runs/RunRecord.h"
#include "views/DetectorOptionsForm.h"
#include "views/GuiListener.h"
#include "views/ScorerBox.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace asd::ui {

namespace {
QString duration(double s)
{
    const long t = long(s);
    return QStringLiteral("%1:%2:%3").arg(t / 3600).arg((t / 60) % 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'));
}

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit);
    auto *b = new QPushButton(QObject::tr("Browse…"));
    QObject::connect(b, &QPushButton::clicked, parent, [edit, parent, title] {
        const QString d = QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!d.isEmpty())
            edit->setText(d);
    });
    l->addWidget(b);
    return w;
}
} // namespace

JobsView::JobsView(QWidget *parent)
    : QWidget(parent), m_data(new QLineEdit), m_out(new QLineEdit), m_method(new QComboBox), m_device(new QComboBox),
      m_scorer(new ScorerBox(true)), m_threads(new QSpinBox), m_form(new DetectorOptionsForm({"encoder", "device", "teacher"})),
      m_encoder(new QComboBox), m_teacher(new QLabel),
      m_train(new QPushButton(tr("&Train"))), m_score(new QPushButton(tr("&Score test clips"))),
      m_cancel(new QPushButton(tr("Cancel"))), m_progress(new QProgressBar), m_eta(new QLabel),
      m_curves(new QCustomPlot), m_table(new QTableView), m_metricsCaption(new QLabel), m_metrics(new MetricsTableModel(this)),
      m_log(new QPlainTextEdit)
{
    QSettings s;
    // The families come from the engine's registry, the one that works on a few real clips first.
    for (const DetectorFamily &f : detectorFamilies()) {
        m_method->addItem(QString::fromStdString(f.title), QString::fromStdString(f.name));
        m_method->setItemData(m_method->count() - 1, QString::fromStdString(f.summary), Qt::ToolTipRole);
    }
    for (const auto &d : listDevices())
        m_device->addItem(QString::fromStdString(d.id + "  —  " + describe(d)), QString::fromStdString(d.id));
    m_method->setCurrentIndex(m_method->findData(s.value(QStringLiteral("jobs/method"), QString::fromLatin1(defaultDetectorFamily()))));
    m_threads->setRange(0, QThread::idealThreadCount());
    m_threads->setSpecialValueText(tr("all cores"));
    m_threads->setValue(s.value(QStringLiteral("jobs/threads"), 0).toInt());
    m_out->setPlaceholderText(tr("a new folder in %1, named after the detector and the time")
                                  .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("asd-runs")))));
    m_out->setToolTip(tr("Where the detector goes. A folder that already holds a run is replaced only if you say so."));
    m_teacher->setWordWrap(true);
    m_encoder->setToolTip(tr("The pretrained encoder the detector embeds with (File ▸ Pretrained Encoders…)"));
    refreshEncoders();
    connect(m_method, &QComboBox::currentIndexChanged, this, &JobsView::showFamily);

    // Long family and device names must not widen the form past the metrics table's room.
    for (QComboBox *box : {m_method, m_device, m_encoder, static_cast<QComboBox *>(m_scorer)}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(20);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Dataset"), withBrowse(m_data, this, tr("Dataset folder")));
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Encoder"), m_encoder);
    form->addRow(tr("Teacher"), m_teacher);
    form->addRow(m_form);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("CPU threads"), m_threads);
    form->addRow(tr("Run folder"), withBrowse(m_out, this, tr("Run folder")));
    form->addRow(tr("Scorer"), m_scorer);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_score);
    buttons->addWidget(m_cancel);
    m_cancel->setEnabled(false);
    m_train->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_score->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_eta);
    leftLayout->addWidget(new QLabel(tr("Log")));
    leftLayout->addWidget(m_log, 1);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);

    m_curves->addGraph(); // training loss
    m_curves->addGraph(); // validation loss
    m_curves->addGraph(m_curves->xAxis, m_curves->yAxis2); // mean AUC
    m_curves->graph(0)->setName(tr("training loss"));
    m_curves->graph(1)->setName(tr("validation loss"));
    m_curves->graph(2)->setName(tr("mean AUC (%)"));
    m_curves->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    m_curves->graph(1)->setPen(QPen(QColor(0xff, 0x7f, 0x0e), 2));
    m_curves->graph(2)->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 2, Qt::DashLine));
    for (int g = 0; g < 3; ++g)
        m_curves->graph(g)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    m_curves->xAxis->setLabel(tr("Epoch"));
    m_curves->yAxis->setLabel(tr("Loss"));
    m_curves->yAxis2->setLabel(tr("AUC (%)"));
    m_curves->yAxis2->setVisible(true);
    m_curves->yAxis2->setRange(40, 100);
    m_curves->legend->setVisible(true);
    m_curves->setMinimumHeight(200);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_metrics);
    proxy->setSortRole(MetricsTableModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until the user sorts
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    auto *tableBox = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_metricsCaption->setWordWrap(true);
    tableLayout->addWidget(m_metricsCaption);
    tableLayout->addWidget(m_table, 1);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_curves);
    right->addWidget(tableBox);
    auto *split = new QSplitter;
    // A network family has a score of options: the form scrolls rather than push the window
    // past a laptop's screen.
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() + leftScroll->verticalScrollBar()->sizeHint().width());
    split->addWidget(leftScroll);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 960}); // room for every metrics column beside the form
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    showFamily();
    connect(m_train, &QPushButton::clicked, this, &JobsView::startTraining);
    connect(m_score, &QPushButton::clicked, this, &JobsView::startScoring);
    connect(m_cancel, &QPushButton::clicked, this, &JobsView::cancel);
}

JobsView::~JobsView() = default; // Job's destructor cancels and waits

void JobsView::setDataFolder(const QString &folder) { m_data->setText(folder); }
QString JobsView::dataFolder() const { return m_data->text(); }
void JobsView::setOpenModel(const QString &checkpoint)
{
    m_openModel = checkpoint;
    m_teacher->setText(checkpoint.isEmpty() ? tr("none: open or train a model first") : checkpoint);
}

void JobsView::showFamily()
{
    const DetectorFamily *f = findDetectorFamily(m_method->currentData().toString().toStdString());
    if (!f)
        return;
    m_form->setFamily(*f);
    m_encoder->setEnabled(f->needsEncoder());
    m_teacher->setEnabled(f->needsTeacher());
    if (m_teacher->text().isEmpty())
        setOpenModel(m_openModel);
    m_device->setEnabled(f->runsOnDevice());
    // The loss chart means nothing for a family that fits in one pass.
    m_curves->setVisible(f->trains());
    m_train->setText(f->trains() ? tr("&Train") : tr("&Fit"));
    m_train->setShortcut(QKeySequence(tr("Ctrl+T"))); // setText gave it the mnemonic's instead
}

QString JobsView::runFolderForFit(bool &replace, bool &resume)
{
    replace = resume = false;
    const std::string family = m_method->currentData().toString().toStdString();
    if (m_out->text().trimmed().isEmpty())
        return QString::fromStdString(newRunFolder(QDir::home().filePath(QStringLiteral("asd-runs")).toStdString(), family));
    const QString folder = m_out->text().trimmed();
    if (!isRunFolder(folder.toStdString()))
        return folder;
    if (qEnvironmentVariableIsSet("ASD_NO_DIALOGS")) {
        Q_EMIT status(tr("%1 already holds a run: choose another folder, or empty the field for a new one").arg(folder));
        return {};
    }
    QMessageBox ask(QMessageBox::Question, tr("Replace the run?"),
                    tr("%1 already holds a run. Replace it? Its detector, checkpoints and scores are removed.").arg(folder),
                    QMessageBox::Cancel, this);
    QPushButton *replaceButton = ask.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    const DetectorFamily *f = findDetectorFamily(family);
    QPushButton *resumeButton = f && f->resumes && QFileInfo::exists(folder + QStringLiteral("/last.pt"))
                                    ? ask.addButton(tr("Resume it"), QMessageBox::AcceptRole)
                                    : nullptr;
    ask.exec();
    replace = ask.clickedButton() == replaceButton;
    resume = resumeButton && ask.clickedButton() == resumeButton;
    return replace || resume ? folder : QString();
}

bool JobsView::isRunning() const { return m_job && m_job->running(); }

void JobsView::setRunning(bool running)
{
    m_train->setEnabled(!running);
    m_score->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_eta->clear();
    }
}

void JobsView::startTraining()
{
    if (isRunning())
        return;
    const std::string family = m_method->currentData().toString().toStdString();
    const DetectorFamily *f = findDetectorFamily(family);
    if (!f)
        return;
    std::map<std::string, std::string> options;
    try {
        options = m_form->options();
        if (f->needsEncoder()) {
            if (m_encoder->count() == 0) {
                Q_EMIT status(tr("Import a pretrained encoder first (File ▸ Pretrained Encoders…)"));
                return;
            }
            options["encoder"] = m_encoder->currentText().toStdString();
        }
        if (f->runsOnDevice())
            options["device"] = m_device->currentData().toString().toStdString();
        if (f->needsTeacher()) {
            if (m_openModel.isEmpty()) {
                Q_EMIT status(tr("A mixture-aligned student needs a teacher: open or train a model first"));
                return;
            }
            options["teacher"] = m_openModel.toStdString();
        }
        resolveDetectorOptions(family, options); // refuses bad options before any work
        if (!f->needsEncoder())
            makeDetector(family, options); // and what only the family itself checks
    } catch (const std::invalid_argument &e) {
        Q_EMIT status(tr("Detector options: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    bool replace = false, resume = false;
    m_runFolder = runFolderForFit(replace, resume);
    if (m_runFolder.isEmpty())
        return;
    m_form->remember();
    QSettings s;
    s.setValue(QStringLiteral("jobs/method"), m_method->currentData());
    s.setValue(QStringLiteral("jobs/threads"), m_threads->value());
    for (int g = 0; g < 3; ++g)
        m_curves->graph(g)->data()->clear();
    m_curves->replot();
    m_metrics->setSummary({});
    m_metricsCaption->clear();
    m_bestEpoch = 0;
    m_log->appendPlainText(tr("%1 %2 on %3 → %4")
                               .arg(f->trains() ? tr("Training") : tr("Fitting"), m_method->currentText(), m_data->text(),
                                    m_runFolder));
    m_training = true;
    setRunning(true);
    FitConfig fit;
    fit.dataDir = m_data->text().toStdString();
    fit.outDir = m_runFolder.toStdString();
    fit.family = family;
    fit.options = options;
    fit.threads = m_threads->value();
    fit.replace = replace;
    fit.resume = resume;
    m_job = Job::startFitting(fit, guiListener(this, &JobsView::onEvent));
}

QString JobsView::metricsCaption() const { return m_metricsCaption->text(); }

void JobsView::refreshEncoders()
{
    const QString current = m_encoder->currentText();
    m_encoder->clear();
    try {
        for (const EncoderFacts &f : EncoderLibrary().list())
            m_encoder->addItem(QString::fromStdString(f.name), QString::fromStdString(f.file));
    } catch (const std::runtime_error &e) {
        Q_EMIT status(QString::fromUtf8(e.what()));
    }
    if (const int i = m_encoder->findText(current); i >= 0)
        m_encoder->setCurrentIndex(i);
    // The family needs an encoder: offered once one is imported.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_method->model()))
        for (const DetectorFamily &f : detectorFamilies())
            if (f.needsEncoder())
                if (QStandardItem *item = items->item(m_method->findData(QString::fromStdString(f.name))))
                    item->setEnabled(m_encoder->count() > 0);
}

void JobsView::startScoring()
{
    if (isRunning())
        return;
    // The model the user opened (the status bar names it), else the run folder in the form;
    // its scores go beside it.
    const QString model = !m_openModel.isEmpty() ? m_openModel : !m_runFolder.isEmpty() ? m_runFolder : m_out->text();
    if (model.isEmpty()) {
        Q_EMIT status(tr("Nothing to score with: open a model (File ▸ Open Model) or train one first"));
        return;
    }
    const QString scores = (QFileInfo(model).isDir() ? model : QFileInfo(model).absolutePath()) + QStringLiteral("/scores");
    if (!QDir(scores).entryList({QStringLiteral("anomaly_score_*.csv")}, QDir::Files).isEmpty() &&
        !qEnvironmentVariableIsSet("ASD_NO_DIALOGS") &&
        QMessageBox::question(this, tr("Replace the scores?"),
                              tr("%1 already holds score files. Replace them with this run's?").arg(scores)) !=
            QMessageBox::Yes)
        return;
    ScoreConfig c;
    c.embedTrainingClips = true; // the embeddings view shows the reference clips too
    c.checkpoint = model.toStdString();
    c.dataDir = m_data->text().toStdString();
    c.outDir = scores.toStdString();
    c.scorer = m_scorer->scorer();
    c.layer = m_scorer->layer();
    c.device = m_device->currentData().toString().toStdString();
    c.threads = m_threads->value();
    m_log->appendPlainText(tr("Scoring %1 with %2").arg(m_data->text(), model));
    m_training = false;
    setRunning(true);
    m_job = Job::startScoring(c, guiListener(this, &JobsView::onEvent));
}

void JobsView::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_log->appendPlainText(tr("Cancelling…"));
    }
}

void JobsView::addEpochPoint(const JobEvent &e)
{
    m_curves->graph(0)->addData(e.epoch, e.loss);
    m_curves->graph(1)->addData(e.epoch, e.validationLoss);
    if (!e.metrics.types.empty())
        m_curves->graph(2)->addData(e.epoch, 100.0 * e.metrics.aucMean);
    m_curves->graph(0)->rescaleAxes();
    m_curves->graph(1)->rescaleAxes(true);
    m_curves->xAxis->setRange(0.5, std::max(2.0, e.epoch + 0.5));
    m_curves->replot();
}

void JobsView::onEvent(const JobEvent &e)
{
    switch (e.kind) {
    case JobEvent::Kind::Phase:
        // A new stage of unknown length (a group's coreset, the thresholds): busy until it
        // reports progress, rather than the last stage's full bar.
        m_progress->setRange(0, 0);
        Q_EMIT status(QString::fromStdString(e.message));
        if (e.message != "training")
            m_log->appendPlainText(QString::fromStdString(e.message));
        break;
    case JobEvent::Kind::Progress:
        if (e.epochs > 0) {
            const long total = long(e.epochs) * std::max(1L, e.steps);
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(long(e.epoch - 1) * e.steps + e.step));
            m_eta->setText(tr("epoch %1/%2 · loss %3 · %4 samples/s · ETA %5")
                               .arg(e.epoch)
                               .arg(e.epochs)
                               .arg(e.loss, 0, 'f', 4)
                               .arg(e.samplesPerSecond, 0, 'f', 1)
                               .arg(duration(e.etaSeconds)));
        } else {
            m_progress->setRange(0, int(e.steps));
            m_progress->setValue(int(e.step));
        }
        break;
    case JobEvent::Kind::Epoch:
        addEpochPoint(e);
        if (e.bestSoFar)
            m_bestEpoch = e.epoch;
        if (!e.metrics.types.empty()) {
            m_metrics->setSummary(e.metrics);
            // Which model these figures belong to: the last epoch's, not necessarily best.pt's.
            m_metricsCaption->setText(
                findDetectorFamily(m_method->currentData().toString().toStdString())->resumes ? tr("Test clips scored by the model after epoch %1; best.pt (what “Score test "
                                     "clips” and Results use) is epoch %2, the lowest validation loss.")
                                      .arg(e.epoch)
                                      .arg(m_bestEpoch)
                                : tr("Test clips scored by the adapted encoder after epoch %1; the detector keeps the "
                                     "last epoch's.")
                                      .arg(e.epoch));
        }
        m_log->appendPlainText(tr("epoch %1: loss %2, validation %3%4%5")
                                   .arg(e.epoch)
                                   .arg(e.loss, 0, 'f', 4)
                                   .arg(e.validationLoss, 0, 'f', 4)
                                   .arg(e.bestSoFar ? tr(" (best so far)") : QString())
                                   .arg(e.metrics.types.empty() ? QString()
                                                                : tr(", mean AUC %1%").arg(100 * e.metrics.aucMean, 0, 'f', 2)));
        break;
    case JobEvent::Kind::Warning: m_log->appendPlainText(tr("warning: %1").arg(QString::fromStdString(e.message))); break;
    case JobEvent::Kind::Finished:
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_log->appendPlainText(QString::fromStdString(e.message));
        Q_EMIT status(QString::fromStdString(e.message));
        setRunning(false);
        if (m_training) {
            setOpenModel(m_runFolder); // what Score scores from now on, while the window opens it
            Q_EMIT trainingFinished(m_runFolder);
        } else {
            m_metrics->setSummary(e.metrics);
            m_metricsCaption->setText(tr("Test clips scored by %1 (%2): the scores Results shows.")
                                          .arg(QString::fromStdString(e.model), QString::fromStdString(e.scorer)));
            Q_EMIT scoringFinished(e);
        }
        Q_EMIT jobEnded();
        break;
    case JobEvent::Kind::Failed:
        setRunning(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_log->appendPlainText(tr("failed: %1").arg(QString::fromStdString(e.message)));
        Q_EMIT status(tr("Job failed"));
        Q_EMIT jobEnded();
        if (!qEnvironmentVariableIsSet("ASD_NO_DIALOGS"))
            QMessageBox::warning(this, tr("Job failed"), QString::fromStdString(e.message));
        break;
    case JobEvent::Kind::Condition: // robustness sweeps are run from the command line (asd sweep)
    case JobEvent::Kind::Compared:  // and comparisons (asd compare)
        break;
    case JobEvent::Kind::Cancelled:
        setRunning(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_log->appendPlainText(QString::fromStdString(e.message));
        Q_EMIT status(tr("Cancelled"));
        Q_EMIT jobEnded();
        break;
    }
}

} // namespace asd::ui
