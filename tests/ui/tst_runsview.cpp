// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs tab: a workspace's runs listed, compared, renamed and deleted.
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

class TestRunsView : public QObject, test::GuiFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startAll(); }
    void init() { startEach(); }

    // The Runs tab: every run under the workspace with what its run.json says, one run's
    // per-group metrics, two side by side with B - A, rename and delete; the workspace persists.
    void runsPanelListsComparesRenamesAndDeletes()
    {
        const QString workspace = m_dir.path() + QStringLiteral("/workspace");
        test::fitAndScore(m_dir.path(), workspace + QStringLiteral("/mean"), {{"stats", "mean"}});
        test::fitAndScore(m_dir.path(), workspace + QStringLiteral("/mean-std"), {{"stats", "mean+std"}});
        // A run from before run.json, and one whose run.json is damaged: listed, not fatal.
        QDir().mkpath(workspace + QStringLiteral("/old"));
        QFile::copy(workspace + QStringLiteral("/mean/detector.asd"), workspace + QStringLiteral("/old/detector.asd"));
        QDir().mkpath(workspace + QStringLiteral("/damaged"));
        test::writeText((workspace + QStringLiteral("/damaged/run.json")).toStdString(), "{\"seconds\": -4");
        QDir().mkpath(workspace + QStringLiteral("/not-a-run"));

        ui::RunsView view;
        QAbstractItemModelTester listTester(view.runs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diffTester(view.details(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setWorkspace(workspace);
        QCOMPARE(view.runs()->rowCount(), 4);
        auto rowOf = [&](const QString &name) {
            for (int r = 0; r < view.runs()->rowCount(); ++r)
                if (view.runs()->index(r, ui::RunListModel::RunColumn).data().toString() == name)
                    return r;
            return -1;
        };
        const int mean = rowOf(QStringLiteral("mean")), meanStd = rowOf(QStringLiteral("mean-std"));
        QVERIFY(mean >= 0 && meanStd >= 0);
        QVERIFY(view.runs()->index(mean, ui::RunListModel::DetectorColumn).data().toString().contains(QStringLiteral("bandstats")));
        QVERIFY(!view.runs()->index(mean, ui::RunListModel::AucColumn).data().toString().isEmpty());
        QCOMPARE(view.runs()->index(rowOf(QStringLiteral("old")), ui::RunListModel::AucColumn).data(), QVariant());
        QVERIFY(view.runs()->index(rowOf(QStringLiteral("damaged")), 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("run.json")));

        // One run: its per-group rows; two: side by side, the difference B - A in points.
        auto select = [&](const QList<int> &rows) {
            view.table()->clearSelection();
            auto *sorted = static_cast<QSortFilterProxyModel *>(view.table()->model());
            for (int r : rows)
                view.table()->selectionModel()->select(sorted->mapFromSource(view.runs()->index(r, 0)),
                                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        select({mean});
        QCOMPARE(view.details()->columnCount(), 5);
        QVERIFY(view.details()->rowCount() >= 4); // 2 types x 2 IDs
        select({mean, meanStd});
        QCOMPARE(view.details()->columnCount(), int(ui::RunDiffModel::ColumnCount));
        // A is the older run (fitted first), so the differences say what the newer one changed.
        QVERIFY(view.details()->headerData(ui::RunDiffModel::AucA, Qt::Horizontal).toString().endsWith(QStringLiteral(" mean")));
        QVERIFY(view.details()->headerData(ui::RunDiffModel::AucB, Qt::Horizontal).toString().endsWith(QStringLiteral("mean-std")));
        for (int r = 0; r < view.details()->rowCount(); ++r) {
            auto value = [&](int column) { return view.details()->index(r, column).data().toString().toDouble(); };
            QVERIFY(std::abs(value(ui::RunDiffModel::AucDiff) - (value(ui::RunDiffModel::AucB) - value(ui::RunDiffModel::AucA))) < 0.011);
        }

        // Rename and delete act on the folders.
        QVERIFY(!view.runs()->renameRun(rowOf(QStringLiteral("old")), QStringLiteral("mean")).isEmpty()); // exists
        QCOMPARE(view.runs()->renameRun(rowOf(QStringLiteral("old")), QStringLiteral("older")), QString());
        QVERIFY(QFileInfo::exists(workspace + QStringLiteral("/older/detector.asd")));
        QCOMPARE(view.runs()->removeRun(rowOf(QStringLiteral("damaged"))), QString());
        QVERIFY(!QFileInfo::exists(workspace + QStringLiteral("/damaged")));
        QCOMPARE(view.runs()->rowCount(), 3);
        // The next session opens the same workspace.
        ui::RunsView again;
        QCOMPARE(again.workspace(), workspace);
        QCOMPARE(again.runs()->rowCount(), 3);
    }
};

QTEST_MAIN(TestRunsView)
#include "tst_runsview.moc"
