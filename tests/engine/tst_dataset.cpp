// SPDX-License-Identifier: GPL-3.0-or-later
// Dataset index: every layout of reference-methods §1, bad files, CSVs, the class map.
#include "dataset/ClipName.h"
#include "dataset/DatasetIndex.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <algorithm>
#include <map>

using namespace asd;

namespace {

void clip(const QString &root, const QString &rel)
{
    const std::string p = (root + QLatin1Char('/') + rel).toStdString();
    QDir().mkpath(QFileInfo(QString::fromStdString(p)).absolutePath());
    test::writeAudio(p, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 1600, [](long i, int) { return (i % 16) / 32.0f; });
}

const Clip *find(const DatasetIndex &index, const std::string &fileName)
{
    for (const auto &c : index.clips)
        if (c.fileName == fileName)
            return &c;
    return nullptr;
}

bool skippedContains(const DatasetIndex &index, const std::string &pathPart, const std::string &errorPart)
{
    return std::any_of(index.skipped.begin(), index.skipped.end(), [&](const SkippedFile &s) {
        return s.path.find(pathPart) != std::string::npos && s.error.find(errorPart) != std::string::npos;
    });
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesDcaseNames()
    {
        // Digits enough to overflow an int are no DCASE group (found by tests/fuzz/fuzz_clip_name).
        QVERIFY(!parseDcaseName("section_99999999999_source_train_normal_0000_a_1.wav"));
        QVERIFY(!parseDcaseName("normal_id_99999999999_00000000.wav"));
        auto n = parseDcaseName("anomaly_id_04_00000123.wav");
        QVERIFY(n);
        QCOMPARE(int(n->layout), int(Layout::Dcase2020));
        QCOMPARE(n->id, 4);
        QCOMPARE(int(n->label), int(Label::Anomaly));

        n = parseDcaseName("section_01_target_test_normal_0042_car_A1_spd_28V_mic_1.wav");
        QVERIFY(n);
        QCOMPARE(n->section, 1);
        QCOMPARE(int(n->domain), int(Domain::Target));
        QCOMPARE(int(n->split), int(Split::Test));
        QCOMPARE(n->attributes.size(), std::size_t(3));
        QCOMPARE(n->attributes[1], (std::pair<std::string, std::string>("spd", "28V")));

        n = parseDcaseName("section_00_0007.wav");
        QVERIFY(n);
        QCOMPARE(int(n->label), int(Label::Unknown));
        n = parseDcaseName("section_03_source_test_0000.wav"); // 2021 eval
        QVERIFY(n);
        QCOMPARE(int(n->domain), int(Domain::Source));

        QVERIFY(!parseDcaseName("recording.wav"));
        QVERIFY(!parseDcaseName("normal_id_xx_00000000.wav"));
        QVERIFY(!parseDcaseName("section_00_source_train_broken_0000.wav"));
    }

    void indexesDcase2020Development()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("fan/train/normal_id_00_00000000.wav"));
        clip(d.path(), QStringLiteral("fan/train/normal_id_02_00000000.wav"));
        clip(d.path(), QStringLiteral("fan/test/normal_id_00_00000001.wav"));
        clip(d.path(), QStringLiteral("fan/test/anomaly_id_00_00000000.wav"));
        clip(d.path(), QStringLiteral("ToyCar/train/normal_id_01_00000000.wav"));
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QCOMPARE(index.clips.size(), std::size_t(5));
        QVERIFY(index.skipped.empty());
        const Clip *a = find(index, "anomaly_id_00_00000000.wav");
        QVERIFY(a);
        QCOMPARE(a->machineType, std::string("fan"));
        QCOMPARE(a->id, 0);
        QCOMPARE(int(a->split), int(Split::Test));
        QCOMPARE(int(a->label), int(Label::Anomaly));
        QCOMPARE(int(a->domain), int(Domain::None));
        QCOMPARE(a->audio.sampleRate, 16000);
        QCOMPARE(a->audio.frames, 1600);
        // Reference class order: types case-insensitively (fan before ToyCar), IDs ascending.
        QCOMPARE(index.classes.keys(),
                 (std::vector<std::string>{"fan/id_00", "fan/id_02", "ToyCar/id_01"}));
        QCOMPARE(index.classes.indexOf(*a), 0);
    }

    void indexesDcase2020EvaluationWithGroundTruth()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("eval_data/pump/test/id_01_00000000.wav"));
        clip(d.path(), QStringLiteral("eval_data/pump/test/id_01_00000001.wav"));
        clip(d.path(), QStringLiteral("eval_data/pump/test/id_03_00000000.wav"));
        test::writeText((d.path() + QStringLiteral("/eval_data_list.csv")).toStdString(),
                        "pump\nid_01_00000000.wav,normal_id_01_00000098.wav,0\nid_01_00000001.wav,1\n"
                        "id_01_00000009.wav,two\n");
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QCOMPARE(index.clips.size(), std::size_t(3));
        QCOMPARE(int(find(index, "id_01_00000000.wav")->label), int(Label::Normal));
        QCOMPARE(int(find(index, "id_01_00000001.wav")->label), int(Label::Anomaly));
        QCOMPARE(int(find(index, "id_03_00000000.wav")->label), int(Label::Unknown)); // not in the list
        QCOMPARE(find(index, "id_03_00000000.wav")->machineType, std::string("pump"));
        // The malformed row is reported with its line number; the rest of the file is used.
        QVERIFY(skippedContains(index, "eval_data_list.csv", "line 4"));
    }

    void indexesDcase2023WithAttributes()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("fan/train/section_00_source_train_normal_0000_m-n_W.wav"));
        clip(d.path(), QStringLiteral("fan/train/section_00_source_train_normal_0001_m-n_X.wav"));
        clip(d.path(), QStringLiteral("fan/train/section_00_target_train_normal_0000_m-n_Y.wav"));
        clip(d.path(), QStringLiteral("fan/test/section_00_target_test_anomaly_0000_m-n_Y.wav"));
        clip(d.path(), QStringLiteral("fan/test/section_00_0001.wav"));
        test::writeText((d.path() + QStringLiteral("/fan/attributes_00.csv")).toStdString(),
                        "file_name,d1p,d1v\n"
                        "fan/train/section_00_source_train_normal_0000_m-n_W.wav,m-n,W\n"
                        "fan/test/section_00_0001.wav,m-n,X\n"
                        "fan/test/broken_row.wav,m-n\n");
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QCOMPARE(index.clips.size(), std::size_t(5));
        const Clip *t = find(index, "section_00_target_train_normal_0000_m-n_Y.wav");
        QCOMPARE(int(t->layout), int(Layout::Dcase2021Plus));
        QCOMPARE(t->section, 0);
        QCOMPARE(int(t->domain), int(Domain::Target));
        QCOMPARE(int(t->split), int(Split::Train));
        QCOMPARE(t->attributes, (Attributes{{"m-n", "Y"}}));
        // An unlabelled evaluation clip takes its attributes from the CSV.
        QCOMPARE(find(index, "section_00_0001.wav")->attributes, (Attributes{{"m-n", "X"}}));
        QVERIFY(skippedContains(index, "attributes_00.csv", "line 4"));
        // One section, yet several classes: one per attribute value.
        QCOMPARE(index.classes.size(), 3);
        QVERIFY(index.classes.indexOf("fan/section_00/m-n=W") >= 0);

        // The clips a test clip is compared with: its section's normal training clips, of its
        // domain and its attributes where there are any; never itself.
        const auto names = [&](const Clip &c) {
            std::vector<std::string> out;
            for (const Clip *r : index.normalReferences(c))
                out.push_back(r->fileName);
            return out;
        };
        QCOMPARE(names(*find(index, "section_00_target_test_anomaly_0000_m-n_Y.wav")),
                 std::vector<std::string>{"section_00_target_train_normal_0000_m-n_Y.wav"});
        QCOMPARE(names(*find(index, "section_00_0001.wav")), std::vector<std::string>{"section_00_source_train_normal_0001_m-n_X.wav"});
        Clip unknown = *find(index, "section_00_0001.wav");
        unknown.attributes = {{"m-n", "Z"}}; // no training clip has these: the whole section
        QCOMPARE(names(unknown).size(), std::size_t(3));
        QCOMPARE(names(*t), (std::vector<std::string>{"section_00_source_train_normal_0000_m-n_W.wav",
                                                      "section_00_source_train_normal_0001_m-n_X.wav"}));
    }

    void indexesDcase2021SourceAndTargetTestFolders()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("gearbox/source_test/section_03_source_test_0000.wav"));
        clip(d.path(), QStringLiteral("gearbox/target_test/section_03_target_test_normal_0001.wav"));
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QCOMPARE(index.clips.size(), std::size_t(2));
        QCOMPARE(find(index, "section_03_source_test_0000.wav")->machineType, std::string("gearbox"));
        QCOMPARE(int(find(index, "section_03_source_test_0000.wav")->split), int(Split::Test));
    }

    void indexesRawMimiiAndLabelFolders()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("mimii/valve/id_02/normal/00000000.wav"));
        clip(d.path(), QStringLiteral("mimii/valve/id_02/abnormal/00000000.wav"));
        clip(d.path(), QStringLiteral("mine/conveyor/normal/morning.wav"));
        clip(d.path(), QStringLiteral("mine/conveyor/anomaly/squeak.wav"));
        clip(d.path(), QStringLiteral("mine/compressor/test/anomaly/knock.wav"));
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QCOMPARE(index.clips.size(), std::size_t(5));
        for (const auto &c : index.clips) {
            if (c.path.find("mimii") != std::string::npos) {
                QCOMPARE(int(c.layout), int(Layout::Mimii));
                QCOMPARE(c.machineType, std::string("valve"));
                QCOMPARE(c.id, 2);
            }
        }
        QCOMPARE(int(find(index, "squeak.wav")->label), int(Label::Anomaly));
        QCOMPARE(find(index, "squeak.wav")->machineType, std::string("conveyor"));
        QCOMPARE(int(find(index, "00000000.wav")->layout), int(Layout::Mimii));
        QCOMPARE(find(index, "knock.wav")->machineType, std::string("compressor"));
        QCOMPARE(int(find(index, "knock.wav")->split), int(Split::Test));
    }

    void badFilesAreSkippedAndTheScanGoesOn()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("fan/train/normal_id_00_00000000.wav"));
        clip(d.path(), QStringLiteral("fan/train/take_2_final.wav"));
        test::writeText((d.path() + QStringLiteral("/fan/train/normal_id_00_00000001.wav")).toStdString(),
                        "not audio at all");
        test::writeText((d.path() + QStringLiteral("/fan/train/normal_id_00_00000002.wav")).toStdString(), "");
        test::writeAudio((d.path() + QStringLiteral("/fan/train/normal_id_00_00000003.wav")).toStdString(),
                         SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 0, [](long, int) { return 0.f; });
        test::writeText((d.path() + QStringLiteral("/fan/README.txt")).toStdString(), "notes");
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QCOMPARE(index.clips.size(), std::size_t(1));
        QCOMPARE(index.skipped.size(), std::size_t(4)); // README.txt is not audio by name: ignored
        QVERIFY(skippedContains(index, "take_2_final.wav", "no known layout"));
        QVERIFY(skippedContains(index, "normal_id_00_00000001.wav", "not a readable audio file"));
        QVERIFY(skippedContains(index, "normal_id_00_00000002.wav", "empty file"));
        QVERIFY(skippedContains(index, "normal_id_00_00000003.wav", "holds no samples"));
    }

    void emptyAndMissingFolders()
    {
        QTemporaryDir d;
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QVERIFY(index.clips.empty());
        QVERIFY(index.skipped.empty());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, scanDataset((d.path() + QStringLiteral("/nope")).toStdString()));
    }

    void groupsCountClips()
    {
        QTemporaryDir d;
        clip(d.path(), QStringLiteral("fan/test/normal_id_00_00000000.wav"));
        clip(d.path(), QStringLiteral("fan/test/normal_id_00_00000001.wav"));
        clip(d.path(), QStringLiteral("fan/test/anomaly_id_00_00000000.wav"));
        const auto groups = scanDataset(d.path().toStdString()).groups();
        QCOMPARE(groups.size(), std::size_t(2));
        int normals = 0;
        for (const auto &g : groups)
            if (g.label == Label::Normal)
                normals = g.count;
        QCOMPARE(normals, 2);
    }

    void realDcase2020Excerpt()
    {
        ASD_REQUIRE_SHARED(shared);
        const DatasetIndex index = scanDataset((shared + QStringLiteral("/data/dcase2020-excerpt")).toStdString());
        QCOMPARE(index.clips.size(), std::size_t(128));
        QVERIFY(index.skipped.empty());
        QCOMPARE(index.machineTypes(),
                 (std::vector<std::string>{"fan", "pump", "slider", "ToyCar", "ToyConveyor", "valve"}));
        QCOMPARE(index.classes.size(), 23);
        int normal = 0, anomaly = 0;
        for (const auto &c : index.clips) {
            normal += c.label == Label::Normal;
            anomaly += c.label == Label::Anomaly;
            QCOMPARE(c.audio.sampleRate, 16000);
            QCOMPARE(c.audio.channels, 1);
            const double expected = c.machineType == "ToyCar" ? 11.0 : 10.0;
            QVERIFY2(std::abs(c.audio.seconds() - expected) < 0.01, c.path.c_str());
            // The label in the name is the ground truth.
            QCOMPARE(c.label == Label::Anomaly, c.fileName.rfind("anomaly_", 0) == 0);
        }
        QCOMPARE(normal, 67);
        QCOMPARE(anomaly, 61);
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
