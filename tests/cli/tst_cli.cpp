// SPDX-License-Identifier: GPL-3.0-or-later
// The asd command line as a script would use it: exit codes, messages, JSON.
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <QCryptographicHash>
#include <QDirIterator>

#include "util/Sha256.h"

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
// Each file under a folder whose name contains `text`, with a hash of its bytes.
QMap<QString, QByteArray> fingerprintOf(const QString &dir, const QString &text = QString())
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (QFileInfo(f).fileName().contains(text) && f.open(QIODevice::ReadOnly))
            files[f.fileName()] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
    }
    return files;
}
// The "compared" events of `asd compare --json`: one per detector, in order.
QJsonArray comparedEvents(const QByteArray &out)
{
    QJsonArray events;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == QStringLiteral("compared"))
            events.append(o);
    }
    return events;
}

QJsonArray groupsOf(const QJsonValue &compared)
{
    return compared.toObject().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("groups")).toArray();
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
        QTest::newRow("bad layer") << QStringList{QStringLiteral("score"), QStringLiteral("--run"), QStringLiteral("r"),
                                                  QStringLiteral("--data"), QStringLiteral("d"), QStringLiteral("--out"),
                                                  QStringLiteral("o"), QStringLiteral("--layer"), QStringLiteral("middle")}
                                   << 2 << "unknown layer 'middle' (choose head or backbone)";
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
        for (const char *cmd : {"scan", "synth", "features", "eval", "train", "score", "mix", "sweep", "devices", "detectors", "compare"}) {
            QVERIFY(top.out.contains(cmd));
            const Result r = asdRun({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith("usage: asd " + QByteArray(cmd)));
        }
    }

    // Each command's options are declared once; its help and man page must name every one
    // of them (the bash completion lists them from the declaration).
    void helpAndManPageNameEveryOptionACommandTakes()
    {
        const Result completion = asdRun({QStringLiteral("--bash-completion")});
        QCOMPARE(completion.code, 0);
        int commands = 0;
        for (const QByteArray &line : completion.out.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const int paren = trimmed.indexOf(") options=\"");
            if (paren <= 0)
                continue;
            const QString command = QString::fromUtf8(trimmed.left(paren));
            const QByteArray options = trimmed.mid(paren + 11, trimmed.lastIndexOf('"') - paren - 11);
            const Result help = asdRun({command, QStringLiteral("--help")});
            const Result man = asdRun({QStringLiteral("--man"), command});
            QCOMPARE(help.code, 0);
            QCOMPARE(man.code, 0);
            for (const QByteArray &option : options.split(' ')) {
                if (option == "--help")
                    continue;
                QVERIFY2(help.out.contains(option), qPrintable(command + QStringLiteral(" --help lacks ") + QString::fromUtf8(option)));
                QVERIFY2(man.out.contains(option), qPrintable(command + QStringLiteral(" man page lacks ") + QString::fromUtf8(option)));
            }
            ++commands;
        }
        QCOMPARE(commands, 13);
        // An option no command declares is refused, naming it.
        const Result typo = asdRun({QStringLiteral("score"), QStringLiteral("--threds"), QStringLiteral("2")});
        QCOMPARE(typo.code, 2);
        QVERIFY(typo.err.contains("unknown option --threds"));
    }

    void featuresWritesTheFixtureLayout()
    {
        const QString out = m_dir.path() + QStringLiteral("/fan.f32");
        const Result r = asdRun({QStringLiteral("features"),
                                 asd::test::testDataDir() + QStringLiteral("/clips/fan/normal_id_00_00000000.wav"),
                                 QStringLiteral("--preset"), QStringLiteral("stgram"), QStringLiteral("--out"), out,
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("shape")).toArray(), (QJsonArray{128, 313}));
        QCOMPARE(j.value(QStringLiteral("preset")).toObject().value(QStringLiteral("mel_scale")).toString(),
                 QStringLiteral("htk"));
        QCOMPARE(QFileInfo(out).size(), qint64(128 * 313 * 4));
        const Result bad = asdRun({QStringLiteral("features"), out, QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("fan.f32: not a readable audio file"));
        const Result preset = asdRun({QStringLiteral("features"), out, QStringLiteral("--preset"),
                                      QStringLiteral("mfcc"), QStringLiteral("--json")});
        QCOMPARE(preset.code, 2);
    }

    void evalReadsScoreFilesAndReportsGaps()
    {
        // Score every test clip of the generated set: anomalies 1, normals 0, except one missing line.
        const QString scores = m_dir.path() + QStringLiteral("/scores");
        QDir().mkpath(scores);
        int lines = 0;
        for (const QString type : {QStringLiteral("fan"), QStringLiteral("valve")}) {
            for (const QString id : {QStringLiteral("00"), QStringLiteral("02")}) {
                QString text;
                const QDir test(m_dir.path() + QStringLiteral("/demo/") + type + QStringLiteral("/test"));
                for (const QString &f : test.entryList({QStringLiteral("*_id_") + id + QStringLiteral("_0000000?.wav")})) {
                    if (type == QLatin1String("valve") && id == QLatin1String("02") && lines++ == 0)
                        continue; // leave one out
                    text += f + (f.startsWith(QLatin1String("anomaly")) ? QStringLiteral(",1\n") : QStringLiteral(",0\n"));
                }
                asd::test::writeText((scores + QStringLiteral("/anomaly_score_") + type + QStringLiteral("_id_") + id +
                                      QStringLiteral(".csv")).toStdString(), text.toStdString());
            }
        }
        const Result r = asdRun({QStringLiteral("eval"), QStringLiteral("--scores"), scores, QStringLiteral("--data"),
                                 m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3); // figures printed, but the gap makes the status non-zero
        // The 2020 evaluator's result CSV: per type its IDs and their average.
        const Result csv = asdRun({QStringLiteral("eval"), QStringLiteral("--scores"), scores, QStringLiteral("--data"),
                                   m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--csv"),
                                   m_dir.path() + QStringLiteral("/result.csv")});
        QCOMPARE(csv.code, 3); // the same gap as above
        QFile result(m_dir.path() + QStringLiteral("/result.csv"));
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(result.readAll()).split(QLatin1Char('\n')).mid(0, 5),
                 (QStringList{QStringLiteral("fan"), QStringLiteral("id,AUC,pAUC"), QStringLiteral("00,1.0,1.0"),
                              QStringLiteral("02,1.0,1.0"), QStringLiteral("Average,1.0,1.0")}));
        const Result domainRule = asdRun({QStringLiteral("eval"), QStringLiteral("--scores"), scores, QStringLiteral("--data"),
                                          m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--rule"),
                                          QStringLiteral("dcase2021"), QStringLiteral("--csv"), m_dir.path() + QStringLiteral("/r2.csv")});
        QCOMPARE(domainRule.code, 2); // the 2021 layout is per domain, and these clips have none
        QVERIFY(domainRule.err.contains("no domains"));
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonArray groups = j.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 4);
        for (const auto &g : groups) {
            const QJsonObject o = g.toObject();
            QCOMPARE(o.value(QStringLiteral("auc")).toDouble(), 1.0);
            QCOMPARE(o.value(QStringLiteral("pauc")).toDouble(), 1.0);
            QVERIFY(o.value(QStringLiteral("id")).isDouble());
            QVERIFY(o.value(QStringLiteral("section")).isNull());
            QVERIFY(o.contains(QStringLiteral("n_normal")) && o.contains(QStringLiteral("n_anomaly")));
        }
        const QJsonArray types = j.value(QStringLiteral("types")).toArray();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types[0].toObject().value(QStringLiteral("mauc")).toDouble(), 1.0);
        const QJsonArray problems = j.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].toObject().value(QStringLiteral("problem")).toString().contains(QStringLiteral("has no score")));
    }

    void mixWritesANoisyCopy()
    {
        const QString out = m_dir.path() + QStringLiteral("/noisy");
        const Result r = asdRun({QStringLiteral("mix"), m_dir.path() + QStringLiteral("/demo"), out, QStringLiteral("--noise"),
                                 QStringLiteral("babble"), QStringLiteral("--snr"), QStringLiteral("-6")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("mixed 16 clips with babble noise at -6 dB SNR, copied 12 clean training clips"));
        QVERIFY(r.err.contains("normal_id_00_00009999.wav")); // the bad clip is reported, not fatal
        const Result bad = asdRun({QStringLiteral("mix"), m_dir.path() + QStringLiteral("/demo"), out,
                                   QStringLiteral("--noise"), QStringLiteral("purple")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("noise 'purple'"));
    }

    void sweepSetsDetectorsSideBySide()
    {
        const QString run = m_dir.path() + QStringLiteral("/run");
        const Result trained = asdRun({QStringLiteral("train"), QStringLiteral("--detector"), QStringLiteral("osscl"),
                                       QStringLiteral("--data"), m_dir.path() + QStringLiteral("/demo"),
                                       QStringLiteral("--out"), run, QStringLiteral("--epochs"), QStringLiteral("1"),
                                       QStringLiteral("--batch"), QStringLiteral("4"), QStringLiteral("--seconds"),
                                       QStringLiteral("0.5"), QStringLiteral("--no-eval")});
        QVERIFY2(trained.code == 0, trained.err.constData());
        const Result r = asdRun({QStringLiteral("sweep"), QStringLiteral("--run"), run + QStringLiteral(",") + run + QStringLiteral("/last.pt"),
                                 QStringLiteral("--data"), m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--noise"),
                                 QStringLiteral("pink"), QStringLiteral("--snr"), QStringLiteral("0"),
                                 QStringLiteral("--work"), m_dir.path() + QStringLiteral("/sweep")});
        QVERIFY2(r.code == 0, r.err.constData());
        // The closing table: a column per detector, each noisy AUC with its change from clean.
        const QByteArray table = r.out.mid(r.out.indexOf("mean AUC (change from clean)"));
        QVERIFY2(!table.isEmpty() && table.contains("run/last.pt"), r.out.constData());
        QVERIFY(QRegularExpression(QStringLiteral("\\npink @ \\+0 dB +\\d+\\.\\d\\d \\([+-]\\d+\\.\\d\\d\\) +\\d+\\.\\d\\d \\([+-]"))
                    .match(QString::fromUtf8(table))
                    .hasMatch());
        QVERIFY(!QFileInfo::exists(m_dir.path() + QStringLiteral("/sweep"))); // the mixed copies are gone
        const Result one = asdRun({QStringLiteral("sweep"), QStringLiteral("--run"), run, QStringLiteral("--data"),
                                   m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--noise"), QStringLiteral("pink"),
                                   QStringLiteral("--snr"), QStringLiteral("0"), QStringLiteral("--json"),
                                   QStringLiteral("--scorer"), QStringLiteral("knn"), QStringLiteral("--layer"),
                                   QStringLiteral("backbone"), QStringLiteral("--work"), m_dir.path() + QStringLiteral("/sweep")});
        QCOMPARE(one.code, 0);
        int conditions = 0;
        for (const QByteArray &line : one.out.split('\n')) {
            const QJsonObject j = QJsonDocument::fromJson(line).object();
            if (j.value(QStringLiteral("event")).toString() == QStringLiteral("condition")) {
                QCOMPARE(j.value(QStringLiteral("model")).toString(), QStringLiteral("run"));
                ++conditions;
            }
        }
        QCOMPARE(conditions, 2); // clean and pink @ +0 dB
    }

    void encodersImportListEmbedAndFit()
    {
        qputenv("ASD_DATA_DIR", (m_dir.path() + QStringLiteral("/userdata")).toUtf8());
        Result r = asdRun({QStringLiteral("encoders")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("no encoders imported yet"));
        const QString tiny = asd::test::testDataDir() + QStringLiteral("/beats/beats_tiny.pt");
        r = asdRun({QStringLiteral("encoders"), QStringLiteral("import"), tiny, QStringLiteral("--name"), QStringLiteral("tiny")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains(QByteArray::fromStdString(asd::sha256OfFile(tiny.toStdString()))));
        r = asdRun({QStringLiteral("encoders"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject e = list[0].toObject();
        QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("tiny"));
        QCOMPARE(e.value(QStringLiteral("layers")).toInt(), 2);
        QCOMPARE(e.value(QStringLiteral("dim")).toInt(), 64);
        QCOMPARE(e.value(QStringLiteral("parameters")).toInt(), 94312);
        // A file that is not a checkpoint is refused by name.
        const QString notes = m_dir.path() + QStringLiteral("/notes.pt");
        asd::test::writeText(notes.toStdString(), "not weights");
        r = asdRun({QStringLiteral("encoders"), QStringLiteral("import"), notes});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(notes.toUtf8()), r.err.constData());
        // 0.5 s at 16 kHz: 48 fbank frames, 3 time patches x 8 frequency patches of 64 values.
        const QString out = m_dir.path() + QStringLiteral("/tokens.f32");
        r = asdRun({QStringLiteral("embed"), QStringLiteral("--encoder"), QStringLiteral("tiny"), QStringLiteral("--layer"),
                    QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--json"),
                    m_dir.path() + QStringLiteral("/demo/fan/train/normal_id_00_00000000.wav")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tokens")).toInt(), 24);
        QCOMPARE(QFileInfo(out).size(), qint64(24 * 64 * 4));
        const QString run = m_dir.path() + QStringLiteral("/encoder-run");
        r = asdRun({QStringLiteral("train"), QStringLiteral("--detector"), QStringLiteral("encoder-knn"),
                    QStringLiteral("--encoder"), QStringLiteral("tiny"), QStringLiteral("--data"),
                    m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), run});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/detector.asd")));
        r = asdRun({QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"),
                    m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), run + QStringLiteral("/scores")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/scores/anomaly_score_fan_id_00.csv")));
        // The embeddings for TensorBoard's projector: 16 test clips (one garbage file skipped),
        // then the 12 training clips.
        r = asdRun({QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"),
                    m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), run + QStringLiteral("/scores2"),
                    QStringLiteral("--projector"), run + QStringLiteral("/projector")});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile metadata(run + QStringLiteral("/projector/metadata.tsv"));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = metadata.readAll().split('\n');
        QCOMPARE(rows.front(), QByteArray("file\tmachine_type\tgroup\tdomain\tlabel\tscore\tsplit"));
        QCOMPARE(rows.size() - 2, 16 + 12); // header and the final newline
        // The encoder adapted first (LoRA, group adapter): epochs reported with a validation loss
        // that falls as the adapters and the ArcFace head learn the sections.
        const QString adapted = m_dir.path() + QStringLiteral("/adapted-run");
        r = asdRun({QStringLiteral("train"), QStringLiteral("--detector"), QStringLiteral("encoder-lora"),
                    QStringLiteral("--encoder"), QStringLiteral("tiny"), QStringLiteral("--options"),
                    QStringLiteral("epochs=6 seconds=0.5 lr=0.003 batch=4"), QStringLiteral("--json-events"),
                    QStringLiteral("--data"), m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), adapted});
        QVERIFY2(r.code == 0, r.err.constData());
        std::vector<double> validation;
        for (const QByteArray &line : r.out.split('\n'))
            if (const QJsonObject e = QJsonDocument::fromJson(line).object(); e.value(QStringLiteral("event")) == QStringLiteral("epoch"))
                validation.push_back(e.value(QStringLiteral("validation_loss")).toDouble());
        QCOMPARE(validation.size(), std::size_t(6));
        QVERIFY2(*std::min_element(validation.begin() + 1, validation.end()) < validation.front(), r.out.constData());
        r = asdRun({QStringLiteral("score"), QStringLiteral("--run"), adapted, QStringLiteral("--data"),
                    m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), adapted + QStringLiteral("/scores")});
        QVERIFY2(r.code == 0, r.err.constData());
        // "Retain, not denoise" with the frozen encoder as the teacher: a student trains on
        // mixtures, and a sweep sets it beside its teacher on the same noisy copies.
        const QString student = m_dir.path() + QStringLiteral("/encoder-student");
        r = asdRun({QStringLiteral("train"), QStringLiteral("--detector"), QStringLiteral("encoder-lora"),
                    QStringLiteral("--encoder"), QStringLiteral("tiny"), QStringLiteral("--options"),
                    QStringLiteral("epochs=2 seconds=0.5 batch=4 noise=pink,babble"), QStringLiteral("--data"),
                    m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), student});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("mixture student"));
        r = asdRun({QStringLiteral("sweep"), QStringLiteral("--run"), run + QStringLiteral(",") + student,
                    QStringLiteral("--data"), m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--noise"),
                    QStringLiteral("white"), QStringLiteral("--snr"), QStringLiteral("0")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("encoder-run") && r.out.contains("encoder-student") && r.out.contains("white @ +0 dB"),
                 r.out.constData());
        // --encoder belongs to the encoder families only.
        r = asdRun({QStringLiteral("train"), QStringLiteral("--encoder"), QStringLiteral("tiny"), QStringLiteral("--data"),
                    m_dir.path() + QStringLiteral("/demo"), QStringLiteral("--out"), run});
        QCOMPARE(r.code, 2);
    }

    void detectorsListsTheRegistry()
    {
        const Result r = asdRun({QStringLiteral("detectors"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QStringList names;
        for (const auto &f : a)
            names << f.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("bandstats"), QStringLiteral("patchcore"), QStringLiteral("dcase-ae"),
                                     QStringLiteral("encoder-knn"), QStringLiteral("encoder-lora"), QStringLiteral("auto"), QStringLiteral("fusion"), QStringLiteral("osscl"), QStringLiteral("noisy-arcmix"),
                                     QStringLiteral("arcface"), QStringLiteral("mixalign")}));
        QVERIFY(a[0].toObject().value(QStringLiteral("default")).toBool());
        QVERIFY(!a[0].toObject().value(QStringLiteral("trains")).toBool());
        const QJsonObject k = a[0].toObject().value(QStringLiteral("options")).toArray()[2].toObject();
        QCOMPARE(k.value(QStringLiteral("name")).toString(), QStringLiteral("k"));
        QCOMPARE(k.value(QStringLiteral("kind")).toString(), QStringLiteral("whole"));
        QCOMPARE(k.value(QStringLiteral("min")).toDouble(), 1.0);
    }

    // One way to be a detector: every family that trains takes --epochs as it takes any of its
    // options, fits into a run folder with its detector and record, and scores the same way;
    // a family that does not train refuses --epochs, saying so.
    void everyTrainingFamilyTrainsWithEpochs()
    {
        const Result list = asdRun({QStringLiteral("detectors"), QStringLiteral("--json")});
        const QString data = m_dir.path() + QStringLiteral("/demo");
        int trained = 0;
        for (const auto &v : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject f = v.toObject();
            const QString name = f.value(QStringLiteral("name")).toString();
            if (f.value(QStringLiteral("needs_encoder")).toBool() || f.value(QStringLiteral("needs_teacher")).toBool())
                continue; // an encoder or a teacher: encodersImportListEmbedAndFit and tst_training
            const QString run = m_dir.path() + QStringLiteral("/epochs-") + name;
            QStringList args{QStringLiteral("train"), QStringLiteral("--detector"), name, QStringLiteral("--data"), data,
                             QStringLiteral("--out"), run, QStringLiteral("--epochs"), QStringLiteral("2")};
            if (!f.value(QStringLiteral("trains")).toBool()) {
                const Result refused = asdRun(args);
                QCOMPARE(refused.code, 2);
                QVERIFY2(refused.err.contains("fits in one pass without training"), refused.err.constData());
                continue;
            }
            if (name != QStringLiteral("dcase-ae"))
                args << QStringLiteral("--seconds") << QStringLiteral("0.5") << QStringLiteral("--batch") << QStringLiteral("4");
            const Result r = asdRun(args + QStringList{QStringLiteral("--json-events")});
            QVERIFY2(r.code == 0, (name + QStringLiteral(": ") + QString::fromUtf8(r.err)).toUtf8().constData());
            int epochs = 0;
            for (const QByteArray &line : r.out.split('\n'))
                epochs += QJsonDocument::fromJson(line).object().value(QStringLiteral("event")) == QStringLiteral("epoch");
            QVERIFY2(epochs == 2 || (name == QStringLiteral("dcase-ae") && epochs == 0), qPrintable(name));
            QVERIFY(QFileInfo::exists(run + QStringLiteral("/detector.asd")));
            QVERIFY(QFileInfo::exists(run + QStringLiteral("/run.json")));
            const Result scored = asdRun({QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"),
                                          data, QStringLiteral("--out"), run + QStringLiteral("/scores")});
            QVERIFY2(scored.code == 0, scored.err.constData());
            ++trained;
        }
        QCOMPARE(trained, 4); // dcase-ae, osscl, noisy-arcmix, arcface
    }

    void bandStatisticsFitScoreAndCompare()
    {
        const QString data = m_dir.path() + QStringLiteral("/demo"), run = m_dir.path() + QStringLiteral("/bandstats");
        // The default detector: no training loop, one file in the run folder.
        const Result fitted = asdRun({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), run});
        QVERIFY2(fitted.code == 0, fitted.err.constData());
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/detector.asd")));
        const Result scored = asdRun({QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"), data,
                                      QStringLiteral("--out"), run + QStringLiteral("/scores")});
        QVERIFY2(scored.code == 0, scored.err.constData());
        QVERIFY(scored.out.contains("band statistics (mean, change)"));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/scores/anomaly_score_fan_id_00.csv")));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/scores/decision_result_fan_id_00.csv")));
        // The stray bad test file is named, and the rest are scored.
        QVERIFY2(scored.err.contains("normal_id_00_00009999.wav") || scored.out.contains("normal_id_00_00009999.wav"),
                 scored.err.constData());
        const Result eval = asdRun({QStringLiteral("eval"), QStringLiteral("--scores"), run + QStringLiteral("/scores"),
                                    QStringLiteral("--data"), data});
        QVERIFY(eval.out.contains("id_00"));
        // A noise sweep takes the fitted detector like any run.
        const Result swept = asdRun({QStringLiteral("sweep"), QStringLiteral("--run"), run, QStringLiteral("--data"), data,
                                     QStringLiteral("--noise"), QStringLiteral("pink"), QStringLiteral("--snr"),
                                     QStringLiteral("0"), QStringLiteral("--work"), m_dir.path() + QStringLiteral("/sweep-bs")});
        QVERIFY2(swept.code == 0, swept.err.constData());
        QVERIFY(swept.out.contains("pink @ +0 dB"));

        // Bad options and network flags are refused before any work, naming what is accepted.
        const Result badOption = asdRun({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), run,
                                         QStringLiteral("--options"), QStringLiteral("stats=loudness")});
        QCOMPARE(badOption.code, 2);
        QVERIFY(badOption.err.contains("mean, std, change"));
        const Result epochs = asdRun({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), run,
                                      QStringLiteral("--epochs"), QStringLiteral("5")});
        QCOMPARE(epochs.code, 2);
        QVERIFY(epochs.err.contains("--epochs"));
        const Result unknown = asdRun({QStringLiteral("train"), QStringLiteral("--detector"), QStringLiteral("magic"),
                                       QStringLiteral("--data"), data, QStringLiteral("--out"), run});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("bandstats"));

        const Result compared = asdRun({QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                        m_dir.path() + QStringLiteral("/compare"), QStringLiteral("--detectors"),
                                        QStringLiteral("bandstats,bandstats:stats=mean+std"), QStringLiteral("--json")});
        QVERIFY2(compared.code == 0, compared.err.constData());
        const QJsonArray rows = comparedEvents(compared.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("model")).toString(), QStringLiteral("bandstats:stats=mean+std"));
        QCOMPARE(groupsOf(rows[0]).size(), 4); // 2 types x 2 IDs
        QVERIFY(rows[0].toObject().value(QStringLiteral("fit_seconds")).toDouble() >= 0.0);
        // Where the fit's time went: [stage, seconds] pairs, decoding first.
        const QJsonArray stages = rows[0].toObject().value(QStringLiteral("fit_stages")).toArray();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages[0].toArray()[0].toString(), QStringLiteral("decoding, log-mel and statistics"));
        QVERIFY(stages[1].toArray()[1].toDouble() >= 0.0);
        // The events say where it is: each detector as it starts, each group it fits.
        QVERIFY(compared.out.contains("[1/2] bandstats: fitting fan/id_00 (1 of 4)"));
        QVERIFY(compared.out.contains("[2/2] bandstats:stats=mean+std: done, fitted in"));
        // In text, the table ends by naming the detector that did best on this data.
        const Result table = asdRun({QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                     m_dir.path() + QStringLiteral("/compare-text"), QStringLiteral("--detectors"),
                                     QStringLiteral("bandstats")});
        QVERIFY2(table.code == 0, table.err.constData());
        QVERIFY(table.out.contains("best on this data: bandstats (mean AUC "));
        QVERIFY2(table.out.contains("fit: decoding, log-mel and statistics "), table.out.constData());
        // The label-free estimate's column; with 3 training clips per ID it cannot hold any out,
        // and says so (tst_selection measures one).
        QVERIFY(table.out.contains("est. AUC"));
        QVERIFY2(table.err.contains("no label-free estimate: no group has the 4 normal training clips"), table.err.constData());
    }

    void killedJobsLeaveEveryFileWhole()
    {
        // kill -9 at any moment of fitting or scoring: every detector and score file is the
        // previous good one or the whole new one (atomic writes), never half a file.
        const QString data = m_dir.path() + QStringLiteral("/demo"), run = m_dir.path() + QStringLiteral("/killed"),
                      scores = m_dir.path() + QStringLiteral("/killed-scores");
        QVERIFY(asdRun({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), run}).code == 0);
        QVERIFY(asdRun({QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"), data,
                        QStringLiteral("--out"), scores}).code == 0);
        for (int delayMs : {0, 5, 15, 30, 60, 100, 200}) {
            for (const QStringList &args :
                 {QStringList{QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), run,
                              QStringLiteral("--options"), QStringLiteral("stats=mean+std+change"), QStringLiteral("--replace")},
                  QStringList{QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"), data,
                              QStringLiteral("--out"), scores}}) {
                QProcess p;
                p.start(QStringLiteral(ASD_CLI), args);
                QVERIFY(p.waitForStarted());
                QThread::msleep(delayMs);
                p.kill(); // SIGKILL
                p.waitForFinished();
                // The detector still loads and scores, and every score file is complete.
                const Result eval = asdRun({QStringLiteral("eval"), QStringLiteral("--scores"), scores,
                                            QStringLiteral("--data"), data});
                QVERIFY2(eval.code == 0, (QByteArray::number(delayMs) + " ms: " + eval.out).constData());
                const Result rescored = asdRun({QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"),
                                                data, QStringLiteral("--out"), m_dir.path() + QStringLiteral("/rescored")});
                QVERIFY2(rescored.code == 0, rescored.err.constData());
            }
        }
    }

    // A full disk, made by a file-size limit (ulimit -f; SIGXFSZ ignored, so writes fail
    // with EFBIG as they would with ENOSPC): each writer stops with a message naming the
    // file, the previous file is kept whole and no temporary file is left behind.
    void fullDiskGivesAMessageAndKeepsThePreviousFile()
    {
        const QString data = m_dir.path() + QStringLiteral("/demo"), run = m_dir.path() + QStringLiteral("/full-disk");
        const QStringList trainArgs{QStringLiteral("train"),    QStringLiteral("--detector"), QStringLiteral("osscl"),
                                    QStringLiteral("--data"),   data,                         QStringLiteral("--out"),
                                    run,                        QStringLiteral("--epochs"),   QStringLiteral("1"),
                                    QStringLiteral("--batch"),  QStringLiteral("4"),          QStringLiteral("--seconds"),
                                    QStringLiteral("0.5"),      QStringLiteral("--no-eval"),  QStringLiteral("--replace")};
        const QStringList scoreArgs{QStringLiteral("score"), QStringLiteral("--run"), run, QStringLiteral("--data"), data,
                                    QStringLiteral("--out"), run + QStringLiteral("/scores")};
        const QStringList fitArgs{QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                  run + QStringLiteral("/bandstats"), QStringLiteral("--replace")};
        for (const QStringList &args : {trainArgs, scoreArgs, fitArgs})
            QVERIFY(asdRun(args).code == 0);
        auto fingerprint = [&] { return fingerprintOf(run); };
        const auto before = fingerprint();
        QVERIFY(before.contains(run + QStringLiteral("/last.pt")));
        struct Case {
            QStringList args;
            const char *file;
        };
        for (const Case &c : {Case{trainArgs, ".pt: could not"}, Case{scoreArgs, "anomaly_score_"}, Case{fitArgs, "detector.asd"}}) {
            QProcess p;
            // No file may grow at all, as on a disk with no block left.
            p.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"),
                                                        QStringLiteral("ulimit -f 0; trap '' XFSZ; exec \"$0\" \"$@\""),
                                                        QStringLiteral(ASD_CLI)} +
                                                c.args);
            QVERIFY(p.waitForFinished(120000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitCode() != 0, err.constData());
            QVERIFY2(err.contains(c.file) && err.contains("could not be written") && err.contains("previous file is kept"),
                     err.constData());
            QCOMPARE(fingerprint(), before);
        }
    }

    // asd compare --slurm writes a job array with one task per detector and a submit script;
    // --merge turns the parts into the local run's table, a missing or damaged part into
    // that detector's failure with its log named.
    // kill -9 injected at exact points of every writer (tests/faults/kill_during_write.cpp,
    // loaded with LD_PRELOAD): half-way through the first write of the new file, and just
    // before the finished file is renamed into place. Whatever the writer (network
    // checkpoint, detector file, score files, PDF and HTML report), the previous file stays
    // byte for byte and nothing half-written takes its name; the job's next run clears the
    // killed writes' temporary files away.
    void killInsideEveryWriterKeepsThePreviousFile()
    {
        const QString data = m_dir.path() + QStringLiteral("/demo"), fitted = m_dir.path() + QStringLiteral("/injected"),
                      trained = m_dir.path() + QStringLiteral("/injected-osscl"),
                      scores = m_dir.path() + QStringLiteral("/injected-scores"); // a refit replaces RUN/scores
        const QStringList trainArgs{QStringLiteral("train"),   QStringLiteral("--detector"), QStringLiteral("osscl"),
                                    QStringLiteral("--data"),  data,                         QStringLiteral("--out"),
                                    trained,                   QStringLiteral("--epochs"),   QStringLiteral("1"),
                                    QStringLiteral("--batch"), QStringLiteral("4"),          QStringLiteral("--seconds"),
                                    QStringLiteral("0.5"),     QStringLiteral("--no-eval"),  QStringLiteral("--replace")};
        const QStringList fitArgs{QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), fitted,
                                  QStringLiteral("--replace")};
        const QStringList scoreArgs{QStringLiteral("score"), QStringLiteral("--run"), fitted, QStringLiteral("--data"), data,
                                    QStringLiteral("--out"), scores};
        auto reportArgs = [&](const QString &file) {
            return QStringList{QStringLiteral("--report"), fitted + QLatin1Char('/') + file, QStringLiteral("--scores"),
                               scores, data};
        };
        struct Case {
            QString program;
            QStringList args;
            QString file;     // the name of the file(s) the kill lands in
            QString killPath; // the temporary file's path contains this
        };
        const QList<Case> cases{
            {QStringLiteral(ASD_CLI), trainArgs, QStringLiteral("last.pt"), QStringLiteral("last.pt.tmp-")},
            {QStringLiteral(ASD_CLI), trainArgs, QStringLiteral("best.pt"), QStringLiteral("best.pt.tmp-")},
            {QStringLiteral(ASD_CLI), fitArgs, QStringLiteral("detector.asd"), QStringLiteral("detector.asd.tmp-")},
            {QStringLiteral(ASD_CLI), scoreArgs, QStringLiteral("anomaly_score_"), QStringLiteral(".csv.tmp-")},
            {QStringLiteral(ASD_WORKBENCH), reportArgs(QStringLiteral("report.pdf")), QStringLiteral("report.pdf"),
             QStringLiteral("report.pdf.tmp-")},
            {QStringLiteral(ASD_WORKBENCH), reportArgs(QStringLiteral("report.html")), QStringLiteral("report.html"),
             QStringLiteral("report.html.tmp-")}};
        auto run = [](const Case &c, const QString &killAt) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!killAt.isEmpty()) {
                env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(ASD_KILL_DURING_WRITE));
                env.insert(QStringLiteral("ASD_KILL_PATH"), c.killPath);
                env.insert(QStringLiteral("ASD_KILL_AT"), killAt);
                // Under the asan preset the injector is loaded before the sanitizer's runtime.
                env.insert(QStringLiteral("ASAN_OPTIONS"),
                           env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
            }
            p.setProcessEnvironment(env);
            p.start(c.program, c.args);
            p.waitForFinished(120000);
            return p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode();
        };
        for (const Case &c : cases)
            QVERIFY2(run(c, QString()) == 0, qPrintable(c.file));
        // Temporary files that are not a dead writer's stay: a running process's, another name.
        const QStringList kept{scores + QStringLiteral("/anomaly_score_x.csv.tmp-") +
                                   QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-0"),
                               scores + QStringLiteral("/anomaly_score_notes.tmp-draft")};
        auto age = [](const QString &path) { // untouched for 11 minutes
            QFile f(path);
            return f.open(QIODevice::ReadWrite) &&
                   f.setFileTime(QDateTime::currentDateTime().addSecs(-660), QFileDevice::FileModificationTime);
        };
        for (const QString &path : kept) {
            asd::test::writeText(path.toStdString(), "x");
            QVERIFY(age(path));
        }
        for (const Case &c : cases) {
            const QString dir = c.args.contains(trained) ? trained : c.file.startsWith(QStringLiteral("anomaly_score_")) ? scores : fitted;
            QStringList leftOver;
            for (const QString &killAt : {QStringLiteral("write:1"), QStringLiteral("rename:1")}) {
                const auto before = fingerprintOf(dir, c.file);
                QVERIFY(!before.isEmpty());
                QVERIFY2(run(c, killAt) == -1, qPrintable(c.file + QLatin1Char(' ') + killAt)); // it was killed there
                const auto after = fingerprintOf(dir, c.file);
                // Every file as it was, and one more: the killed write's temporary file.
                QStringList added;
                for (auto it = after.begin(); it != after.end(); ++it)
                    if (!before.contains(it.key()))
                        added << it.key();
                    else
                        QVERIFY2(before.value(it.key()) == it.value(), qPrintable(it.key() + QLatin1Char(' ') + killAt));
                QCOMPARE(added.size(), 1);
                QVERIFY(added[0].contains(QStringLiteral(".tmp-")));
                QCOMPARE(after.size(), before.size() + 1);
                leftOver << added[0];
            }
            // The next run of the job removes what the killed ones left, once it is old enough
            // that no writer on another host can still be at it.
            for (const QString &path : leftOver)
                QVERIFY(age(path));
            QVERIFY2(run(c, QString()) == 0, qPrintable(c.file));
            for (const QString &path : fingerprintOf(dir, c.file).keys())
                QVERIFY2(!path.contains(QStringLiteral(".tmp-")) || kept.contains(path), qPrintable(path));
        }
        for (const QString &path : kept)
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        // What was kept still works: the network and the detector score, the scores evaluate.
        QCOMPARE(asdRun({QStringLiteral("score"), QStringLiteral("--run"), trained, QStringLiteral("--data"), data,
                         QStringLiteral("--out"), trained + QStringLiteral("/scores")}).code, 0);
        QCOMPARE(asdRun({QStringLiteral("eval"), QStringLiteral("--scores"), scores, QStringLiteral("--data"), data}).code, 0);
    }

    void clusterCompareWritesAnArrayAndMergesItsParts()
    {
        const QString data = m_dir.path() + QStringLiteral("/demo"), job = m_dir.path() + QStringLiteral("/slurm-job");
        const Result written = asdRun({QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                       m_dir.path() + QStringLiteral("/slurm-out"), QStringLiteral("--detectors"),
                                       QStringLiteral("bandstats,bandstats:stats=mean+std"), QStringLiteral("--slurm"), job,
                                       QStringLiteral("--partition"), QStringLiteral("gpu"), QStringLiteral("--gpus"),
                                       QStringLiteral("1"), QStringLiteral("--time"), QStringLiteral("01:00:00"),
                                       QStringLiteral("--mem"), QStringLiteral("8G")});
        QVERIFY2(written.code == 0, written.err.constData());
        QFile script(job + QStringLiteral("/compare.sbatch"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        for (const char *line : {"#SBATCH --array=0-1", "#SBATCH --partition=gpu", "#SBATCH --gres=gpu:1",
                                 "#SBATCH --time=01:00:00", "#SBATCH --mem=8G", "'bandstats:stats=mean+std'"})
            QVERIFY2(text.contains(line), line);
        QVERIFY(QFileInfo(job + QStringLiteral("/submit.sh")).isExecutable());
        // Nothing has run: both detectors say where their results should be.
        const Result none = asdRun({QStringLiteral("compare"), QStringLiteral("--merge"), job});
        QCOMPARE(none.code, 1);
        QCOMPARE(none.out.count("no result yet"), 2);
        // One part as a task writes it (the local run's JSON), one damaged.
        const Result local = asdRun({QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                     m_dir.path() + QStringLiteral("/slurm-local"), QStringLiteral("--detectors"),
                                     QStringLiteral("bandstats"), QStringLiteral("--json")});
        QVERIFY2(local.code == 0, local.err.constData());
        asd::test::writeText((job + QStringLiteral("/parts/0.json")).toStdString(), local.out.toStdString());
        asd::test::writeText((job + QStringLiteral("/parts/1.json")).toStdString(), "{\"event\": \"compared\", \"mod");
        const Result merged = asdRun({QStringLiteral("compare"), QStringLiteral("--merge"), job, QStringLiteral("--json")});
        QCOMPARE(merged.code, 1);
        const QJsonArray rows = comparedEvents(merged.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(groupsOf(rows[0]), groupsOf(comparedEvents(local.out)[0]));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("fit_stages")),
                 comparedEvents(local.out)[0].toObject().value(QStringLiteral("fit_stages")));
        QVERIFY(rows[1].toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("1.json: holds no result")));

        // A sweep's array: a task per noise and SNR, the clean data scored by the first only.
        const QString sweepJob = m_dir.path() + QStringLiteral("/slurm-sweep-job");
        QVERIFY(asdRun({QStringLiteral("sweep"), QStringLiteral("--run"), m_dir.path() + QStringLiteral("/slurm-local/bandstats"),
                        QStringLiteral("--data"), data, QStringLiteral("--noise"), QStringLiteral("pink,white"),
                        QStringLiteral("--snr"), QStringLiteral("0,-6"), QStringLiteral("--slurm"), sweepJob})
                    .code == 0);
        QFile sweepScript(sweepJob + QStringLiteral("/sweep.sbatch"));
        QVERIFY(sweepScript.open(QIODevice::ReadOnly));
        const QByteArray sweepText = sweepScript.readAll();
        QVERIFY(sweepText.contains("#SBATCH --array=0-3"));
        QCOMPARE(sweepText.count("--skip-clean"), 3);
    }

    // Comparison and sweep on a real single-node Slurm (slurmctld and slurmd on this machine), when
    // slurm-wlm is installed and the test runs as root; skipped with the reason otherwise.
    void clusterJobsRunOnARealSlurm()
    {
        const QString dir = m_dir.path() + QStringLiteral("/slurm");
        QProcess start;
        start.start(QStringLiteral("bash"), {QStringLiteral(ASD_LOCAL_SLURM), QStringLiteral("start"), dir});
        QVERIFY(start.waitForFinished(60000));
        const QByteArray why = start.readAllStandardError().trimmed();
        if (start.exitCode() == 3)
            QSKIP(qPrintable(QStringLiteral("no local Slurm: ") + QString::fromUtf8(why)));
        QVERIFY2(start.exitCode() == 0, why.constData());
        auto stop = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("bash"), {QStringLiteral(ASD_LOCAL_SLURM), QStringLiteral("stop"), dir});
        });
        qputenv("SLURM_CONF", (dir + QStringLiteral("/slurm.conf")).toUtf8());
        const QString data = m_dir.path() + QStringLiteral("/demo"), job = m_dir.path() + QStringLiteral("/slurm-real");
        const QStringList detectors{QStringLiteral("--detectors"), QStringLiteral("bandstats,patchcore")};
        QVERIFY(asdRun(QStringList{QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                   m_dir.path() + QStringLiteral("/slurm-real-out"), QStringLiteral("--slurm"), job} +
                       detectors)
                    .code == 0);
        QProcess submit;
        submit.start(QStringLiteral("bash"), {job + QStringLiteral("/submit.sh")});
        QVERIFY(submit.waitForFinished(30000));
        QVERIFY2(submit.exitCode() == 0, submit.readAllStandardError().constData());
        QFile merged(job + QStringLiteral("/merged.txt"));
        for (int i = 0; i < 240 && merged.size() == 0; ++i)
            QThread::msleep(500);
        QVERIFY2(merged.size() > 0, "the merge job wrote nothing in 2 minutes");
        // The cluster's table holds the local run's figures.
        const Result clustered = asdRun({QStringLiteral("compare"), QStringLiteral("--merge"), job, QStringLiteral("--json")});
        QVERIFY2(clustered.code == 0, clustered.out.constData());
        const Result local = asdRun(QStringList{QStringLiteral("compare"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                                                m_dir.path() + QStringLiteral("/slurm-real-local"), QStringLiteral("--json")} +
                                    detectors);
        const QJsonArray a = comparedEvents(clustered.out), b = comparedEvents(local.out);
        QCOMPARE(a.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(groupsOf(a[i]), groupsOf(b[i]));
        QVERIFY(merged.open(QIODevice::ReadOnly) && merged.readAll().contains("best on this data:"));

        // A noise sweep of one of those runs, one task per noise and SNR: the merged conditions
        // are the local sweep's, the same mixtures (seeded per condition) and figures.
        const QString sweepJob = m_dir.path() + QStringLiteral("/slurm-sweep");
        const QStringList sweepArgs{QStringLiteral("sweep"), QStringLiteral("--run"),
                                    m_dir.path() + QStringLiteral("/slurm-real-out/bandstats"), QStringLiteral("--data"), data,
                                    QStringLiteral("--noise"), QStringLiteral("pink"), QStringLiteral("--snr"),
                                    QStringLiteral("0,-6")};
        QVERIFY(asdRun(sweepArgs + QStringList{QStringLiteral("--slurm"), sweepJob}).code == 0);
        submit.start(QStringLiteral("bash"), {sweepJob + QStringLiteral("/submit.sh")});
        QVERIFY(submit.waitForFinished(30000) && submit.exitCode() == 0);
        QFile sweepMerged(sweepJob + QStringLiteral("/merged.txt"));
        for (int i = 0; i < 240 && sweepMerged.size() == 0; ++i)
            QThread::msleep(500);
        QVERIFY2(sweepMerged.size() > 0, "the sweep's merge job wrote nothing in 2 minutes");
        auto conditions = [](const QByteArray &out) {
            QMap<QString, double> auc;
            for (const QByteArray &line : out.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(QStringLiteral("event")).toString() == QStringLiteral("condition"))
                    auc[o.value(QStringLiteral("message")).toString()] =
                        o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("means")).toObject().value(QStringLiteral("auc")).toDouble();
            }
            return auc;
        };
        const Result sweptThere = asdRun({QStringLiteral("sweep"), QStringLiteral("--merge"), sweepJob, QStringLiteral("--json")});
        QVERIFY2(sweptThere.code == 0, sweptThere.err.constData());
        const Result sweptHere = asdRun(sweepArgs + QStringList{QStringLiteral("--json")});
        QCOMPARE(conditions(sweptThere.out).size(), 3); // clean, pink at 0 and -6 dB
        QCOMPARE(conditions(sweptThere.out), conditions(sweptHere.out));
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
