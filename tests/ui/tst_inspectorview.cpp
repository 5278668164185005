// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector: a clip's waveform, spectrogram and curves on one time axis, the measure tool and spectrum slice.
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

class TestInspectorView : public QObject, test::GuiFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startAll(); }
    void init() { startEach(); }

    void measureToolSpectrumSliceAndCrosshair()
    {
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        w.tabs()->setCurrentIndex(0);
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/fan/test/normal_id_00_00000000.wav")));
        ui::InspectorView *inspector = w.inspector();
        ui::SpectrogramPlot *spec = inspector->spectrogram();
        // The measure tool reads what the engine measures in the same rectangle.
        const RegionMeasure m = spec->measure(0.05, 0.2, 500, 3000);
        const RegionMeasure expected = measureRegion(spec->spectrogram(), 0.05, 0.2, 500, 3000);
        QCOMPARE(m.peakHz, expected.peakHz);
        QCOMPARE(m.peakDb, expected.peakDb);
        QVERIFY2(spec->measureText().contains(QStringLiteral("Δt 0.150 s")), qPrintable(spec->measureText()));
        QVERIFY(spec->measureText().contains(QStringLiteral("Δf 2500 Hz")));
        // The spectrum slice follows the measured span.
        inspector->spectrumButton()->setChecked(true);
        QVERIFY(inspector->spectrum()->isVisible());
        QCOMPARE(inspector->spectrum()->slice().peakHz, spectrumSlice(spec->spectrogram(), 0.05, 0.2).peakHz);
        QVERIFY(inspector->spectrum()->peakText().startsWith(QStringLiteral("peak ")));
        // A Shift+click without a drag takes the measure away; the slice is then the whole clip.
        const QPoint at(spec->xAxis->coordToPixel(0.1), spec->yAxis->coordToPixel(100));
        QTest::mouseClick(spec, Qt::LeftButton, Qt::ShiftModifier, at);
        QVERIFY(!spec->hasMeasure());
        QCOMPARE(inspector->spectrum()->slice().db.size(), spectrumSlice(spec->spectrogram(), 0, 1).db.size());
        // Shift+drag measures with the mouse.
        const QPoint from(spec->xAxis->coordToPixel(0.02), spec->yAxis->coordToPixel(200));
        const QPoint to(spec->xAxis->coordToPixel(0.15), spec->yAxis->coordToPixel(100));
        QTest::mousePress(spec, Qt::LeftButton, Qt::ShiftModifier, from);
        QMouseEvent drag(QEvent::MouseMove, to, spec->mapToGlobal(to), Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
        QApplication::sendEvent(spec, &drag);
        QTest::mouseRelease(spec, Qt::LeftButton, Qt::ShiftModifier, to);
        QVERIFY(spec->hasMeasure());
        QVERIFY(spec->measureText().contains(QStringLiteral("Δt 0.1")));
        // The crosshair and read-out show while the mouse is over the plot and clear when it leaves.
        QMouseEvent move(QEvent::MouseMove, at, spec->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(spec, &move);
        QVERIFY(spec->crosshairVisible());
        QVERIFY(!spec->readout().isEmpty());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(spec, &leave);
        QVERIFY(!spec->crosshairVisible());
        QVERIFY(spec->readout().isEmpty());
        // Another clip: the measure of the last one is gone.
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/fan/test/anomaly_id_00_00000000.wav")));
        QVERIFY(!spec->hasMeasure());
        inspector->clearClip();
        QVERIFY(!inspector->spectrum()->isVisible());
        QSettings().remove(QStringLiteral("inspector/spectrum"));
    }

    // "Nearest normal": the training normal of the clip's ID nearest in the detector's own
    // embedding is pinned (checked against the detector's embeddings computed here), the
    // difference is level-matched, and the spectrum shows the ID's normal band behind the clip.
    // A clip of a machine type the model was not fitted on says so where the score would be.
    void nearestNormalAndAClipTheModelCannotScore()
    {
        QTemporaryDir runs;
        const QString run = runs.path() + QStringLiteral("/bandstats");
        ui::MainWindow w;
        QVERIFY(openWithFittedRun(w, run));
        const QString clip = m_dir.path() + QStringLiteral("/fan/test/anomaly_id_00_00000000.wav");
        QVERIFY(w.selectClip(clip));
        ui::InspectorView *inspector = w.inspector();
        QSignalSpy shown(inspector, &ui::InspectorView::nearestNormalShown);
        inspector->nearestButton()->click();
        QVERIFY(shown.wait(20000));
        QVERIFY(inspector->pinned());
        const Clip &pinned = *inspector->pinned();
        QCOMPARE(int(pinned.split), int(Split::Train));
        QCOMPARE(detectorGroup(pinned), std::string("fan/id_00"));
        QVERIFY(inspector->differenceButton()->isChecked() && inspector->levelMatchedButton()->isChecked());
        QVERIFY(inspector->spectrum()->isVisibleTo(inspector) && inspector->spectrum()->hasBand());

        const std::unique_ptr<Detector> detector = loadDetector(run.toStdString());
        const auto dataset = w.datasetModel()->dataset();
        const Clip *selected = nullptr;
        for (const Clip &c : dataset->clips)
            if (QString::fromStdString(c.path) == clip)
                selected = &c;
        QVERIFY(selected);
        const std::vector<float> query = detector->analyse(*selected).embedding;
        double nearest = HUGE_VAL;
        std::string nearestPath;
        for (const Clip *c : dataset->normalReferences(*selected)) {
            const std::vector<float> e = detector->analyse(*c).embedding;
            double d = 0.0;
            for (std::size_t k = 0; k < e.size(); ++k)
                d += double(e[k] - query[k]) * double(e[k] - query[k]);
            if (d < nearest) {
                nearest = d;
                nearestPath = c->path;
            }
        }
        QCOMPARE(pinned.path, nearestPath);

        // A model fitted on fans only, and a valve clip.
        QTemporaryDir fans;
        writeSynthDataset(fans.path().toStdString(), test::tinySynth(1, 1, 3, 1, 0.25));
        const QString fanRun = runs.path() + QStringLiteral("/fans");
        test::fitAndScore(fans.path(), fanRun);
        QVERIFY(w.openModel(fanRun));
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/valve/test/anomaly_id_00_00000000.wav")));
        QVERIFY2(inspector->findChild<QLabel *>(QStringLiteral("scoreLine"))->text().contains(QStringLiteral("cannot score this clip")),
                 qPrintable(inspector->findChild<QLabel *>(QStringLiteral("scoreLine"))->text()));
        QVERIFY(!inspector->modelPanel()->isVisibleTo(inspector));
    }

    // A fusion shows what each member says and the curve of the one that draws it.
    void fusionNamesTheMemberThatDroveTheScore()
    {
        QTemporaryDir runs;
        const QString run = runs.path() + QStringLiteral("/fusion");
        test::fitAndScore(m_dir.path(), run, {{"members", "bandstats+patchcore"}, {"weights", "equal"}}, "fusion");
        ui::MainWindow w;
        QVERIFY(openGenerated(w) && w.openModel(run));
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/fan/test/anomaly_id_00_00000000.wav")));
        ui::InspectorView *inspector = w.inspector();
        const QString line = inspector->findChild<QLabel *>(QStringLiteral("scoreLine"))->text();
        QVERIFY2(line.contains(QStringLiteral("driven by")) && line.contains(QStringLiteral("bandstats")) &&
                     line.contains(QStringLiteral("patchcore")),
                 qPrintable(line));
        QVERIFY(inspector->anomalyCurve()->isVisibleTo(inspector));
        // Band statistics draws no curve: where it drove the score, the header says whose the curve is.
        QCOMPARE(line.contains(QStringLiteral("driven by bandstats")), line.contains(QStringLiteral("the curve is patchcore's")));
    }

    void selectingAClipFillsTheInspector()
    {
        ui::MainWindow w;
        QVERIFY(openGenerated(w));
        const QString clip = m_dir.path() + QStringLiteral("/fan/test/anomaly_id_00_00000000.wav");
        QVERIFY(w.selectClip(clip));
        ui::InspectorView *inspector = w.inspector();
        QVERIFY(inspector->clip());
        QCOMPARE(QString::fromStdString(inspector->clip()->path), clip);
        // 0.25 s at 16 kHz with the default hop of 256: 15 columns; 256 frequency rows.
        QCOMPARE(inspector->spectrogram()->map().rows, 256);
        QCOMPARE(inspector->spectrogram()->map().cols, 4000 / 256);
        QVERIFY(inspector->waveform()->pointCount() >= 100);
        QVERIFY(!w.selectClip(QStringLiteral("/not/in/the/dataset.wav")));

        // The difference view: a clip against itself pinned as the reference is zero everywhere.
        inspector->pinCurrent();
        inspector->differenceButton()->setChecked(true);
        const FeatureMatrix &same = inspector->referenceSpectrogram()->map();
        QVERIFY(same.cols > 0);
        QVERIFY(std::all_of(same.data.begin(), same.data.end(), [](float v) { return v == 0.0f; }));
        QVERIFY(w.selectClip(m_dir.path() + QStringLiteral("/fan/test/normal_id_00_00000000.wav")));
        const FeatureMatrix &differs = inspector->referenceSpectrogram()->map();
        QVERIFY(std::any_of(differs.data.begin(), differs.data.end(), [](float v) { return std::abs(v) > 1.0f; }));
        inspector->differenceButton()->setChecked(false);
        QVERIFY(w.selectClip(clip));

        // Zooming stays within the clip; frequency zooms too; a reset shows everything again.
        inspector->waveform()->xAxis->setRange(-3, 0.1);
        QCOMPARE(inspector->spectrogram()->xAxis->range(), QCPRange(0, 0.25)); // wider than the clip: all of it
        inspector->waveform()->xAxis->setRange(-0.05, 0.05);
        QCOMPARE(inspector->spectrogram()->xAxis->range(), QCPRange(0, 0.1)); // no negative time
        inspector->spectrogram()->yAxis->setRange(100, 200);
        QCOMPARE(inspector->spectrogram()->yAxis->range(), QCPRange(100, 200));
        inspector->spectrogram()->yAxis->setRange(200, 400);
        QCOMPARE(inspector->spectrogram()->yAxis->range(), QCPRange(55.5, 255.5)); // within the 256 rows
        inspector->resetView();
        QCOMPARE(inspector->waveform()->xAxis->range(), QCPRange(0, 0.25));
        QCOMPARE(inspector->spectrogram()->yAxis->range(), QCPRange(-0.5, 255.5));

        // Playback says when there is nothing to play on, rather than moving a silent cursor.
        QSignalSpy failed(inspector->player(), &ui::ClipPlayer::failed);
        inspector->play();
        if (QMediaDevices::audioOutputs().isEmpty()) {
            QCOMPARE(failed.count(), 1);
            QVERIFY(failed.first().first().toString().contains(QStringLiteral("No audio output device")));
            QVERIFY(!inspector->player()->isPlaying());
        }
        inspector->player()->stop();

        // A clip deleted after the scan: its name with the reason, not the last clip's plots.
        const QString doomed = m_dir.path() + QStringLiteral("/fan/test/normal_id_00_00000001.wav");
        const QByteArray kept = [&] {
            QFile f(doomed);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QFile::remove(doomed));
        w.selectClip(doomed);
        QVERIFY(!inspector->clip());
        QVERIFY(!inspector->spectrogram()->isVisibleTo(inspector));
        QVERIFY(!w.noiseLab()->mixtureSpectrogram()->isVisibleTo(w.noiseLab()));
        QFile restore(doomed);
        QVERIFY(restore.open(QIODevice::WriteOnly) && restore.write(kept) == kept.size());
        restore.close();

        // Another dataset: nothing of this one's clip stays on screen.
        QVERIFY(w.selectClip(clip));
        QVERIFY(inspector->clip());
        QTemporaryDir other;
        writeSynthDataset(other.path().toStdString(), test::tinySynth(1, 1, 2, 1, 0.25));
        QSignalSpy loaded(&w, &ui::MainWindow::datasetLoaded);
        w.openDataset(other.path());
        QVERIFY(loaded.wait(20000));
        QVERIFY(!inspector->clip());
        QVERIFY(!inspector->waveform()->isVisibleTo(inspector));
    }
};

QTEST_MAIN(TestInspectorView)
#include "tst_inspectorview.moc"
