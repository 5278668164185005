// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/JobsView.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "encoders/EncoderLibrary.h"
#include "devices/Devices.h"
#include "models/MetricsTableModel.h"
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
    : QWidget(parent), m_data(new QLineEdit), m_out(new QLineEdit), m_method(new QComboBox), m_input(new QComboBox),
      m_device(new QComboBox), m_scorer(new ScorerBox(true)), m_epochs(new QSpinBox), m_batch(new QSpinBox),
      m_threads(new QSpinBox), m_seconds(new QDoubleSpinBox), m_lr(new QDoubleSpinBox), m_noises(new QLineEdit), m_options(new QLineEdit), m_encoder(new QComboBox),
      m_align(new QComboBox), m_alignWeight(new QDoubleSpinBox), m_lambda(new QDoubleSpinBox),
      m_snrMin(new QDoubleSpinBox), m_snrMax(new QDoubleSpinBox),
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
    m_input->addItem(tr("log-mel"), QStringLiteral("logmel"));
    m_input->addItem(tr("STgram (log-mel + Tgram)"), QStringLiteral("stgram"));
    m_input->addItem(tr("TFSTgram (log-mel + Tgram + TFgram)"), QStringLiteral("tfstgram"));
    m_input->addItem(tr("TASTgram (Tgram + log-mel + TAgram)"), QStringLiteral("tastgram"));
    for (const auto &d : listDevices())
        m_device->addItem(QString::fromStdString(d.id + "  —  " + describe(d)), QString::fromStdString(d.id));
    m_method->setCurrentIndex(m_method->findData(s.value(QStringLiteral("jobs/method"), QString::fromLatin1(defaultDetectorFamily()))));
    m_input->setCurrentIndex(m_input->findData(s.value(QStringLiteral("jobs/input"), QStringLiteral("logmel"))));
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(s.value(QStringLiteral("jobs/epochs"), 30).toInt());
    m_batch->setRange(2, 512);
    m_batch->setValue(s.value(QStringLiteral("jobs/batch"), 32).toInt());
    m_threads->setRange(0, QThread::idealThreadCount());
    m_threads->setSpecialValueText(tr("all cores"));
    m_threads->setValue(s.value(QStringLiteral("jobs/threads"), 0).toInt());
    m_seconds->setRange(0.5, 60);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("Length of clip the model takes (the papers use 10 s); shorter trains faster on a CPU"));
    m_seconds->setValue(s.value(QStringLiteral("jobs/seconds"), 10.0).toDouble());
    m_lr->setDecimals(5);
    m_lr->setRange(1e-5, 1e-1);
    m_lr->setSingleStep(1e-4);
    m_lr->setValue(s.value(QStringLiteral("jobs/lr"), 1e-4).toDouble());
    m_noises->setPlaceholderText(tr("none (a student uses all six generators)"));
    m_noises->setToolTip(tr("Noises mixed into the training clips, separated by commas: white, pink, brown, "
                            "babble, impulsive, modulated, or recording paths. For OS-SCL, Noisy-ArcMix and "
                            "ArcFace this is noise augmentation (half of each batch); for a mixture-aligned "
                            "student, its training mixtures."));
    m_noises->setText(s.value(QStringLiteral("jobs/noises")).toString());
    m_options->setToolTip(tr("Settings of a detector that needs no training, as key=value separated by spaces "
                             "(asd detectors lists them); empty: its defaults"));
    // A student's alignment target and how closely it follows its teacher (MixAlign.h).
    m_align->addItem(tr("Mixture: λ·teacher(machine) + (1−λ)·teacher(noise)"), QStringLiteral("mixture"));
    m_align->addItem(tr("Denoise baseline: teacher(machine)"), QStringLiteral("denoise"));
    m_align->setCurrentIndex(m_align->findData(s.value(QStringLiteral("jobs/align"), QStringLiteral("mixture"))));
    m_alignWeight->setRange(0, 1000);
    m_alignWeight->setDecimals(1);
    m_alignWeight->setValue(s.value(QStringLiteral("jobs/alignWeight"), 1.0).toDouble());
    m_alignWeight->setToolTip(tr("Weight of the alignment loss against the tagging loss. 1: the tagging trains "
                                 "the student, right for a weak teacher such as OS-SCL on a few clips per "
                                 "machine. 128: the student embeds like a teacher that already detects well."));
    // λ of the mixture target; reference §8 fixes it at 0.5 (TrainConfig's default).
    m_lambda->setRange(0, 1);
    m_lambda->setSingleStep(0.05);
    m_lambda->setValue(s.value(QStringLiteral("jobs/lambda"), TrainConfig().alignLambda).toDouble());
    m_lambda->setToolTip(tr("Share of teacher(machine) in the mixture target; the rest is teacher(noise). "
                            "1 is the denoise baseline."));
    // The range each training mixture's SNR is drawn from, for students and noise augmentation.
    for (QDoubleSpinBox *snr : {m_snrMin, m_snrMax}) {
        snr->setRange(-30, 40);
        snr->setDecimals(1);
        snr->setSuffix(tr(" dB"));
    }
    m_snrMin->setValue(s.value(QStringLiteral("jobs/snrMin"), TrainConfig().snrMinDb).toDouble());
    m_snrMax->setValue(s.value(QStringLiteral("jobs/snrMax"), TrainConfig().snrMaxDb).toDouble());
    m_snrMax->setMinimum(m_snrMin->value());
    m_snrMin->setMaximum(m_snrMax->value());
    connect(m_snrMin, &QDoubleSpinBox::valueChanged, m_snrMax, &QDoubleSpinBox::setMinimum);
    connect(m_snrMax, &QDoubleSpinBox::valueChanged, m_snrMin, &QDoubleSpinBox::setMaximum);
    m_snrMin->setToolTip(tr("Each training mixture gets an SNR drawn between these two"));
    m_snrMax->setToolTip(m_snrMin->toolTip());
    const auto showStudentRows = [this] {
        const bool student = m_method->currentData().toString() == QStringLiteral("mixalign");
        // The training loop's settings mean nothing to a detector that fits in one pass.
        const bool network = trainsNetwork();
        for (QWidget *w : std::initializer_list<QWidget *>{m_input, m_epochs, m_batch, m_seconds, m_lr, m_noises, m_snrMin,
                                                           m_snrMax})
            w->setEnabled(network);
        // A detector without a network takes its settings as key=value; its defaults show.
        m_options->setEnabled(!network);
        m_train->setText(network ? tr("&Train") : tr("&Fit"));
        QStringList defaults;
        if (const DetectorFamily *f = findDetectorFamily(m_method->currentData().toString().toStdString()); f && !network)
            for (const auto &o : f->options)
                if (!needsEncoder(f->name) || (o.name != "encoder" && o.name != "device")) // chosen above
                    defaults << QString::fromStdString(o.name + "=" + o.defaultValue);
        m_options->setPlaceholderText(defaults.join(QLatin1Char(' ')));
        m_encoder->setEnabled(needsEncoder(m_method->currentData().toString().toStdString()));
        m_align->setEnabled(student);
        m_alignWeight->setEnabled(student);
        m_lambda->setEnabled(student && m_align->currentData().toString() == QStringLiteral("mixture"));
    };
    m_encoder->setToolTip(tr("The pretrained encoder the detector embeds with (File ▸ Pretrained Encoders…)"));
    refreshEncoders();
    connect(m_method, &QComboBox::currentIndexChanged, this, showStudentRows);
    connect(m_align, &QComboBox::currentIndexChanged, this, showStudentRows);
    showStudentRows();
    m_out->setText(s.value(QStringLiteral("jobs/out"), QDir::home().filePath(QStringLiteral("asd-runs/run1"))).toString());

    // Long family and device names must not widen the form past the metrics table's room.
    for (QComboBox *box : {m_method, m_input, m_device, m_align, m_encoder}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(20);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Dataset"), withBrowse(m_data, this, tr("Dataset folder")));
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Encoder"), m_encoder);
    form->addRow(tr("Detector options"), m_options);
    form->addRow(tr("Input"), m_input);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Clip length"), m_seconds);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("Training noise"), m_noises);
    auto *snrRange = new QHBoxLayout;
    snrRange->addWidget(m_snrMin, 1);
    snrRange->addWidget(new QLabel(tr("to")));
    snrRange->addWidget(m_snrMax, 1);
    form->addRow(tr("Training SNR"), snrRange);
    form->addRow(tr("Student aligns to"), m_align);
    form->addRow(tr("Mixture weight λ"), m_lambda);
    form->addRow(tr("Alignment weight"), m_alignWeight);
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
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 960}); // room for every metrics column beside the form
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_train, &QPushButton::clicked, this, &JobsView::startTraining);
    connect(m_score, &QPushButton::clicked, this, &JobsView::startScoring);
    connect(m_cancel, &QPushButton::clicked, this, &JobsView::cancel);
}

