// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs view: every family's options as a form, fitting, training and scoring through it, and what the other views then show.
#include "models/DatasetTreeModel.h"
#include "models/EncoderListModel.h"
#include "models/MetricsTableModel.h"
#include "models/RunComparisonModel.h"
#include "playback/ClipPlayer.h"
#include "plots/AnomalyCurvePlot.h"
#include "plots/ColorMaps.h"
#include "plots/SpectrogramPlot.h"
#include "plots/SpectrumPlot.h"
#include "plots/WaveformPlot.h"
#include "views/EmbeddingView.h"
#include "views/InspectorView.h"
#include "views/DetectorOptionsForm.h"
#include "views/JobsView.h"
#include "dataset/DatasetIndex.h"
#include "score/ScoreFiles.h"
#include "runs/RunRecord.h"
#include "views/NoiseView.h"
#include "views/ResultsView.h"
#include "views/ScorerBox.h"
#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "support/TestSupport.h"
#include "ui/GuiTestSupport.h"
#include "synth/MachineSynth.h"
#include "windows/EncodersDialog.h"
#include "windows/MainWindow.h"
#include "workspace/Workspace.h"
#include "windows/ReportExport.h"

#include "views/RunsView.h"
#include "models/RunListModel.h"
#include "jobs/Job.h"
#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QCheckBox>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

#include <qcustomplot.h>

#include <set>

using namespace asd;

