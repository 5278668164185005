// SPDX-License-Identifier: GPL-3.0-or-later
// The noise lab's sweep plot.
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

class TestNoiseView : public QObject, test::GuiFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startAll(); }
    void init() { startEach(); }

    void aucAxisStartsJustBelowTheLowestPoint()
    {
        // Below, or at, the lowest point, on a multiple of 10, and not far beneath it.
        for (double lowest : {0.0, 1.0, 2.0, 2.5, 37.5, 50.0, 61.9, 72.0, 99.0, 100.0}) {
            const double floor = ui::NoiseView::aucAxisFloor(lowest);
            QVERIFY2(floor <= lowest && floor >= 0.0, qPrintable(QString::number(lowest)));
            QVERIFY2(lowest < 2.0 || lowest - floor >= 2.0, qPrintable(QString::number(lowest))); // the point shows
            QVERIFY2(lowest - floor <= 12.0, qPrintable(QString::number(lowest)));
            QCOMPARE(std::fmod(floor, 10.0), 0.0);
        }
        QCOMPARE(ui::NoiseView::aucAxisFloor(61.9), 50.0);
        QCOMPARE(ui::NoiseView::aucAxisFloor(72.0), 70.0);
        QCOMPARE(ui::NoiseView::aucAxisFloor(0.0), 0.0); // an ID at AUC 0 still shows, on the axis
    }
};

QTEST_MAIN(TestNoiseView)
#include "tst_noiseview.moc"
