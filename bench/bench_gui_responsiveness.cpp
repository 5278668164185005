// SPDX-License-Identifier: GPL-3.0-or-later
// Does the workbench stay responsive while it trains? Opens a synthetic dataset in the main
// window, trains OS-SCL through the Jobs view and then scores, while a 10 ms timer on the GUI
// thread records how late each of its ticks comes. Goal (issue #15): no gap above 100 ms.
//   QT_QPA_PLATFORM=offscreen bench_gui_responsiveness [EPOCHS]
#include "synth/MachineSynth.h"
#include "views/DetectorOptionsForm.h"
#include "views/JobsView.h"
#include "windows/MainWindow.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    qputenv("ASD_NO_DIALOGS", "1");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("asd-workbench-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const int epochs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 8;
    QTemporaryDir dir;
    asd::SynthOptions s;
    s.types = 2;
    s.ids = 2;
    s.trainPerId = 12;
    s.testPerId = 4;
    s.seconds = 2.0;
    asd::writeSynthDataset(dir.path().toStdString(), s);

    asd::ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &asd::ui::MainWindow::datasetLoaded);
    w.openDataset(dir.path());
    if (!loaded.wait(60000)) {
        std::fprintf(stderr, "the dataset did not open\n");
        return 1;
    }
    asd::ui::JobsView *jobs = w.jobs();
    jobs->methodCombo()->setCurrentIndex(jobs->methodCombo()->findData(QStringLiteral("osscl")));
    jobs->optionsForm()->setValue("epochs", QString::number(epochs));
    jobs->optionsForm()->setValue("seconds", QStringLiteral("2"));
    jobs->outputEdit()->setText(dir.path() + QStringLiteral("/run"));

    // The event loop's pulse: a 10 ms timer, each tick's lateness recorded.
    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    // What the window did, and when: a long gap is named by what ran just before it.
    std::vector<std::pair<double, const char *>> happened;
    const auto note = [&](const char *what) { return [&happened, &clock, what] { happened.emplace_back(clock.nsecsElapsed() / 1e6, what); }; };
    QObject::connect(jobs, &asd::ui::JobsView::jobEnded, note("job ended"));
    QObject::connect(jobs, &asd::ui::JobsView::trainingFinished, note("training finished (run opened)"));
    QObject::connect(jobs, &asd::ui::JobsView::scoringFinished, note("scoring finished (scores shown)"));
    QObject::connect(w.workspace(), &asd::ui::Workspace::modelChanged, note("model opened"));
    QObject::connect(w.workspace(), &asd::ui::Workspace::scoresChanged, note("scores changed"));
    std::vector<std::pair<double, double>> late; // (when it ended, gap) above 50 ms
    QTimer pulse;
    pulse.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pulse, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back((now - last) / 1e6);
        if (gaps.back() > 50.0)
            late.emplace_back(now / 1e6, gaps.back());
        last = now;
    });
    pulse.start(10);

    QSignalSpy ended(jobs, &asd::ui::JobsView::jobEnded);
    const QElapsedTimer wall = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    note("training started")();
    jobs->trainButton()->click();
    if (!ended.wait(1800000)) {
        std::fprintf(stderr, "training did not end\n");
        return 1;
    }
    const double trainSeconds = wall.elapsed() / 1000.0;
    note("scoring started")();
    jobs->scoreButton()->click();
    if (!ended.wait(600000)) {
        std::fprintf(stderr, "scoring did not end\n");
        return 1;
    }
    pulse.stop();
    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto percentile = [&](double p) { return sorted[std::min(sorted.size() - 1, std::size_t(p * sorted.size()))]; };
    const long over = long(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 100.0; }));
    std::printf("GUI event loop while training OS-SCL (%d epochs, %.0f s) and scoring in the workbench:\n", epochs,
                trainSeconds);
    std::printf("  %zu ticks of a 10 ms timer: median gap %.1f ms, 99th percentile %.1f ms, largest %.1f ms, %ld above 100 ms\n",
                gaps.size(), percentile(0.5), percentile(0.99), sorted.back(), over);
    for (const auto &[when, gap] : late) {
        const char *before = "the start";
        double at = 0;
        for (const auto &[t, what] : happened)
            if (t <= when) {
                before = what;
                at = t;
            }
        std::printf("  gap of %.1f ms ending at %.2f s, %.2f s after %s\n", gap, when / 1e3, (when - at) / 1e3, before);
    }
    std::printf("  goal: no gap above 100 ms: %s\n", over == 0 ? "met" : "NOT met");
    return 0;
}
