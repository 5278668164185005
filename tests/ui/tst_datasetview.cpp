// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset browser: opening a generated dataset without blocking, filtering it, its item model, its translations, a folder that is not there.
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

class TestDatasetView : public QObject, test::GuiFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startAll(); }
    void init() { startEach(); }

    void treeModelIsAValidItemModel()
    {
        ui::DatasetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(std::make_shared<const DatasetIndex>(scanDataset(m_dir.path().toStdString())));
        QCOMPARE(model.rowCount(), 2); // fan, valve
        const QModelIndex fan = model.index(0, 0);
        QVERIFY(model.data(fan).toString().startsWith(QStringLiteral("fan (14 clips)")));
        QCOMPARE(model.rowCount(fan), 2); // id_00, id_02
        const QModelIndex test = model.index(0, 0, model.index(0, 0, fan));
        QCOMPARE(model.data(test).toString(), QStringLiteral("test (4 clips)"));
        const QModelIndex leaf = model.index(0, 0, test);
        QVERIFY(model.clipAt(leaf));
        QCOMPARE(model.data(model.index(0, ui::DatasetTreeModel::LabelColumn, test)).toString(), QStringLiteral("anomaly"));
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void opensDatasetWithoutBlockingAndFilters()
    {
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        QCOMPARE(w.datasetModel()->dataset()->clips.size(), std::size_t(28));
        QCOMPARE(w.datasetView()->model()->rowCount(), 2);
        // Only anomaly clips remain below each type.
        QCOMPARE(test::filteredClips(w, QStringLiteral("anomaly")), QStringList(8, QStringLiteral("anomaly_")));
        // Words in any order, each required: the machine type and the label.
        QCOMPARE(test::filteredClips(w, QStringLiteral("fan anomaly")), QStringList(4, QStringLiteral("anomaly_")));
        QCOMPARE(test::filteredClips(w, QStringLiteral("ANOMALY   fan")), QStringList(4, QStringLiteral("anomaly_")));
        QCOMPARE(test::filteredClips(w, QStringLiteral("fan anomaly id_00")).size(), 2);
        QVERIFY(test::filteredClips(w, QStringLiteral("fan zebra")).isEmpty());
        QCOMPARE(test::filteredClips(w, QString()).size(), 28);
        // Nothing skipped in this set: no skipped-files panel. Nothing scored: nothing to export.
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("skippedDock"))->isVisible());
        for (QAction *a : w.exportActions())
            QVERIFY(!a->isEnabled());
    }

    // Chinese and Japanese load from the compiled translations and the window speaks them.
    void chineseAndJapaneseTranslationsShow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("noiseLab");
        QTest::addColumn<QString>("runs");
        QTest::newRow("zh_CN") << QStringLiteral("asd-workbench_zh_CN") << QStringLiteral("噪声实验室(&N)") << QStringLiteral("运行(&U)");
        QTest::newRow("ja") << QStringLiteral("asd-workbench_ja") << QStringLiteral("ノイズラボ(&N)") << QStringLiteral("実行(&U)");
    }

    void chineseAndJapaneseTranslationsShow()
    {
        QFETCH(QString, name);
        QFETCH(QString, noiseLab);
        QFETCH(QString, runs);
        QTranslator translator;
        QVERIFY2(translator.load(name, QStringLiteral(ASD_TRANSLATIONS_DIR)), qPrintable(name + QStringLiteral(" was not built")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            ui::MainWindow w;
            QCOMPARE(w.tabs()->tabText(4), noiseLab);
            QCOMPARE(w.tabs()->tabText(5), runs);
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // The window fits a 1024x768 screen (a 1280x800 one with room to spare) in every language,
    // on every tab, with a model open, a clip selected and everything the inspector shows on.
    void windowFitsASmallScreenInEveryLanguage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("asd-workbench_de");
        QTest::newRow("zh_CN") << QStringLiteral("asd-workbench_zh_CN");
        QTest::newRow("ja") << QStringLiteral("asd-workbench_ja");
    }

    void windowFitsASmallScreenInEveryLanguage()
    {
        QFETCH(QString, name);
        QTranslator translator;
        if (!name.isEmpty()) {
            QVERIFY2(translator.load(name, QStringLiteral(ASD_TRANSLATIONS_DIR)), qPrintable(name + QStringLiteral(" was not built")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        {
            ui::MainWindow w;
            QVERIFY(openWithFittedRun(w, m_dir.path() + QStringLiteral("/window-size-run")));
            QVERIFY(w.selectClip(QString::fromStdString(w.datasetModel()->dataset()->clips.back().path)));
            ui::InspectorView *inspector = w.inspector();
            inspector->pinCurrent();
            inspector->spectrumButton()->setChecked(true);
            // Room for the widest labels and tool bars of every tab, window frame and task bar aside.
            const QSize screen(1024, 700);
            QStringList tooBig;
            for (int tab = 0; tab < w.tabs()->count(); ++tab) {
                w.tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QSize need = w.minimumSizeHint().expandedTo(w.minimumSize());
                if (need.width() > screen.width() || need.height() > screen.height())
                    tooBig << QStringLiteral("%1 needs %2x%3").arg(w.tabs()->tabText(tab)).arg(need.width()).arg(need.height());
            }
            QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // Marking a clip as a known anomaly from the tree writes the dataset's list (atomically,
    // keeping its comments), reads the dataset again and shows the mark; unmarking takes it off.
    void markingAKnownAnomalyFromTheTree()
    {
        QTemporaryDir data;
        writeSynthDataset(data.path().toStdString(), test::tinySynth(1, 1, 3, 2, 0.25));
        test::writeText((data.path() + QStringLiteral("/known_anomalies.txt")).toStdString(), "# faults heard on site\n");
        ui::MainWindow w;
        QVERIFY(test::openGenerated(w, data.path()));
        const Clip clip = *std::find_if(w.datasetModel()->dataset()->clips.begin(), w.datasetModel()->dataset()->clips.end(),
                                        [](const Clip &c) { return c.label == Label::Anomaly; });
        QSignalSpy loaded(&w, &ui::MainWindow::datasetLoaded);
        QVERIFY(w.markKnownAnomaly(QString::fromStdString(clip.relativePath), true));
        QVERIFY(loaded.wait(20000));
        const auto marked = [&] {
            for (const Clip &c : w.datasetModel()->dataset()->clips)
                if (c.path == clip.path)
                    return c.knownAnomaly;
            return false;
        };
        QVERIFY(marked());
        QFile list(data.path() + QStringLiteral("/known_anomalies.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(list.readAll()),
                 QStringLiteral("# faults heard on site\n") + QString::fromStdString(clip.relativePath) + QLatin1Char('\n'));
        list.close();
        QVERIFY(test::filteredClips(w, QStringLiteral("known")).size() == 1); // the label column says so
        w.findChild<QLineEdit *>()->clear();
        QVERIFY(w.markKnownAnomaly(QString::fromStdString(clip.relativePath), false));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!marked());
    }

    void germanTranslationShowsAndFilters()
    {
        QTranslator german;
        QVERIFY2(german.load(QStringLiteral("asd-workbench_de"), QStringLiteral(ASD_TRANSLATIONS_DIR)),
                 "the German translation was not built");
        QVERIFY(QCoreApplication::installTranslator(&german));
        {
            ui::MainWindow w;
            QCOMPARE(w.tabs()->tabText(4), QStringLiteral("&Rauschlabor"));
            QVERIFY(openGenerated(w));
            // The label column says "Anomalie", so that is what a German user types.
            QCOMPARE(test::filteredClips(w, QStringLiteral("Anomalie")), QStringList(8, QStringLiteral("anomaly_")));
            QCOMPARE(test::filteredClips(w, QStringLiteral("anomaly")), QStringList(8, QStringLiteral("anomaly_")));
        }
        QCoreApplication::removeTranslator(&german);
    }

    void missingFolderReportsAnError()
    {
        ui::MainWindow w;
        QSignalSpy failed(&w, &ui::MainWindow::datasetFailed);
        // Closing the warning dialog as a user would.
        QTimer::singleShot(500, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        w.openDataset(m_dir.path() + QStringLiteral("/missing"));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("folder not found")));
    }

    // A folder with no recordings says which layouts are read, with a file name of each; Help
    // lists every key the window's actions and buttons have, and shows the README.
    void emptyFolderAndHelpSayWhatToDo()
    {
        ui::MainWindow w;
        QTemporaryDir empty;
        QSignalSpy loaded(&w, &ui::MainWindow::datasetLoaded);
        w.openDataset(empty.path());
        QVERIFY(loaded.wait(20000));
        for (const char *example : {"normal_id_00_00000000.wav", "section_00_source_train_normal", "abnormal/", "anomaly/"})
            QVERIFY2(w.emptyFolderMessage().contains(QLatin1String(example)), example);
        const QString keys = w.shortcutsText();
        for (const char *key : {"Ctrl+T", "Ctrl+M", "Space", "Shift+drag"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(keys.contains(QStringLiteral("Score test clips")));
        QVERIFY(ui::MainWindow::userGuide().contains(QStringLiteral("## Quick start")));
    }
};

QTEST_MAIN(TestDatasetView)
#include "tst_datasetview.moc"
