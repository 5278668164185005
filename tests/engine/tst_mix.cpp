// SPDX-License-Identifier: GPL-3.0-or-later
// Noise mixing: exact SNRs, seeded reproducibility, families kept apart, recordings.
#include "audio/AudioFile.h"
#include "dataset/DatasetIndex.h"
#include "mix/HeardBackground.h"
#include "mix/MixDataset.h"
#include "mix/Mixer.h"
#include "mix/Noise.h"
#include "support/TestSupport.h"
#include "synth/MachineSynth.h"
#include "util/Random.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>

using namespace asd;

namespace {
std::vector<float> machineSound(double seconds = 1.0)
{
    return synthesizeClip(machineVoice(0, 0, 1), {FaultKind::None, 0, 1, 1, 3}, seconds, 16000);
}
} // namespace

class TestMix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mixesAtTheRequestedSnr_data()
    {
        QTest::addColumn<QString>("noise");
        QTest::addColumn<double>("snr");
        for (const char *n : {"white", "pink", "brown", "babble", "impulsive", "modulated"})
            for (double snr : {6.0, 0.0, -6.0, -12.5})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 dB").arg(QLatin1String(n)).arg(snr))) << QString::fromLatin1(n) << snr;
    }
    void mixesAtTheRequestedSnr()
    {
        QFETCH(QString, noise);
        QFETCH(double, snr);
        const auto machine = machineSound();
        const auto n = makeNoise(parseNoiseSource(noise.toStdString()), machine.size(), 16000, 11);
        const Mixture m = mixAtSnr(machine, n, snr);
        QVERIFY2(std::abs(m.snrDb - snr) < 0.01, qPrintable(QString::number(m.snrDb)));
        // Measured independently: the mixture minus the machine is the scaled noise.
        double pm = 0, pn = 0;
        for (std::size_t i = 0; i < machine.size(); ++i) {
            const double mach = machine[i] * m.scale, rest = m.samples[i] - mach;
            pm += mach * mach;
            pn += rest * rest;
        }
        QVERIFY2(std::abs(10 * std::log10(pm / pn) - snr) < 0.01, qPrintable(QString::number(10 * std::log10(pm / pn))));
        for (float v : m.samples)
            QVERIFY(std::abs(v) <= 1.0f);
    }

    void loudMixturesAreScaledNotClipped()
    {
        std::vector<float> loud(16000);
        for (std::size_t i = 0; i < loud.size(); ++i)
            loud[i] = 0.95f * float(std::sin(2 * M_PI * 440.0 * i / 16000));
        const Mixture m = mixAtSnr(loud, makeNoise(parseNoiseSource("white"), loud.size(), 16000, 1), 0.0);
        QVERIFY(m.scale < 1.0);
        QVERIFY(std::abs(m.snrDb) < 0.01);
        QVERIFY(*std::max_element(m.samples.begin(), m.samples.end()) <= 0.999f + 1e-6f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mixAtSnr(std::vector<float>(100, 0.0f), std::vector<float>(100, 0.1f), 0));
    }

    void seededNoiseIsReproducible()
    {
        for (const char *kind : {"pink", "babble", "impulsive"}) {
            const NoiseSource s = parseNoiseSource(kind);
            QCOMPARE(makeNoise(s, 8000, 16000, 5), makeNoise(s, 8000, 16000, 5));
            QVERIFY(makeNoise(s, 8000, 16000, 5) != makeNoise(s, 8000, 16000, 6));
        }
    }

    // A clip's noise is seeded by its path: the same hash with any standard library and byte
    // order (libstdc++'s std::hash<std::string>, on which the measured figures were made).
    void clipSeedsDoNotDependOnTheStandardLibrary()
    {
        QCOMPARE(nameSeed(""), std::uint64_t(6142509188972423790ull));
        QCOMPARE(nameSeed("a"), std::uint64_t(4993892634952068459ull));
        QCOMPARE(nameSeed("fan/id_00"), std::uint64_t(12009219635583620862ull));
        QCOMPARE(nameSeed("valve/train/normal_id_00_00000000.wav"), std::uint64_t(16755509533183170966ull));
#ifdef __GLIBCXX__
        std::string name;
        for (int i = 0; i < 100; ++i) { // every tail length, and bytes above 127
            name.push_back(char(i * 37));
            QCOMPARE(nameSeed(name), std::uint64_t(std::hash<std::string>{}(name)));
        }
#endif
    }

    void mismatchedConditionsKeepFamiliesApart()
    {
        const NoiseConditions c = mismatchedConditions();
        QVERIFY(!c.train.empty() && !c.test.empty());
        for (NoiseKind k : c.train) {
            QVERIFY(isStationary(k));
            QVERIFY(std::find(c.test.begin(), c.test.end(), k) == c.test.end());
        }
        for (NoiseKind k : c.test)
            QVERIFY(!isStationary(k));
    }

    void recordingsAreResampledAndLooped()
    {
        QTemporaryDir d;
        const std::string path = (d.path() + QStringLiteral("/factory.wav")).toStdString();
        // 0.5 s at 22.05 kHz, as NOISEX-92 ships.
        test::writeAudio(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 22050, 11025,
                         [](long i, int) { return float(0.3 * std::sin(2 * M_PI * 300.0 * i / 22050)); });
        const NoiseSource s = parseNoiseSource(d.path().toStdString());
        QCOMPARE(int(s.kind), int(NoiseKind::Recording));
        // Sweep rows and legends name a recording without its path.
        const std::string folderName = QFileInfo(d.path()).fileName().toStdString();
        QCOMPARE(s.name(), folderName);
        QCOMPARE(parseNoiseSource(d.path().toStdString() + "/").name(), folderName);
        QCOMPARE(parseNoiseSource(path).name(), std::string("factory.wav"));
        const auto n = makeNoise(s, 32000, 16000, 3); // 2 s from a 0.5 s recording
        QCOMPARE(n.size(), std::size_t(32000));
        // Looped: the signal repeats every 8000 samples (0.5 s at 16 kHz).
        QVERIFY(std::abs(n[100] - n[8100]) < 1e-6f);
        QVERIFY(std::abs(meanPower(n) - 0.045) < 0.005); // 0.3² / 2
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseNoiseSource("/no/such/noise"));
    }

    void realFactoryNoise()
    {
        ASD_REQUIRE_SHARED(shared);
        const NoiseSource s = parseNoiseSource((shared + QStringLiteral("/data/noise/noisex92")).toStdString());
        QCOMPARE(s.files.size(), std::size_t(2));
        const auto machine = machineSound(2.0);
        const Mixture m = mixAtSnr(machine, makeNoise(s, machine.size(), 16000, 9), -6.0);
        QVERIFY(std::abs(m.snrDb + 6.0) < 0.01);
    }

    // noise=heard (issue #33): the level of a noise the recordings to score add is heard from
    // them and the normal recordings alone, within 2 dB, whatever its SNR; recordings as loud as
    // the normal ones add nothing; the stretches kept are the recordings' quietest.
    void hearsTheNoiseTheScoredRecordingsAdd_data()
    {
        QTest::addColumn<QString>("noise");
        QTest::addColumn<double>("snrDb");
        for (const char *noise : {"pink", "white", "babble"}) // brown lies mostly below the lowest band
            for (double snr : {6.0, 0.0, -6.0})
                QTest::addRow("%s at %g dB", noise, snr) << QString::fromLatin1(noise) << snr;
    }
    void hearsTheNoiseTheScoredRecordingsAdd()
    {
        QFETCH(QString, noise);
        QFETCH(double, snrDb);
        const LogMelExtractor logMel(hearingFeatures(16000));
        const NoiseSource source = parseNoiseSource(noise.toStdString());
        std::vector<Hearing> normal, scored, same;
        double noisePower = 0;
        for (int k = 0; k < 8; ++k) {
            const std::vector<float> machine =
                synthesizeClip(machineVoice(0, 0, 1), {FaultKind::None, 0, 1, 1, std::uint64_t(3 + k)}, 2.0, 16000);
            normal.push_back(hear(machine, logMel));
            same.push_back(hear(machine, logMel));
            const std::vector<float> n = makeNoise(source, machine.size(), 16000, std::uint64_t(20 + k));
            const Mixture m = mixAtSnr(machine, n, snrDb);
            noisePower += m.noiseGain * m.noiseGain * m.scale * m.scale * meanPower(n) / 8.0;
            scored.push_back(hear(m.samples, logMel));
        }
        const HeardBackground heard = heardBackground(scored, normal, logMel);
        QVERIFY(heard.heard());
        const double errorDb = 10.0 * std::log10(heard.noisePower / noisePower);
        QVERIFY2(std::abs(errorDb) < 2.0, QByteArray::number(errorDb));
        QCOMPARE(heard.samples.size(), std::size_t(8 * 2 * 4000)); // a fifth of each clip's 8 stretches
        HearingSettings briefly;
        briefly.keptSeconds = 2.0; // 8 stretches of 8 clips: one from each
        QCOMPARE(heardBackground(scored, normal, logMel, briefly).samples.size(), std::size_t(8 * 4000));
        QVERIFY(!heardBackground(same, normal, logMel).heard());
        QVERIFY(!heardBackground({}, normal, logMel).heard());
    }
    void hearingKeepsTheQuietestStretches()
    {
        // 2 s: a quiet hum, with a loud burst in 6 of the 8 quarter-seconds; the 2 kept (a fifth
        // of 8, rounded) are the two without.
        std::vector<float> x(32000);
        for (std::size_t i = 0; i < x.size(); ++i) {
            const std::size_t block = i / 4000;
            x[i] = float(0.01 * std::sin(0.05 * double(i)) + (block == 2 || block == 5 ? 0.0 : 0.5 * std::sin(0.3 * double(i))));
        }
        const Hearing h = hear(x, LogMelExtractor(hearingFeatures(16000)));
        QCOMPARE(h.quiet.size(), std::size_t(2 * 4000));
        QVERIFY(*std::max_element(h.quiet.begin(), h.quiet.end()) <= 0.0101f);
        QCOMPARE(h.bandPowers.size(), std::size_t(128));
    }

    void writesAMixedCopyOfADataset()
    {
        QTemporaryDir src, out;
        SynthOptions o = test::tinySynth(1, 2, 2, 2, 0.25);
        o.layout = SynthOptions::Layout::Dcase2023;
        writeSynthDataset(src.path().toStdString(), o);
        test::writeText((src.path() + QStringLiteral("/fan/test/section_00_source_test_normal_9999_spd_1.wav")).toStdString(), "junk");
        MixOptions m;
        m.noise = parseNoiseSource("pink");
        m.snrDb = 0;
        const MixReport r = writeMixedDataset(src.path().toStdString(), out.path().toStdString(), m);
        QCOMPARE(r.mixed, 2 * 2 * 2);
        QCOMPARE(r.copied, 2 * (2 + 1)); // source and target training clips, clean
        QCOMPARE(r.failed.size(), std::size_t(1));
        QVERIFY(QFileInfo::exists(out.path() + QStringLiteral("/fan/attributes_00.csv")));
        const DatasetIndex mixed = scanDataset(out.path().toStdString());
        QCOMPARE(mixed.clips.size(), std::size_t(8 + 6));
        // A training clip is a byte-identical copy; a test clip is not.
        const auto rel = [&](const DatasetIndex &i, Split s) {
            for (const auto &c : i.clips)
                if (c.split == s)
                    return c.relativePath;
            return std::string();
        };
        const std::string t = rel(mixed, Split::Train), e = rel(mixed, Split::Test);
        QCOMPARE(test::readBytes(src.path().toStdString() + "/" + t), test::readBytes(out.path().toStdString() + "/" + t));
        QVERIFY(test::readBytes(src.path().toStdString() + "/" + e) != test::readBytes(out.path().toStdString() + "/" + e));
    }
};

QTEST_GUILESS_MAIN(TestMix)
#include "tst_mix.moc"
