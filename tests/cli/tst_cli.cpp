// SPDX-License-Identifier: GPL-3.0-or-later
// The asd command line as a script would use it: exit codes, messages, JSON.
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Result {
    int code;
    QByteArray out, err;
};

Result asdRun(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ASD_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const Result r = asdRun({QStringLiteral("synth"), m_dir.path() + QStringLiteral("/demo"),
                                 QStringLiteral("--types"), QStringLiteral("2"), QStringLiteral("--ids"),
                                 QStringLiteral("2"), QStringLiteral("--train"), QStringLiteral("3"),
                                 QStringLiteral("--test"), QStringLiteral("2"), QStringLiteral("--seconds"),
                                 QStringLiteral("0.5")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("wrote 28 clips"));
        // A stray bad file must show up as skipped, not stop the scan.
        asd::test::writeText((m_dir.path() + QStringLiteral("/demo/fan/test/normal_id_00_00009999.wav")).toStdString(),
                             "garbage");
    }

    void scanJsonHasTheDocumentedShape()
    {
        const Result r = asdRun({QStringLiteral("scan"), m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("clips")).toInt(), 28);
        const QJsonArray skipped = j.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped[0].toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("normal_id_00_00009999.wav")));
        QVERIFY(!skipped[0].toObject().value(QStringLiteral("error")).toString().isEmpty());
        const QJsonArray groups = j.value(QStringLiteral("groups")).toArray();
        int total = 0;
        for (const auto &g : groups) {
            const QJsonObject o = g.toObject();
            for (const char *key : {"machine_type", "id", "section", "domain", "split", "label", "count"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("section")).isNull()); // 2020 layout: no sections
            QVERIFY(o.value(QStringLiteral("domain")).isNull());
            total += o.value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(total, 28);
        QCOMPARE(groups.size(), 2 * 2 * 3); // types x ids x {train normal, test normal, test anomaly}
    }

    void scanTableIsReadable()
    {
        const Result r = asdRun({QStringLiteral("scan"), m_dir.path() + QStringLiteral("/demo")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("28 clips in 4 classes, 1 skipped"));
        QVERIFY(r.out.contains("valve"));
        QVERIFY(r.out.contains("normal_id_00_00009999.wav: not a readable audio file"));
    }

    void usageErrorsExitNonZeroWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--jsno")}
                                        << 2 << "unknown option --jsno";
        QTest::newRow("bad number") << QStringList{QStringLiteral("synth"), QStringLiteral("x"), QStringLiteral("--ids"), QStringLiteral("many")}
                                    << 2 << "expects a whole number";
        QTest::newRow("missing folder") << QStringList{QStringLiteral("scan"), QStringLiteral("/no/such/folder")} << 1
                                        << "/no/such/folder: folder not found";
    }
    void usageErrorsExitNonZeroWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = asdRun(args);
        QCOMPARE(r.code, code);
        if (!message.isEmpty()) {
            QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
    }

    void helpDocumentsEveryCommand()
    {
        const Result top = asdRun({QStringLiteral("--help")});
        QCOMPARE(top.code, 0);
        for (const char *cmd : {"scan", "synth", "devices"}) {
            QVERIFY(top.out.contains(cmd));
            const Result r = asdRun({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith("usage: asd " + QByteArray(cmd)));
        }
    }

    void devicesListsTheCpu()
    {
        const Result r = asdRun({QStringLiteral("devices"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!a.isEmpty());
        QCOMPARE(a[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("cpu"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
