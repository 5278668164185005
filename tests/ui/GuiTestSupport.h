// SPDX-License-Identifier: GPL-3.0-or-later
// What every GUI test (one per view) starts from.
#pragma once

#include "jobs/Job.h"
#include "support/TestSupport.h"
#include "synth/MachineSynth.h"
#include "windows/MainWindow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <functional>
#include <map>

namespace asd::test {

// Settings of their own, no dialog, and the dataset the tests open in `dir`: 2 machine types
// x 2 IDs, 3 normal training clips and 2 + 2 test clips each, 0.25 s.
inline void initGuiTests(const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("asd-workbench-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qputenv("ASD_NO_DIALOGS", "1");
    writeSynthDataset(dir.toStdString(), tinySynth(2, 2, 3, 2, 0.25));
}

// Shows the window and opens the dataset in `dir`, waiting for its scan.
inline bool openGenerated(ui::MainWindow &w, const QString &dir)
{
    w.show();
    QSignalSpy loaded(&w, &ui::MainWindow::datasetLoaded);
    w.openDataset(dir);
    return loaded.wait(20000);
}

// Types the filter and returns the leading word of each clip left, e.g. "anomaly_".
inline QStringList filteredClips(ui::MainWindow &w, const QString &filter)
{
    w.findChild<QLineEdit *>()->setText(filter);
    const QAbstractItemModel *view = w.datasetView()->model();
    QStringList prefixes;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < view->rowCount(parent); ++r) {
            const QModelIndex i = view->index(r, 0, parent);
            if (view->rowCount(i) == 0)
                prefixes << i.data().toString().section(QLatin1Char('_'), 0, 0) + QLatin1Char('_');
            else
                walk(i);
        }
    };
    walk({});
    return prefixes;
}

// Fits a detector of the default family (with `options`) on `data` into `run` and scores the
// test clips into RUN/scores, as the Jobs view does.
inline void fitAndScore(const QString &data, const QString &run, const std::map<std::string, std::string> &options = {},
                        const std::string &family = defaultDetectorFamily())
{
    FitConfig f;
    f.dataDir = data.toStdString();
    f.outDir = run.toStdString();
    f.family = family;
    f.options = options;
    Job::startFitting(f, [](const JobEvent &) {})->wait();
    ScoreConfig c;
    c.checkpoint = f.outDir;
    c.dataDir = f.dataDir;
    c.outDir = f.outDir + "/scores";
    Job::startScoring(c, [](const JobEvent &) {})->wait();
}

// What every GUI test class starts from: the generated dataset in a folder of its own, and
// each test from the detector families' defaults (the Jobs view remembers what was set).
struct GuiFixture {
    QTemporaryDir m_dir;
    void startAll() { initGuiTests(m_dir.path()); }
    void startEach() { QSettings().remove(QStringLiteral("jobs/options")); }
    bool openGenerated(ui::MainWindow &w) { return test::openGenerated(w, m_dir.path()); }
    // The generated dataset open with a detector of the default family fitted and scored on it
    // into `run` (fitted once; later calls reuse it).
    bool openWithFittedRun(ui::MainWindow &w, const QString &run)
    {
        if (!QFileInfo::exists(run))
            fitAndScore(m_dir.path(), run);
        return openGenerated(w) && w.openModel(run);
    }
};

} // namespace asd::test
