// SPDX-License-Identifier: GPL-3.0-or-later
// One workspace that every view shows: another dataset and run replace what every view showed.
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
#include <QTableView>
#include <QtTest>

#include <qcustomplot.h>

#include <algorithm>
#include <set>

using namespace asd;

class TestWorkspace : public QObject, test::GuiFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startAll(); }
    void init() { startEach(); }

    // One workspace that every view shows: opening another dataset and a run fitted on it
    // leaves nothing of the first in any view, and the open run's scores come back with it.
    void openingAnotherDatasetAndRunUpdatesEveryView()
    {
        const QString first = m_dir.path(), firstRun = m_dir.path() + QStringLiteral("/workspace-first");
        QTemporaryDir second;
        writeSynthDataset(second.path().toStdString(), test::tinySynth(1, 1, 3, 2, 0.25));
        const QString secondRun = second.path() + QStringLiteral("/run");
        test::fitAndScore(first, firstRun);
        test::fitAndScore(second.path(), secondRun);

        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        QVERIFY(w.openModel(firstRun));
        // The run's scores of the open dataset are loaded with it: 2 types x 2 IDs x 4 test clips.
        QCOMPARE(w.results()->scores().size(), std::size_t(2 * 2 * 4));
        QCOMPARE(w.workspace()->scores().source, firstRun + QStringLiteral("/scores"));
        QVERIFY2(w.results()->source().contains(QStringLiteral("workspace-first")) &&
                     w.results()->source().contains(firstRun + QStringLiteral("/scores")),
                 qPrintable(w.results()->source())); // Results names the run and files it shows
        QCOMPARE(w.results()->comparison()->rowCount(), 1);
        QVERIFY(!w.results()->thresholdLineShown()); // all machines: four IDs, each its own threshold
        // Clicking a histogram bar lists exactly its clips: every scored clip in one bar.
        QStringList listed;
        QString firstListed;
        for (bool anomaly : {false, true})
            for (int bin = 0; bin < 60; ++bin) {
                const QStringList clips = w.results()->pickBin(bin, anomaly);
                if (firstListed.isEmpty() && !clips.isEmpty()) {
                    firstListed = clips.first();
                    QCOMPARE(w.results()->pickedList()->count(), clips.size());
                }
                listed << clips;
            }
        QCOMPARE(listed.size(), int(w.workspace()->scores().clips.size()));
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()).size(), listed.size());
        // Opening a listed clip shows it in the inspector.
        QVERIFY(w.results()->pickBin(0, false).size() > 0 || w.results()->pickBin(0, true).size() > 0);
        w.results()->pickedList()->setCurrentRow(0);
        Q_EMIT w.results()->pickedList()->itemActivated(w.results()->pickedList()->item(0));
        QVERIFY(w.inspector()->clip().has_value());
        QCOMPARE(QString::fromStdString(w.inspector()->clip()->path), w.results()->pickedList()->item(0)->data(Qt::UserRole).toString());
        // The tree shows the scores: sorted by them, the open run's most anomalous clip comes first.
        const auto &scored = w.workspace()->scores().clips;
        const auto highest = std::max_element(scored.begin(), scored.end(),
                                              [](const ScoredClip &a, const ScoredClip &b) { return a.score < b.score; });
        w.datasetView()->sortByColumn(ui::DatasetTreeModel::ScoreColumn, Qt::DescendingOrder);
        const QAbstractItemModel *tree = w.datasetView()->model();
        QModelIndex top;
        while (tree->rowCount(top) > 0)
            top = tree->index(0, 0, top);
        QCOMPARE(top.data(ui::DatasetTreeModel::ClipPathRole).toString(), QString::fromStdString(highest->path));
        QCOMPARE(tree->index(top.row(), ui::DatasetTreeModel::ScoreColumn, top.parent()).data().toString(),
                 QString::number(highest->score, 'g', 4));
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/fan/test/normal_id_00_00000000.wav")));

        QSignalSpy loaded(&w, &ui::MainWindow::datasetLoaded);
        w.openDataset(second.path());
        QVERIFY(loaded.wait(30000));
        // Nothing of the first dataset's results stays; the first run's scores are not this one's.
        QCOMPARE(w.results()->scores().size(), std::size_t(0));
        QCOMPARE(w.results()->comparison()->rowCount(), 0);
        QModelIndex clip;
        while (w.datasetView()->model()->rowCount(clip) > 0)
            clip = w.datasetView()->model()->index(0, 0, clip);
        QVERIFY(w.datasetView()->model()->index(clip.row(), ui::DatasetTreeModel::ScoreColumn, clip.parent()).data().isNull());
        QCOMPARE(w.embeddings()->pointCount(), 0);
        QCOMPARE(w.jobs()->dataFolder(), second.path());
        QCOMPARE(w.noiseLab()->dataFolder(), second.path());
        QVERIFY(!w.inspector()->waveform()->isVisibleTo(w.inspector())); // the old clip is gone

        QVERIFY(w.openModel(secondRun));
        QCOMPARE(w.workspace()->runFolder(), secondRun);
        QCOMPARE(w.jobs()->openModel(), secondRun + QStringLiteral("/detector.asd"));
        QCOMPARE(w.noiseLab()->modelPath(), secondRun + QStringLiteral("/detector.asd"));
        QCOMPARE(w.results()->scores().size(), std::size_t(1 * 1 * 4));
        QVERIFY(w.results()->thresholdLineShown()); // all machines is its one ID
        QCOMPARE(w.results()->comparison()->rowCount(), 1);
        QCOMPARE(w.results()->comparison()->index(0, ui::RunComparisonModel::RunColumn).data().toString(),
                 QStringLiteral("run"));
    }

    // A run finished in the Jobs view opens off the GUI thread: the model and the run's stored
    // scores arrive together; a file that is no detector is a reason, not an exception; the
    // last open asked for wins.
    void runsOpenInTheBackground()
    {
        const QString run = m_dir.path() + QStringLiteral("/workspace-background");
        test::fitAndScore(m_dir.path(), run);
        ui::Workspace workspace;
        workspace.setDataset(std::make_shared<const DatasetIndex>(scanDataset(m_dir.path().toStdString())));
        QSignalSpy opened(&workspace, &ui::Workspace::modelChanged), failed(&workspace, &ui::Workspace::modelFailed);
        workspace.openModelInBackground(run);
        QVERIFY(!workspace.model()); // not yet: the window goes on meanwhile
        QVERIFY(opened.wait(20000));
        QVERIFY(workspace.model());
        QCOMPARE(workspace.scores().clips.size(), std::size_t(16)); // RUN/scores of this dataset
        const QString notADetector = m_dir.path() + QStringLiteral("/not-a-detector.asd");
        QFile text(notADetector);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("hello") == 5);
        text.close();
        workspace.openModelInBackground(notADetector);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().toString(), notADetector);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("not-a-detector.asd")));
        QCOMPARE(opened.count(), 1);
        workspace.openModelInBackground(notADetector);
        workspace.openModelInBackground(run); // supersedes the first
        QVERIFY(opened.wait(20000));
        QTest::qWait(200);
        QCOMPARE(failed.count(), 1);
    }

    // Clicking a run in Results' comparison shows that run's scores everywhere (plots, the
    // tree's Score column), and Export Scores writes the run shown.
    void comparisonRowShowsThatRun()
    {
        const QString first = m_dir.path() + QStringLiteral("/compare-mean-change"), second = m_dir.path() + QStringLiteral("/compare-mean-std");
        test::fitAndScore(m_dir.path(), first);
        test::fitAndScore(m_dir.path(), second, {{"stats", "mean+std"}});
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        QVERIFY(w.openModel(first));
        const std::vector<ScoredClip> firstScores = w.results()->scores();
        QVERIFY(w.openModel(second));
        QVERIFY(w.results()->scores().front().score != firstScores.front().score);
        QTableView *table = nullptr;
        for (QTableView *t : w.results()->findChildren<QTableView *>())
            if (t->model()->rowCount() == 2)
                table = t;
        QVERIFY(table);
        int row = table->model()->index(0, 0).data().toString() == QStringLiteral("compare-mean-change") ? 0 : 1;
        QCOMPARE(table->model()->index(row, 0).data().toString(), QStringLiteral("compare-mean-change"));
        w.show();
        table->show();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 1)).center());
        QCOMPARE(w.results()->scores().size(), firstScores.size());
        QCOMPARE(w.results()->scores().front().score, firstScores.front().score);
        QVERIFY(w.results()->source().contains(QStringLiteral("compare-mean-change")));
        const QString exported = m_dir.path() + QStringLiteral("/exported-first");
        w.exportScores(exported);
        const ScoreFileReading back = readScoreFiles(exported.toStdString(), *w.datasetModel()->dataset());
        QCOMPARE(back.scored.size(), firstScores.size());
        std::map<std::string, double> byPath;
        for (const auto &c : firstScores)
            byPath[c.path] = c.score;
        for (const auto &c : back.scored)
            QVERIFY(std::abs(c.score - byPath.at(c.path)) < 1e-5 * std::max(1.0, std::abs(c.score)));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
