// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window: open a generated dataset, browse it, filter it.
#include "models/DatasetTreeModel.h"
#include "support/TestSupport.h"
#include "synth/MachineSynth.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace asd;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("asd-workbench-tests"));
        QStandardPaths::setTestModeEnabled(true);
        SynthOptions o;
        o.types = 2;
        o.ids = 2;
        o.trainPerId = 3;
        o.testPerId = 2;
        o.seconds = 0.25;
        writeSynthDataset(m_dir.path().toStdString(), o);
    }

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
        w.show();
        QSignalSpy loaded(&w, &ui::MainWindow::datasetLoaded);
        w.openDataset(m_dir.path());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w.datasetModel()->dataset()->clips.size(), std::size_t(28));
        QAbstractItemModel *view = w.datasetView()->model();
        QCOMPARE(view->rowCount(), 2);
        w.findChild<QLineEdit *>()->setText(QStringLiteral("anomaly"));
        // Only anomaly clips remain below each type.
        int leaves = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < view->rowCount(parent); ++r) {
                const QModelIndex i = view->index(r, 0, parent);
                if (view->rowCount(i) == 0) {
                    ++leaves;
                    QVERIFY(i.data().toString().startsWith(QStringLiteral("anomaly_")));
                } else {
                    walk(i);
                }
            }
        };
        walk({});
        QCOMPARE(leaves, 2 * 2 * 2);
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
