// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic machine sounds: determinism, layouts, and that faults really change the sound.
#include "dataset/DatasetIndex.h"
#include "support/TestSupport.h"
#include "synth/MachineSynth.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace asd;

namespace {
double rms(const std::vector<float> &x)
{
    double e = 0;
    for (float v : x)
        e += double(v) * v;
    return std::sqrt(e / x.size());
}
} // namespace

class TestSynth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameFiles()
    {
        QTemporaryDir a, b, c;
        SynthOptions o = test::tinySynth(2, 2, 2, 1, 0.5);
        QCOMPARE(writeSynthDataset(a.path().toStdString(), o), 2 * 2 * (2 + 2));
        writeSynthDataset(b.path().toStdString(), o);
        o.seed = 2;
        writeSynthDataset(c.path().toStdString(), o);
        const std::string f = "/fan/test/anomaly_id_02_00000000.wav";
        const auto bytesA = test::readBytes(a.path().toStdString() + f);
        QVERIFY(bytesA.size() > 16000);
        QCOMPARE(bytesA, test::readBytes(b.path().toStdString() + f));
        QVERIFY(bytesA != test::readBytes(c.path().toStdString() + f));
    }

    void dcase2020LayoutIndexes()
    {
        QTemporaryDir d;
        SynthOptions o = test::tinySynth(3, 3, 3, 2, 0.25);
        writeSynthDataset(d.path().toStdString(), o);
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QVERIFY(index.skipped.empty());
        QCOMPARE(index.clips.size(), std::size_t(3 * 3 * (3 + 4)));
        QCOMPARE(index.machineTypes(), (std::vector<std::string>{"fan", "pump", "valve"}));
        QCOMPARE(index.classes.size(), 9);
        for (const auto &c : index.clips) {
            QCOMPARE(c.audio.sampleRate, 16000);
            QCOMPARE(c.audio.frames, 4000);
        }
    }

    void dcase2023LayoutHasDomainsAndAttributes()
    {
        QTemporaryDir d;
        SynthOptions o = test::tinySynth(1, 2, 4, 4, 0.25);
        o.layout = SynthOptions::Layout::Dcase2023;
        writeSynthDataset(d.path().toStdString(), o);
        const DatasetIndex index = scanDataset(d.path().toStdString());
        QVERIFY(index.skipped.empty());
        int target = 0, source = 0, anomalies = 0;
        for (const auto &c : index.clips) {
            QCOMPARE(int(c.layout), int(Layout::Dcase2021Plus));
            QCOMPARE(c.section, 0);
            QCOMPARE(c.attributes.size(), std::size_t(1));
            QCOMPARE(c.attributes[0].first, std::string("spd"));
            target += c.domain == Domain::Target;
            source += c.domain == Domain::Source;
            anomalies += c.label == Label::Anomaly;
        }
        QCOMPARE(anomalies, 2 * 4);
        QVERIFY(target > 0 && source > target);
        QCOMPARE(index.classes.size(), 2); // one section, two operating conditions
    }

    void idsDifferSubtlyAndFaultsAudibly_data()
    {
        QTest::addColumn<int>("type");
        for (int t = 0; t < int(synthMachineTypes().size()); ++t)
            QTest::newRow(synthMachineTypes()[t].c_str()) << t;
    }
    void idsDifferSubtlyAndFaultsAudibly()
    {
        // Two IDs of one type sound alike but not the same; every fault changes the sound of
        // every kind of machine.
        QFETCH(int, type);
        const MachineVoice id0 = machineVoice(type, 0, 1), id2 = machineVoice(type, 2, 1);
        QVERIFY(id0.shaftHz != id2.shaftHz);
        QVERIFY(std::abs(id2.shaftHz / id0.shaftHz - 1.0) < 0.06);
        const auto normal = synthesizeClip(id0, {FaultKind::None, 0, 1, 1, 7}, 1.0, 16000);
        for (FaultKind f : {FaultKind::BearingImpulses, FaultKind::Imbalance, FaultKind::HarmonicShift,
                            FaultKind::Rubbing}) {
            const auto faulty = synthesizeClip(id0, {f, 1.0, 1, 1, 7}, 1.0, 16000);
            std::vector<float> diff(normal.size());
            for (std::size_t i = 0; i < diff.size(); ++i)
                diff[i] = faulty[i] - normal[i];
            QVERIFY2(rms(diff) > 0.05 * rms(normal), toString(f));
        }
        for (float v : normal)
            QVERIFY(std::isfinite(v) && std::abs(v) <= 1.0f);
        QVERIFY(rms(normal) > 0.01 && rms(normal) < 0.7);
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