JobsView::~JobsView() = default; // Job's destructor cancels and waits

void JobsView::setDataFolder(const QString &folder) { m_data->setText(folder); }
void JobsView::setOpenModel(const QString &checkpoint) { m_openModel = checkpoint; }

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
    if (!trainsNetwork()) {
        FitConfig f;
        f.dataDir = m_data->text().toStdString();
        f.outDir = m_out->text().toStdString();
        f.family = m_method->currentData().toString().toStdString();
        f.threads = m_threads->value();
        try {
            f.options = parseDetectorOptions(m_options->text().toStdString());
            if (needsEncoder(f.family)) {
                // Opening the encoder takes seconds: the job does it, off this thread.
                if (m_encoder->count() == 0) {
                    Q_EMIT status(tr("Import a pretrained encoder first (File ▸ Pretrained Encoders…)"));
                    return;
                }
                f.options.emplace("encoder", m_encoder->currentText().toStdString());
                f.options.emplace("device", m_device->currentData().toString().toStdString());
            } else {
                makeDetector(f.family, f.options); // refuses unknown options before any work
            }
        } catch (const std::invalid_argument &e) {
            Q_EMIT status(tr("Detector options: %1").arg(QString::fromUtf8(e.what())));
            return;
        }
        QSettings s;
        s.setValue(QStringLiteral("jobs/method"), m_method->currentData());
        s.setValue(QStringLiteral("jobs/out"), m_out->text());
        m_metrics->setSummary({});
        m_metricsCaption->clear();
        m_log->appendPlainText(tr("Fitting %1 on %2 → %3").arg(m_method->currentText(), m_data->text(), m_out->text()));
        m_training = true;
        setRunning(true);
        m_job = Job::startFitting(f, guiListener(this, &JobsView::onEvent));
        return;
    }
    TrainConfig c;
    c.dataDir = m_data->text().toStdString();
    c.outDir = m_out->text().toStdString();
    c.method = methodFromString(m_method->currentData().toString().toStdString());
    c.input = inputVariantFromString(m_input->currentData().toString().toStdString());
    c.epochs = m_epochs->value();
    c.batchSize = m_batch->value();
    c.clipSeconds = m_seconds->value();
    c.learningRate = m_lr->value();
    c.device = m_device->currentData().toString().toStdString();
    c.threads = m_threads->value();
    c.teacher = m_openModel.toStdString();
    c.alignToMachineOnly = m_align->currentData().toString() == QStringLiteral("denoise");
    c.alignWeight = m_alignWeight->value();
    c.alignLambda = m_lambda->value();
    c.snrMinDb = m_snrMin->value();
    c.snrMaxDb = m_snrMax->value();
    const QStringList noises = m_noises->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!noises.isEmpty()) {
        c.noises.clear();
        for (const QString &n : noises)
            c.noises.push_back(n.trimmed().toStdString());
        c.augmentWithNoise = c.method != TrainingMethod::MixAlign;
    }
    if (c.method == TrainingMethod::MixAlign && c.teacher.empty()) {
        Q_EMIT status(tr("A mixture-aligned student needs a teacher: open or train a model first"));
        return;
    }
    c.resume = QFileInfo::exists(m_out->text() + QStringLiteral("/last.pt")) &&
               QMessageBox::question(this, tr("Resume training?"),
                                     tr("%1 already holds a run. Resume it from its last checkpoint?\n\n"
                                        "Choose No to start again (its checkpoints are then overwritten).")
                                         .arg(m_out->text())) == QMessageBox::Yes;
    QSettings s;
    s.setValue(QStringLiteral("jobs/method"), m_method->currentData());
    s.setValue(QStringLiteral("jobs/input"), m_input->currentData());
    s.setValue(QStringLiteral("jobs/align"), m_align->currentData());
    s.setValue(QStringLiteral("jobs/alignWeight"), c.alignWeight);
    s.setValue(QStringLiteral("jobs/lambda"), c.alignLambda);
    s.setValue(QStringLiteral("jobs/snrMin"), c.snrMinDb);
    s.setValue(QStringLiteral("jobs/snrMax"), c.snrMaxDb);
    s.setValue(QStringLiteral("jobs/epochs"), c.epochs);
    s.setValue(QStringLiteral("jobs/batch"), c.batchSize);
    s.setValue(QStringLiteral("jobs/seconds"), c.clipSeconds);
    s.setValue(QStringLiteral("jobs/lr"), c.learningRate);
    s.setValue(QStringLiteral("jobs/noises"), m_noises->text());
    s.setValue(QStringLiteral("jobs/threads"), c.threads);
    s.setValue(QStringLiteral("jobs/out"), m_out->text());
    for (int g = 0; g < 3; ++g)
        m_curves->graph(g)->data()->clear();
    m_curves->replot();
    m_metrics->setSummary({});
    m_metricsCaption->clear();
    m_bestEpoch = 0;
    m_log->appendPlainText(tr("Training %1 on %2 → %3").arg(m_method->currentText(), m_data->text(), m_out->text()));
    m_training = true;
    setRunning(true);
    m_job = Job::startTraining(c, guiListener(this, &JobsView::onEvent));
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
        for (const char *family : {kEncoderFamily, kAdaptedEncoderFamily})
            if (QStandardItem *item = items->item(m_method->findData(QLatin1String(family))))
                item->setEnabled(m_encoder->count() > 0);
}

bool JobsView::trainsNetwork() const
{
    const DetectorFamily *f = findDetectorFamily(m_method->currentData().toString().toStdString());
    return f && f->trainsNetwork;
}

void JobsView::startScoring()
{
    if (isRunning())
        return;
    // The model the user opened (the status bar names it), else the run folder in the form;
    // its scores go beside it.
    const QString model = m_openModel.isEmpty() ? m_out->text() : m_openModel;
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
                trainsNetwork() ? tr("Test clips scored by the model after epoch %1; best.pt (what “Score test "
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
            Q_EMIT trainingFinished(m_out->text());
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
    case JobEvent::Kind::Condition: break; // robustness sweeps are run from the command line (asd sweep)
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