class TestJobsView : public QObject, test::GuiFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startAll(); }
    void init() { startEach(); }

    void trainScoreAndExportThroughTheGui()
    {
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        ui::JobsView *jobs = w.jobs();
        jobs->methodCombo()->setCurrentIndex(jobs->methodCombo()->findData(QStringLiteral("osscl")));
        QVERIFY(jobs->optionsForm()->setValue("epochs", QStringLiteral("2")));
        QVERIFY(jobs->optionsForm()->setValue("seconds", QStringLiteral("0.5"))); // longer than the clips: zero-padded
        jobs->outputEdit()->setText(m_dir.path() + QStringLiteral("/gui-run"));
        QAbstractItemModelTester tester(jobs->metricsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto modelLabel = [&w] {
            for (const QLabel *l : w.statusBar()->findChildren<QLabel *>())
                if (l->text().startsWith(QStringLiteral("Model: ")) || l->text() == QStringLiteral("No model open"))
                    return l->text();
            return QString();
        };
        QCOMPARE(modelLabel(), QStringLiteral("No model open"));
        // Scoring is asked for from within training's last event, as a click the moment the
        // form frees up would: the ended job must not refuse it.
        QSignalSpy ended(jobs, &ui::JobsView::jobEnded);
        bool scoringStarted = false;
        connect(
            jobs, &ui::JobsView::jobEnded, jobs,
            [&] {
                jobs->scoreButton()->click();
                scoringStarted = jobs->isRunning();
            },
            Qt::SingleShotConnection);
        // After each epoch the table says which model its figures belong to.
        QString captionAfterTraining;
        connect(
            jobs, &ui::JobsView::jobEnded, jobs, [&] { captionAfterTraining = jobs->metricsCaption(); },
            Qt::SingleShotConnection);
        jobs->trainButton()->click();
        QVERIFY(ended.wait(120000));
        QVERIFY(scoringStarted);
        QVERIFY2(captionAfterTraining.contains(QStringLiteral("epoch 2")) && captionAfterTraining.contains(QStringLiteral("best.pt")),
                 qPrintable(captionAfterTraining));
        // The finished run is opened, and the status bar keeps saying so.
        QTRY_COMPARE_WITH_TIMEOUT(modelLabel(), QStringLiteral("Model: gui-run"), 20000);
        // The per-ID table filled in: 2 types x 2 IDs, then 2 type rows and the mean.
        QCOMPARE(jobs->metricsModel()->rowCount(), 4 + 2 + 1);
        const QModelIndex auc = jobs->metricsModel()->index(0, ui::MetricsTableModel::AucColumn);
        QVERIFY(auc.data(ui::MetricsTableModel::SortRole).toDouble() >= 0.0);

        QVERIFY(w.embeddings()->hoverText().contains(QStringLiteral("Score test clips"))); // before any scores
        QVERIFY(ended.count() == 2 || ended.wait(120000));
        QVERIFY2(jobs->metricsCaption().contains(QStringLiteral("Results")), qPrintable(jobs->metricsCaption()));
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.results()));
        QCOMPARE(w.results()->scores().size(), std::size_t(2 * 2 * 4));
        QCOMPARE(w.results()->groupCount(), 1 + 4);
        QVERIFY(w.results()->decisionText().contains(QStringLiteral("precision")));
        w.results()->setThreshold(-1e9); // everything anomalous: recall 1
        QVERIFY(w.results()->decisionText().contains(QStringLiteral("recall 1.000")));
        QCOMPARE(w.embeddings()->pointCount(), 16);
        QVERIFY(w.embeddings()->hoverText().isEmpty());
        QSignalSpy projected(w.embeddings(), &ui::EmbeddingView::projectionReady);
        w.embeddings()->setMethod(1); // t-SNE, off the GUI thread
        QVERIFY(projected.wait(30000));
        QCOMPARE(w.embeddings()->pointCount(), 16);

        // With the model open, the inspector shows the model's input for a clip.
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/valve/test/normal_id_02_00000001.wav")));
        QVERIFY(w.inspector()->modelPanel()->isVisibleTo(w.inspector()));
        QVERIFY(!w.inspector()->modelPanel()->findChildren<ui::SpectrogramPlot *>().isEmpty());

        const QString report = m_dir.path() + QStringLiteral("/report.html");
        w.exportReport(report);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("id_02"));
        QVERIFY(html.contains("data:image/png;base64,"));
        QVERIFY(html.contains("ArcFace (own-class cross-entropy)")); // the run's own score, named
        QVERIFY(html.contains("Most anomalous clips") && html.contains("Precision"));
        QVERIFY(!html.contains("drag the line")); // the histogram's on-screen hint stays on screen

        // The PDF's pages, painted as images: each full at least to its middle but the last (no
        // figure pushed alone onto a half-empty page), as many as the PDF has.
        const ui::ReportInput input = ui::reportFromViews(QStringLiteral("test run"), QStringLiteral("test scorer"),
                                                          w.datasetModel()->dataset().get(), w.workspace()->scores().metrics,
                                                          *w.results(), w.embeddings());
        const std::vector<QImage> pages = ui::renderReportPages(input, 40);
        QVERIFY(pages.size() >= 2);
        for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
            int lowest = 0; // the last row with anything drawn on it
            for (int y = pages[p].height() - 1; y >= 0 && !lowest; --y)
                for (int x = 0; x < pages[p].width(); ++x)
                    if (pages[p].pixel(x, y) != qRgb(255, 255, 255)) {
                        lowest = y;
                        break;
                    }
            QVERIFY2(lowest > pages[p].height() / 2, qPrintable(QStringLiteral("page %1 of %2 ends at %3 of %4 rows")
                                                                    .arg(p + 1).arg(pages.size()).arg(lowest).arg(pages[p].height())));
        }
        const QString pdfPath = m_dir.path() + QStringLiteral("/report-pages.pdf");
        ui::writeReport(pdfPath, input);
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(int(pdfFile.readAll().count("/Type /Page\n") + 0), int(pages.size()));
        w.exportScores(m_dir.path() + QStringLiteral("/exported"));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/exported/anomaly_score_valve_id_02.csv")));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/exported/decision_result_valve_id_02.csv")));
        w.exportMetricsCsv(m_dir.path() + QStringLiteral("/metrics.csv"));
        QVERIFY(QFileInfo(m_dir.path() + QStringLiteral("/metrics.csv")).size() > 100);

        // The noise lab: the selected clip mixed at the slider's SNR, and a sweep of the model.
        ui::NoiseView *lab = w.noiseLab();
        {
            ui::NoiseView fresh;
            QVERIFY(!fresh.mixtureSpectrogram()->isVisibleTo(&fresh)); // no empty map before a clip
            fresh.resize(1200, 800);
            fresh.show();
            fresh.sweepPlot()->replot();
            // The hidden, empty legend beside it must not flatten the plot to its own height.
            QVERIFY(fresh.sweepPlot()->axisRect()->height() > fresh.sweepPlot()->height() / 2);
        }
        lab->setSnr(-6);
        QVERIFY(std::abs(lab->achievedSnr() + 6.0) < 0.01);
        QCOMPARE(lab->mixtureSpectrogram()->map().rows, 256);
        QVERIFY(lab->mixtureSpectrogram()->isVisibleTo(lab)); // shown once a clip is chosen
        // The clean clip beside the mixture, on the same grid; the inspector's colour map in both.
        QVERIFY(lab->cleanSpectrogram()->isVisibleTo(lab));
        QCOMPARE(lab->cleanSpectrogram()->map().cols, lab->mixtureSpectrogram()->map().cols);
        QVERIFY(lab->cleanSpectrogram()->map().data != lab->mixtureSpectrogram()->map().data);
        w.inspector()->colourBox()->setCurrentText(QStringLiteral("magma"));
        QVERIFY(lab->mixtureSpectrogram()->gradient() == ui::colorMap(QStringLiteral("magma")));
        QVERIFY(lab->cleanSpectrogram()->gradient() == ui::colorMap(QStringLiteral("magma")));
        // One colour is one level in both: the clean clip and its mixture share the colour scale.
        QCOMPARE(lab->cleanSpectrogram()->levelRange().upper, lab->mixtureSpectrogram()->levelRange().upper);
        QCOMPARE(lab->cleanSpectrogram()->levelRange().lower, lab->mixtureSpectrogram()->levelRange().lower);
        QVERIFY(w.inspector()->spectrogram()->gradient() == ui::colorMap(QStringLiteral("magma")));
        QSettings().remove(QStringLiteral("inspector/colors"));
        lab->setNoise(QStringLiteral("babble"));
        QVERIFY(std::abs(lab->achievedSnr() + 6.0) < 0.01);
        QSignalSpy swept(lab, &ui::NoiseView::sweepEnded);
        lab->sweepButton()->click();
        QVERIFY(swept.wait(120000));
        QCOMPARE(lab->sweepTable()->rowCount(), 1 + 2 * 3); // clean + 2 noises x 3 SNRs
        QCOMPARE(lab->sweepTable()->item(0, 0)->text(), QStringLiteral("clean"));
        QCOMPARE(lab->sweepTable()->item(0, 1)->text(), QStringLiteral("gui-run")); // the run its detector file is in
        QCOMPARE(lab->sweepPlot()->graphCount(), 4 * 2); // one line per ID and noise
        // The clean data is a dotted level per ID, not a point at a made-up SNR: each line holds
        // its three SNRs only.
        QCOMPARE(lab->sweepPlot()->itemCount(), 4);
        QCOMPARE(lab->sweepPlot()->graph(0)->dataCount(), 3);
        // The AUC axis follows the lowest point the tiny training happened to reach (the rule
        // itself is checked on chosen values in aucAxisStartsJustBelowTheLowestPoint).
        double lowest = 100;
        for (int i = 0; i < lab->sweepPlot()->graphCount(); ++i)
            for (auto p = lab->sweepPlot()->graph(i)->data()->begin(); p != lab->sweepPlot()->graph(i)->data()->end(); ++p)
                lowest = std::min(lowest, p->value);
        const QCPRange aucAxis = lab->sweepPlot()->yAxis->range();
        QCOMPARE(aucAxis.upper, 100.0);
        QCOMPARE(aucAxis.lower, ui::NoiseView::aucAxisFloor(lowest));
        // The figures of one detector, condition by condition (AUC, pAUC, mAUC).
        const auto figures = [lab](const QString &model) {
            QStringList rows;
            for (int r = 0; r < lab->sweepTable()->rowCount(); ++r)
                if (lab->sweepTable()->item(r, 1)->text() == model)
                    rows << QStringList{lab->sweepTable()->item(r, 0)->text(), lab->sweepTable()->item(r, 2)->text(),
                                        lab->sweepTable()->item(r, 3)->text(), lab->sweepTable()->item(r, 4)->text()}
                                .join(QLatin1Char(' '));
            return rows;
        };
        const QStringList firstDraw = figures(QStringLiteral("gui-run")); // its detector.asd: best.pt's weights

        // Compared with a second detector (here the run's last epoch): a row per condition
        // and detector, and a mean-AUC line per detector and noise.
        const QString run = m_dir.path() + QStringLiteral("/gui-run");
        lab->setModelPath(run + QStringLiteral("/best.pt"), run + QStringLiteral("/last.pt")); // as a student's teacher
        QCOMPARE(lab->compareEdit()->text(), run + QStringLiteral("/last.pt"));
        lab->sweepButton()->click();
        QVERIFY(swept.wait(120000));
        QCOMPARE(lab->sweepTable()->rowCount(), 2 * (1 + 2 * 3));
        QCOMPARE(lab->sweepTable()->item(1, 1)->text(), QStringLiteral("gui-run/last.pt"));
        QCOMPARE(lab->sweepPlot()->graphCount(), 2 * 2);
        QCOMPARE(lab->sweepPlot()->graph(0)->name(), QStringLiteral("gui-run/best.pt · pink"));
        QCOMPARE(figures(QStringLiteral("gui-run/best.pt")), firstDraw); // the same seed, the same mixtures
        lab->setModelPath(run, run + QStringLiteral("/no-such.pt")); // a teacher that is gone is not offered
        QVERIFY(lab->compareEdit()->text().isEmpty());
        // Another seed draws other noise: the clean row stays, the noisy ones move.
        lab->seedSpin()->setValue(2);
        lab->sweepButton()->click();
        QVERIFY(swept.wait(120000));
        const QStringList secondDraw = figures(QStringLiteral("gui-run"));
        QCOMPARE(secondDraw.size(), firstDraw.size());
        QCOMPARE(secondDraw.first(), firstDraw.first());
        QVERIFY2(secondDraw.mid(1) != firstDraw.mid(1), qPrintable(secondDraw.join(QLatin1Char('\n'))));
        // Nearest neighbours on the backbone's output, as `asd sweep --scorer knn --layer backbone`.
        lab->scorerBox()->setCurrentIndex(lab->scorerBox()->findData(QStringLiteral("knn-backbone")));
        lab->sweepButton()->click();
        QVERIFY(swept.wait(120000));
        QCOMPARE(figures(QStringLiteral("gui-run")).size(), firstDraw.size());
    }

    void pretrainedEncoderImportsAndFitsThroughTheGui()
    {
        qputenv("ASD_DATA_DIR", (m_dir.path() + QStringLiteral("/userdata")).toUtf8());
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        ui::JobsView *jobs = w.jobs();
        auto *families = qobject_cast<QStandardItemModel *>(jobs->methodCombo()->model());
        const int encoderRow = jobs->methodCombo()->findData(QStringLiteral("encoder-knn"));
        QVERIFY(encoderRow >= 0);
        QVERIFY(!families->item(encoderRow)->isEnabled()); // nothing imported yet
        ui::EncodersDialog *dialog = w.encodersDialog();
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->rowCount(), 0);
        // A file that is not a checkpoint is refused, naming it.
        QSignalSpy failed(dialog, &ui::EncodersDialog::importFailed);
        const QString notes = m_dir.path() + QStringLiteral("/notes.pt");
        test::writeText(notes.toStdString(), "not weights");
        dialog->importFile(notes);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(notes));
        QSignalSpy changed(dialog, &ui::EncodersDialog::encodersChanged);
        dialog->importFile(test::testDataDir() + QStringLiteral("/beats/beats_tiny.pt"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->index(0, ui::EncoderListModel::Layers).data().toInt(), 2);
        QCOMPARE(dialog->model()->index(0, ui::EncoderListModel::Sha256).data().toString().size(), 64);
        // Now the Jobs view offers the family with the encoder, and fits it.
        QVERIFY(families->item(encoderRow)->isEnabled());
        QCOMPARE(jobs->encoderCombo()->currentText(), QStringLiteral("beats_tiny"));
        jobs->methodCombo()->setCurrentIndex(encoderRow);
        QVERIFY(jobs->encoderCombo()->isEnabled());
        QVERIFY(jobs->optionsForm()->setValue("layer", QStringLiteral("1")));
        jobs->outputEdit()->setText(m_dir.path() + QStringLiteral("/gui-encoder"));
        QSignalSpy ended(jobs, &ui::JobsView::jobEnded);
        jobs->trainButton()->click();
        QVERIFY(ended.wait(60000));
        const auto detector = loadDetector((m_dir.path() + QStringLiteral("/gui-encoder")).toStdString());
        QCOMPARE(detector->options().at("encoder"), std::string("beats_tiny"));
        QCOMPARE(detector->options().at("layer"), std::string("1"));
        QVERIFY(jobs->optionsForm()->setValue("layer", QStringLiteral("last")));
        jobs->scoreButton()->click();
        QVERIFY(ended.wait(60000));
        QCOMPARE(w.results()->scores().size(), std::size_t(2 * 2 * 4));
        QCOMPARE(w.embeddings()->pointCount(), 16);
        // Adapted first (LoRA, group adapter): its epochs draw the loss curves.
        jobs->methodCombo()->setCurrentIndex(jobs->methodCombo()->findData(QStringLiteral("encoder-lora")));
        QVERIFY(jobs->encoderCombo()->isEnabled());
        QVERIFY(jobs->optionsForm()->setValue("epochs", QStringLiteral("2")));
        QVERIFY(jobs->optionsForm()->setValue("seconds", QStringLiteral("0.25")));
        QVERIFY(jobs->optionsForm()->setValue("batch", QStringLiteral("4")));
        jobs->outputEdit()->setText(m_dir.path() + QStringLiteral("/gui-encoder-lora"));
        jobs->trainButton()->click();
        QVERIFY(ended.wait(60000));
        QCOMPARE(jobs->lossPlot()->graph(0)->dataCount(), 2);
        // Per-ID metrics after each epoch, as the networks show them.
        QCOMPARE(jobs->metricsModel()->rowCount(), 4 + 2 + 1);
        QVERIFY2(jobs->metricsCaption().contains(QStringLiteral("after epoch 2")), qPrintable(jobs->metricsCaption()));
        QCOMPARE(loadDetector((m_dir.path() + QStringLiteral("/gui-encoder-lora")).toStdString())->family(),
                 std::string("encoder-lora"));
        QSettings().remove(QStringLiteral("jobs/method"));
        QSettings().remove(QStringLiteral("jobs/options"));
        qunsetenv("ASD_DATA_DIR");
    }

    void defaultDetectorFitsAndScoresThroughTheGui()
    {
        QSettings().remove(QStringLiteral("jobs/method")); // a user who never chose
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        ui::JobsView *jobs = w.jobs();
        // The families come from the engine's registry, the default (no training) first.
        QAbstractItemModelTester tester(jobs->methodCombo()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(jobs->methodCombo()->count(), int(detectorFamilies().size()));
        QCOMPARE(jobs->methodCombo()->currentData().toString(), QString::fromLatin1(defaultDetectorFamily()));
        // The form is the family's own options, with their defaults: no training loop's settings.
        QVERIFY(!jobs->optionsForm()->editor("epochs"));
        QVERIFY(!jobs->lossPlot()->isVisibleTo(jobs));
        auto *stats = qobject_cast<QLineEdit *>(jobs->optionsForm()->editor("stats"));
        QVERIFY(stats);
        QCOMPARE(stats->text(), QStringLiteral("mean+change"));
        QVERIFY(stats->toolTip().contains(QStringLiteral("statistics per band")));
        QVERIFY(qobject_cast<QSpinBox *>(jobs->optionsForm()->editor("k")));
        jobs->outputEdit()->setText(m_dir.path() + QStringLiteral("/gui-bandstats"));
        QSignalSpy ended(jobs, &ui::JobsView::jobEnded);
        // A misspelt option is refused with a message, before any work.
        QSignalSpy said(jobs, &ui::JobsView::status);
        QVERIFY(jobs->optionsForm()->setValue("stats", QStringLiteral("loudness")));
        jobs->trainButton()->click();
        QVERIFY(!jobs->isRunning());
        QVERIFY(said.last().first().toString().contains(QStringLiteral("mean, std, change")));
        QVERIFY(jobs->optionsForm()->setValue("stats", QStringLiteral("mean+std")));
        QVERIFY(jobs->optionsForm()->setValue("k", QStringLiteral("2")));
        jobs->trainButton()->click();
        QVERIFY(ended.wait(60000));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/gui-bandstats/detector.asd")));
        QCOMPARE(loadDetector((m_dir.path() + QStringLiteral("/gui-bandstats")).toStdString())->options().at("k"),
                 std::string("2"));
        // The same folder again is not overwritten without asking (here, where no dialog may
        // open, it is refused); an empty folder field makes a new run named after the detector.
        jobs->trainButton()->click();
        QVERIFY(!jobs->isRunning());
        QVERIFY(said.last().first().toString().contains(QStringLiteral("already holds a run")));
        jobs->optionsForm()->setValue("stats", QStringLiteral("mean+change"));
        jobs->optionsForm()->setValue("k", QStringLiteral("1"));
        jobs->scoreButton()->click();
        QVERIFY(ended.wait(60000));
        QCOMPARE(w.results()->scores().size(), std::size_t(2 * 2 * 4));
        QCOMPARE(w.embeddings()->pointCount(), 16);
        // Coloured by each clip's score within its ID, the legend runs from the lowest fifth up.
        w.embeddings()->colourBox()->setCurrentIndex(3);
        QStringList legend;
        for (int i = 0; i < w.embeddings()->plot()->legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(w.embeddings()->plot()->legend->item(i)))
                if (!item->plottable()->name().contains(QStringLiteral("anomaly")) &&
                    item->plottable()->name().contains(QStringLiteral("fifth")))
                    legend << item->plottable()->name();
        QVERIFY2(legend.size() >= 2, qPrintable(legend.join(QLatin1Char('|'))));
        QCOMPARE(legend.first(), QStringLiteral("lowest fifth of its ID"));
        QVERIFY(legend.indexOf(QStringLiteral("highest fifth of its ID")) == -1 ||
                legend.indexOf(QStringLiteral("highest fifth of its ID")) == legend.size() - 1);
        w.embeddings()->colourBox()->setCurrentIndex(0);
        for (QAction *a : w.exportActions())
            QVERIFY(a->isEnabled());
        // The report from the command line (asd-workbench --report), as HTML and as PDF.
        const QString scoresDir = m_dir.path() + QStringLiteral("/gui-bandstats/scores");
        QCOMPARE(ui::writeReportFromScoreFiles(m_dir.path() + QStringLiteral("/report.pdf"), scoresDir, m_dir.path(), QString()), 0);
        QCOMPARE(ui::writeReportFromScoreFiles(m_dir.path() + QStringLiteral("/report.html"), scoresDir, m_dir.path(),
                                               QStringLiteral("bandstats run")), 0);
        QFile pdf(m_dir.path() + QStringLiteral("/report.pdf")), html(m_dir.path() + QStringLiteral("/report.html"));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("bandstats run") && page.contains("data:image/png;base64,"));
        QCOMPARE(ui::writeReportFromScoreFiles(m_dir.path() + QStringLiteral("/none.html"), m_dir.path() + QStringLiteral("/nowhere"),
                                               m_dir.path(), QString()), 1);
        // TensorBoard's projector files: the test clips, then the training clips.
        QVERIFY(w.embeddings()->exportProjector(m_dir.path() + QStringLiteral("/projector")));
        QFile vectors(m_dir.path() + QStringLiteral("/projector/vectors.tsv")), metadata(m_dir.path() + QStringLiteral("/projector/metadata.tsv"));
        QVERIFY(vectors.open(QIODevice::ReadOnly) && metadata.open(QIODevice::ReadOnly));
        QCOMPARE(vectors.readAll().count('\n'), 16 + 12);
        QCOMPARE(metadata.readAll().count('\n'), 1 + 16 + 12);
        // The training clips the detector compares against are shown too (2 types x 2 IDs x 3).
        QCOMPARE(w.embeddings()->trainingPointCount(), 12);
        QVERIFY(w.embeddings()->trainingBox()->isEnabled() && w.embeddings()->trainingBox()->isChecked());
        // Find by file name: fan and valve, two normal test clips and three training clips of ID 00 each.
        QCOMPARE(w.embeddings()->search(QStringLiteral("NORMAL_id_00")), 2 * (2 + 3));
        for (const QString &p : w.embeddings()->listedPaths())
            QVERIFY(QFileInfo(p).fileName().startsWith(QStringLiteral("normal_id_00")));
        w.embeddings()->trainingBox()->setChecked(false);
        QCOMPARE(w.embeddings()->search(QStringLiteral("NORMAL_id_00")), 4);
        QCOMPARE(w.embeddings()->listedPaths().size(), 4);
        QCOMPARE(w.embeddings()->search(QStringLiteral("zebra")), 0);
        w.embeddings()->search(QString());
        // A box around everything lists every clip shown; an empty box none.
        const QCPRange xr = w.embeddings()->plot()->xAxis->range(), yr = w.embeddings()->plot()->yAxis->range();
        const QRectF everything(QPointF(xr.lower, yr.lower), QPointF(xr.upper, yr.upper));
        QCOMPARE(w.embeddings()->selectBox(everything), 16);
        w.embeddings()->trainingBox()->setChecked(true);
        QCOMPARE(w.embeddings()->selectBox(everything), 16 + 12);
        QCOMPARE(w.embeddings()->selectBox(QRectF(QPointF(xr.upper + 1, yr.upper + 1), QSizeF(1, 1))), 0);
        // The histogram counts whole clips.
        w.results()->histogramPlot()->replot();
        for (double tick : w.results()->histogramPlot()->yAxis->tickVector())
            QCOMPARE(tick, std::round(tick));
        // Coloured by each clip's score rank within its own ID: fifths, every test point drawn,
        // the training clips apart in their own grey graph.
        w.embeddings()->colourBox()->setCurrentIndex(3);
        int drawn = 0, training = 0;
        for (int g = 0; g < w.embeddings()->plot()->graphCount(); ++g) {
            QCPGraph *graph = w.embeddings()->plot()->graph(g);
            if (graph->name().contains(QStringLiteral("training"))) {
                training += graph->dataCount();
                continue;
            }
            QVERIFY(graph->name().contains(QStringLiteral("fifth")));
            drawn += graph->dataCount();
        }
        QCOMPARE(drawn, 16);
        QCOMPARE(training, 12);
        w.embeddings()->colourBox()->setCurrentIndex(0);
        // A clicked clip lists its nearest neighbours, nearest first.
        w.embeddings()->selectPoint(0);
        QListWidget *neighbours = w.embeddings()->neighbourList();
        QCOMPARE(neighbours->count(), 1 + 8);
        for (int r = 2; r < neighbours->count(); ++r)
            QVERIFY(neighbours->item(r)->data(Qt::UserRole + 1).toDouble() >= neighbours->item(r - 1)->data(Qt::UserRole + 1).toDouble());
        QVERIFY(QFileInfo::exists(neighbours->item(1)->data(Qt::UserRole).toString()));
        // ... and marks it and them on the plot, and keeps them marked through a redraw.
        const auto markedCount = [&](const QString &name) {
            for (int g = 0; g < w.embeddings()->plot()->graphCount(); ++g)
                if (w.embeddings()->plot()->graph(g)->name() == name)
                    return w.embeddings()->plot()->graph(g)->dataCount();
            return 0;
        };
        QCOMPARE(markedCount(QStringLiteral("clicked clip")), 1);
        QCOMPARE(markedCount(QStringLiteral("its nearest neighbours")), 8);
        w.embeddings()->colourBox()->setCurrentIndex(1);
        QCOMPARE(markedCount(QStringLiteral("clicked clip")), 1);
        w.embeddings()->colourBox()->setCurrentIndex(0);
        // The report says what scored the clips.
        w.exportReport(m_dir.path() + QStringLiteral("/bandstats-report.html"));
        QFile report(m_dir.path() + QStringLiteral("/bandstats-report.html"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("band statistics (mean, std)"));
        // Exported decisions: each ID at the threshold its scoring run fitted on its own
        // training clips, as the CLI writes them, not the one ID's shown in Results.
        w.results()->setGroup(1);
        const QString exported = m_dir.path() + QStringLiteral("/exported-bandstats");
        w.exportScores(exported);
        std::set<double> thresholds;
        for (const ScoredClip &c : w.results()->scores()) {
            const auto t = w.results()->thresholdOf(c);
            QVERIFY(t);
            thresholds.insert(*t);
        }
        QCOMPARE(thresholds.size(), std::size_t(4)); // one per ID, on its own scale
        for (const char *type : {"fan", "valve"})
            for (const char *id : {"id_00", "id_02"}) {
                QFile decisions(exported + QStringLiteral("/decision_result_%1_%2.csv").arg(QLatin1String(type), QLatin1String(id)));
                QVERIFY(decisions.open(QIODevice::ReadOnly));
                for (const QByteArray &line : decisions.readAll().split('\n')) {
                    if (line.isEmpty())
                        continue;
                    const QString file = QString::fromUtf8(line.split(',').at(0));
                    for (const ScoredClip &c : w.results()->scores())
                        if (QString::fromStdString(c.fileName) == file && c.machineType == type)
                            QCOMPARE(line.split(',').at(1).toInt(), int(c.score >= *w.results()->thresholdOf(c)));
                }
            }
        // The threshold can be typed; the ROC marks where the decisions sit.
        ui::ResultsView *results = w.results();
        results->setGroup(1);
        results->thresholdEdit()->setText(QLocale().toString(1e9));
        QMetaObject::invokeMethod(results->thresholdEdit(), "editingFinished");
        QCOMPARE(results->threshold(), 1e9);
        QVERIFY(results->decisionText().contains(QStringLiteral("recall 0.000")));
        QCOMPARE(results->rocPlot()->graph(3)->dataCount(), 1);
        QCOMPARE(results->rocPlot()->graph(3)->data()->begin()->key, 0.0); // nothing called: FPR 0
        results->thresholdEdit()->setText(QLocale().toString(-1e9));
        QMetaObject::invokeMethod(results->thresholdEdit(), "editingFinished");
        QCOMPARE(results->rocPlot()->graph(3)->data()->begin()->key, 1.0); // everything called
        QCOMPARE(results->rocPlot()->graph(3)->data()->begin()->value, 1.0);
        // Histogram ticks tell neighbouring scores apart at any scale.
        QCOMPARE(results->histogramPlot()->xAxis->numberPrecision(), 8);

        // With the detector open, the inspector gives a clip's score, and no network input maps.
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/valve/test/normal_id_02_00000001.wav")));
        QVERIFY(!w.inspector()->modelPanel()->isVisibleTo(w.inspector()));
        QVERIFY(!w.inspector()->anomalyCurve()->isVisibleTo(w.inspector())); // band statistics tell no time

        // PatchCore tells where in the clip: its curve shows under the spectrogram, on the
        // same time axis, its peak marked inside the clip.
        jobs->methodCombo()->setCurrentIndex(jobs->methodCombo()->findData(QStringLiteral("patchcore")));
        jobs->outputEdit()->setText(m_dir.path() + QStringLiteral("/gui-patchcore"));
        jobs->trainButton()->click();
        QVERIFY(ended.wait(60000));
        // Scored too, it joins the comparison with the band-statistics run.
        QAbstractItemModelTester comparisonTester(w.results()->comparison(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        jobs->scoreButton()->click();
        QVERIFY(ended.wait(60000));
        QCOMPARE(w.results()->comparison()->rowCount(), 2);
        QCOMPARE(w.results()->comparison()->index(1, ui::RunComparisonModel::RunColumn).data().toString(),
                 QStringLiteral("gui-patchcore"));
        QVERIFY(w.results()->comparison()->index(1, ui::RunComparisonModel::DetectorColumn).data().toString().contains(
            QStringLiteral("PatchCore")));
        jobs->scoreButton()->click(); // scored again: the same row
        QVERIFY(ended.wait(60000));
        QCOMPARE(w.results()->comparison()->rowCount(), 2);
        // Scoring scores the model the user opened, whatever the form's run folder says.
        QVERIFY(QDir(m_dir.path() + QStringLiteral("/gui-bandstats/scores")).removeRecursively());
        QVERIFY(w.openModel(m_dir.path() + QStringLiteral("/gui-bandstats")));
        jobs->scoreButton()->click();
        QVERIFY(ended.wait(60000));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/gui-bandstats/scores/anomaly_score_fan_id_00.csv")));
        // Both runs made through the Jobs view keep their metrics: the Runs tab lists them with
        // the per-group figures `asd eval` gives for their score files.
        ui::RunsView runsView;
        runsView.setWorkspace(m_dir.path());
        const DatasetIndex data = scanDataset(m_dir.path().toStdString());
        for (const char *name : {"gui-bandstats", "gui-patchcore"}) {
            const QString run = m_dir.path() + QLatin1Char('/') + QLatin1String(name);
            int row = -1;
            for (int r = 0; r < runsView.runs()->rowCount(); ++r)
                if (runsView.runs()->index(r, ui::RunListModel::RunColumn).data().toString() == QLatin1String(name))
                    row = r;
            QVERIFY2(row >= 0, name);
            QVERIFY2(!runsView.runs()->index(row, ui::RunListModel::AucColumn).data().toString().isEmpty(), name);
            const ScoreFileReading scores = readScoreFiles((run + QStringLiteral("/scores")).toStdString(), data);
            const EvaluationSummary evaluated = evaluate(scores.scored, defaultRule(scores.scored));
            const RunRecord record = readRunRecord(run.toStdString());
            QCOMPARE(record.rows.size(), evaluated.groups.size());
            for (std::size_t g = 0; g < record.rows.size(); ++g) {
                QCOMPARE(record.rows[g].group, evaluated.groups[g].group);
                QCOMPARE(record.rows[g].auc, evaluated.groups[g].auc);
                QCOMPARE(record.rows[g].pauc, evaluated.groups[g].pauc);
            }
        }
        QVERIFY(w.openModel(m_dir.path() + QStringLiteral("/gui-patchcore")));
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/valve/test/anomaly_id_02_00000000.wav")));
        ui::AnomalyCurvePlot *curve = w.inspector()->anomalyCurve();
        QVERIFY(curve->isVisibleTo(w.inspector()));
        QVERIFY(curve->peakSeconds() >= 0.0 && curve->peakSeconds() <= 0.25 + 1e-9);
        QCOMPARE(curve->xAxis->range(), w.inspector()->waveform()->xAxis->range());
        w.inspector()->waveform()->xAxis->setRange(0.05, 0.15); // zoom one, the curve follows
        QCOMPARE(curve->xAxis->range(), QCPRange(0.05, 0.15));
        // One time axis on screen: a time falls on the same pixel column in every pane,
        // though the spectrogram alone has a colour scale beside it.
        QCustomPlot *wave = w.inspector()->waveform(), *spec = w.inspector()->spectrogram();
        for (int pass = 0; pass < 2; ++pass) { // the second pass after the others took the spectrogram's margins
            for (QCustomPlot *p : {wave, spec, static_cast<QCustomPlot *>(curve)})
                p->replot();
            QTest::qWait(50);
        }
        const auto column = [&w](QCustomPlot *p, double seconds) {
            return p->mapTo(&w, QPoint(int(std::lround(p->xAxis->coordToPixel(seconds))), 0)).x();
        };
        for (double t : {0.06, 0.1, 0.14}) {
            QCOMPARE(column(wave, t), column(spec, t));
            QCOMPARE(column(curve, t), column(spec, t));
        }
    }

    // A dataset opened before anything is scored: the ROC's legend reads no AUC off an empty
    // curve (it read past the curve once), no decisions are counted, no empty legend box.
    void resultsBeforeAnythingIsScored()
    {
        ui::ResultsView results;
        results.setScores({}, {});
        QCOMPARE(results.rocPlot()->graph(1)->name(), QStringLiteral("ROC"));
        QVERIFY(results.decisionText().isEmpty());
        QVERIFY(!results.histogramPlot()->legend->visible());
        // Scores shown, then none (another dataset opened): nothing of the first stays.
        ScoredClip normal, anomaly;
        normal.machineType = anomaly.machineType = "fan";
        normal.group = anomaly.group = "id_00";
        normal.label = Label::Normal;
        anomaly.label = Label::Anomaly;
        normal.score = 1.0;
        anomaly.score = 40.0;
        results.setScores({normal, anomaly}, {});
        QVERIFY(results.histogramPlot()->xAxis->range().upper > 30);
        QVERIFY(!results.decisionText().isEmpty());
        results.setScores({}, {});
        QCOMPARE(results.histogramPlot()->xAxis->range().upper, 5.0);
        QCOMPARE(results.rocPlot()->graph(1)->name(), QStringLiteral("ROC"));
        QVERIFY(results.decisionText().isEmpty());
    }

    void scorerBoxSaysWhatItScoresWith()
    {
        ui::ScorerBox scoring(true), sweeping(false);
        QCOMPARE(scoring.count(), 4);
        QCOMPARE(sweeping.count(), 3); // a sweep offers the detector's own score or kNN
        QVERIFY(sweeping.findData(QStringLiteral("arcface")) < 0);
        QCOMPARE(int(scoring.scorer()), int(ScoreConfig::Scorer::Auto));
        scoring.setCurrentIndex(scoring.findData(QStringLiteral("arcface")));
        QCOMPARE(int(scoring.scorer()), int(ScoreConfig::Scorer::ArcFace));
        scoring.setCurrentIndex(scoring.findData(QStringLiteral("knn")));
        QCOMPARE(int(scoring.scorer()), int(ScoreConfig::Scorer::Knn));
        QCOMPARE(int(scoring.layer()), int(EmbeddingLayer::Head));
        scoring.setCurrentIndex(scoring.findData(QStringLiteral("knn-backbone")));
        QCOMPARE(int(scoring.scorer()), int(ScoreConfig::Scorer::Knn));
        QCOMPARE(int(scoring.layer()), int(EmbeddingLayer::Backbone));
    }

    void eachFamilyShowsItsOwnOptions()
    {
        ui::JobsView jobs;
        jobs.methodCombo()->setCurrentIndex(jobs.methodCombo()->findData(QStringLiteral("osscl")));
        QVERIFY(!jobs.optionsForm()->editor("align")); // a student's settings only
        QVERIFY(jobs.optionsForm()->editor("ema-decay"));
        QVERIFY(jobs.lossPlot()->isVisibleTo(&jobs));
        jobs.methodCombo()->setCurrentIndex(jobs.methodCombo()->findData(QStringLiteral("mixalign")));
        auto *align = qobject_cast<QComboBox *>(jobs.optionsForm()->editor("align"));
        QVERIFY(align);
        QCOMPARE(align->count(), 2); // the mixture target and the denoise baseline
        QVERIFY(jobs.optionsForm()->editor("align-weight"));
        QVERIFY(jobs.optionsForm()->editor("lambda"));
        QVERIFY(!jobs.optionsForm()->editor("teacher")); // the open model is the teacher
        // Every family's form holds exactly its options, less those the view asks for itself.
        for (const DetectorFamily &f : detectorFamilies()) {
            jobs.methodCombo()->setCurrentIndex(jobs.methodCombo()->findData(QString::fromStdString(f.name)));
            for (const DetectorOption &o : f.options)
                QCOMPARE(jobs.optionsForm()->editor(o.name) != nullptr,
                         o.name != "encoder" && o.name != "device" && o.name != "teacher");
        }
        // Without an open model there is no teacher: the form says so and starts nothing.
        jobs.methodCombo()->setCurrentIndex(jobs.methodCombo()->findData(QStringLiteral("mixalign")));
        QSignalSpy said(&jobs, &ui::JobsView::status);
        jobs.trainButton()->click();
        QVERIFY(!jobs.isRunning());
        QCOMPARE(said.count(), 1);
        QVERIFY(said.first().first().toString().contains(QStringLiteral("teacher")));
        // A training SNR range turned upside down is refused before any work.
        jobs.setOpenModel(QStringLiteral("/nowhere/teacher"));
        jobs.optionsForm()->setValue("snr-min", QStringLiteral("10"));
        jobs.optionsForm()->setValue("snr-max", QStringLiteral("-10"));
        jobs.trainButton()->click();
        QVERIFY(!jobs.isRunning());
        QVERIFY2(said.last().first().toString().contains(QStringLiteral("snr-min is above snr-max")),
                 qPrintable(said.last().first().toString()));
        jobs.optionsForm()->setValue("snr-min", QStringLiteral("-6"));
        jobs.optionsForm()->setValue("snr-max", QStringLiteral("6"));
        jobs.optionsForm()->remember();
    }

    void cancellingAJobFreesTheForm()
    {
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        ui::JobsView *jobs = w.jobs();
        jobs->methodCombo()->setCurrentIndex(jobs->methodCombo()->findData(QStringLiteral("osscl")));
        QVERIFY(jobs->optionsForm()->setValue("epochs", QStringLiteral("500")));
        QVERIFY(jobs->optionsForm()->setValue("seconds", QStringLiteral("0.25")));
        jobs->outputEdit()->setText(m_dir.path() + QStringLiteral("/cancel-run"));
        QSignalSpy ended(jobs, &ui::JobsView::jobEnded);
        jobs->trainButton()->click();
        QVERIFY(jobs->isRunning());
        QVERIFY(jobs->cancelButton()->isEnabled());
        QTest::qWait(1500);
        QElapsedTimer t;
        t.start();
        jobs->cancelButton()->click();
        QVERIFY(ended.wait(10000));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(jobs->trainButton()->isEnabled());
        QVERIFY(!jobs->cancelButton()->isEnabled());
    }

    void metricsModelIsAValidTableModel()
    {
        ui::MetricsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EvaluationSummary s;
        s.groups.push_back({"fan", "id_00", Domain::None, 0.9, 0.8, 10, 10});
        s.groups.push_back({"fan", "id_02", Domain::None, 0.6, 0.55, 10, 10});
        s.types.push_back({"fan", 0.75, 0.7, 0.75, 0.675, 0.6});
        s.aucMean = 0.75;
        model.setSummary(s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ui::MetricsTableModel::AucColumn).data().toString(), QStringLiteral("90.00"));
        QCOMPARE(model.index(2, ui::MetricsTableModel::MaucColumn).data().toString(), QStringLiteral("60.00"));
        // Best and worst per-ID AUC are highlighted differently.
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole) != model.index(1, 0).data(Qt::BackgroundRole));
        QVERIFY(model.toCsv().startsWith(QStringLiteral("machine_type,group,domain,auc")));
        model.setSummary({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
