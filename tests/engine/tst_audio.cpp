// SPDX-License-Identifier: GPL-3.0-or-later
// Audio I/O: formats, channels, resampling, length policy and the errors users see.
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <fstream>

using namespace asd;

namespace {
constexpr double kPi = 3.14159265358979323846;

// Frequency of the strongest DFT bin near `expectHz` (coarse, enough to catch a wrong rate).
double dominantFrequency(const std::vector<float> &x, int rate, double lo, double hi)
{
    double best = 0, bestHz = 0;
    for (double f = lo; f <= hi; f += 1.0) {
        double re = 0, im = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            re += x[i] * std::cos(2 * kPi * f * i / rate);
            im += x[i] * std::sin(2 * kPi * f * i / rate);
        }
        const double p = re * re + im * im;
        if (p > best) {
            best = p;
            bestHz = f;
        }
    }
    return bestHz;
}
} // namespace

class TestAudio : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const char *name) const { return (m_dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }

private Q_SLOTS:
    void readsEveryCommonFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("wav pcm16") << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 1.0 / 32768;
        QTest::newRow("wav pcm24") << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << 1.0 / 8388608 * 2;
        QTest::newRow("wav pcm32") << (SF_FORMAT_WAV | SF_FORMAT_PCM_32) << 1e-6;
        QTest::newRow("wav float") << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 1e-7;
        QTest::newRow("wavex pcm16") << (SF_FORMAT_WAVEX | SF_FORMAT_PCM_16) << 1.0 / 32768;
        QTest::newRow("flac 16") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 1.0 / 32768;
    }
    void readsEveryCommonFormat()
    {
        QFETCH(int, format);
        QFETCH(double, tolerance);
        const auto p = path("fmt.audio");
        auto ref = [](long i, int) { return float(0.5 * std::sin(2 * kPi * 440.0 * i / 16000)); };
        test::writeAudio(p, format, 1, 16000, 4000, ref);
        const AudioInfo info = probeAudio(p);
        QCOMPARE(info.sampleRate, 16000);
        QCOMPARE(info.channels, 1);
        QCOMPARE(info.frames, 4000);
        const Audio a = readAudio(p);
        QCOMPARE(a.samples.size(), std::size_t(4000));
        double maxErr = 0;
        for (long i = 0; i < 4000; ++i)
            maxErr = std::max(maxErr, std::abs(double(a.samples[i]) - ref(i, 0)));
        QVERIFY2(maxErr <= tolerance, qPrintable(QString::number(maxErr)));
    }

    void damagedHeadersFoundByFuzzingAreRefusedByName()
    {
        // Both crashed the resampler before (tests/fuzz/corpus/audio/regression-*).
        const std::string corpus = (test::testDataDir() + QStringLiteral("/../fuzz/corpus/audio/")).toStdString();
        try {
            readAudio(corpus + "regression-1074151040hz", ReadOptions{16000, {}});
            QFAIL("a header claiming 1 GHz was read");
        } catch (const AudioError &e) {
            QVERIFY2(std::string(e.what()).find("unsupported sample rate 1074151040 Hz") != std::string::npos, e.what());
            QVERIFY(std::string(e.what()).find("regression-1074151040hz") != std::string::npos);
        }
        try {
            const Audio a = readAudio(corpus + "regression-few-samples-502852hz", ReadOptions{16000, {}});
            QCOMPARE(a.sampleRate, 16000);
            QVERIFY(!a.samples.empty());
        } catch (const AudioError &e) {
            QVERIFY(std::string(e.what()).find("regression-few-samples") != std::string::npos); // named, not a crash
        }
    }

    void pcm16DecodesToExactlyTheStoredValueOver32768()
    {
        // 16-bit PCM (all of DCASE and MIMII) is read as stored and scaled in our own loop;
        // it must give libsndfile's values: s / 32768, extremes and both channels included.
        const auto p = path("pcm16.wav");
        auto stored = [](long i, int c) { return short((i * 97 + c * 5000) % 65536 - 32768); };
        auto value = [&](long i, int c) { return float(stored(i, c)) / 32768.0f; };
        SF_INFO info{};
        info.samplerate = 16000;
        info.channels = 2;
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        SNDFILE *f = sf_open(p.c_str(), SFM_WRITE, &info);
        QVERIFY(f);
        std::vector<short> frames;
        for (long i = 0; i < 1000; ++i)
            frames.insert(frames.end(), {stored(i, 0), stored(i, 1)});
        QCOMPARE(sf_writef_short(f, frames.data(), 1000), sf_count_t(1000));
        sf_close(f);
        ReadOptions right;
        right.channels = ChannelPolicy::pick(1);
        const Audio left = readAudio(p), r = readAudio(p, right);
        for (long i = 0; i < 1000; ++i) {
            QCOMPARE(left.samples[std::size_t(i)], value(i, 0));
            QCOMPARE(r.samples[std::size_t(i)], value(i, 1));
        }
        QCOMPARE(left.samples[0], -1.0f);
    }

    void picksOrAveragesChannels()
    {
        const auto p = path("stereo.wav");
        test::writeAudio(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 2, 16000, 100,
                         [](long, int c) { return c == 0 ? 0.5f : -0.25f; });
        QCOMPARE(readAudio(p).samples[10], 0.5f); // channel 0 by default, as DCASE
        ReadOptions right;
        right.channels = ChannelPolicy::pick(1);
        QCOMPARE(readAudio(p, right).samples[10], -0.25f);
        ReadOptions mean;
        mean.channels = ChannelPolicy::average();
        QCOMPARE(readAudio(p, mean).samples[10], 0.125f);
        ReadOptions bad;
        bad.channels = ChannelPolicy::pick(2);
        try {
            readAudio(p, bad);
            QFAIL("channel 2 of a stereo file must be refused");
        } catch (const AudioError &e) {
            QVERIFY(e.reason().find("channel 2") != std::string::npos);
        }
    }

    void resamplesToModelRate_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("22.05 kHz") << 22050;
        QTest::newRow("44.1 kHz") << 44100;
        QTest::newRow("48 kHz") << 48000;
        QTest::newRow("8 kHz") << 8000;
    }
    void resamplesToModelRate()
    {
        QFETCH(int, rate);
        const auto p = path("rate.wav");
        const long frames = rate; // one second
        test::writeAudio(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 1, rate, frames,
                         [rate](long i, int) { return float(0.5 * std::sin(2 * kPi * 1000.0 * i / rate)); });
        ReadOptions o;
        o.targetRate = 16000;
        const Audio a = readAudio(p, o);
        QCOMPARE(a.sampleRate, 16000);
        QCOMPARE(a.samples.size(), std::size_t(16000));
        // The tone stays at 1 kHz and keeps its level (amplitude 0.5 -> RMS 0.354).
        const std::vector<float> mid(a.samples.begin() + 4000, a.samples.begin() + 12000);
        QCOMPARE(dominantFrequency(mid, 16000, 900, 1100), 1000.0);
        double e = 0;
        for (float v : mid)
            e += double(v) * v;
        QVERIFY(std::abs(std::sqrt(e / mid.size()) - 0.5 / std::sqrt(2.0)) < 0.005);
    }

    void fitsLengthWithoutDroppingShortClips()
    {
        const std::vector<float> x{1, 2, 3};
        QCOMPARE(fitLength(x, 2, PadMode::Zeros), (std::vector<float>{1, 2}));
        QCOMPARE(fitLength(x, 5, PadMode::Zeros), (std::vector<float>{1, 2, 3, 0, 0}));
        QCOMPARE(fitLength(x, 7, PadMode::Repeat), (std::vector<float>{1, 2, 3, 1, 2, 3, 1}));
    }

    void writesDcaseWavAtomically()
    {
        const auto p = path("out/written.wav");
        writeWav16(p, {0.0f, 0.5f, -0.5f, 2.0f}, 16000);
        const Audio a = readAudio(p);
        QCOMPARE(a.samples.size(), std::size_t(4));
        QVERIFY(std::abs(a.samples[1] - 0.5f) < 1e-4f);
        QVERIFY(a.samples[3] > 0.999f); // clipped, not wrapped around
        QCOMPARE(probeAudio(p).format, std::string("WAV (Microsoft), PCM 16-bit"));
        QCOMPARE(QDir(m_dir.path() + QStringLiteral("/out")).entryList(QDir::Files).size(), 1); // no temp left
    }

    void badFilesNameThePathAndTheProblem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing.wav"
                                 << "file not found";
        QTest::newRow("empty") << "empty.wav"
                               << "empty file";
        QTest::newRow("not audio") << "notes.wav"
                                   << "not a readable audio file";
        QTest::newRow("truncated") << "truncated.wav"
                                   << "truncated";
        QTest::newRow("no samples") << "nosamples.wav"
                                    << "holds no samples";
        QTest::newRow("folder") << "folder.wav"
                                << "is a folder";
        QTest::newRow("NaN samples") << "nan.wav"
                                     << "NaN or infinite samples";
    }
    void badFilesNameThePathAndTheProblem()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        test::writeText(path("empty.wav"), "");
        test::writeText(path("notes.wav"), "these are my notes about the pump, not audio\n");
        test::writeAudio(path("full.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 16000,
                         [](long, int) { return 0.1f; });
        auto bytes = test::readBytes(path("full.wav"));
        test::writeText(path("truncated.wav"), std::string(bytes.begin(), bytes.begin() + 44 + 10000));
        test::writeAudio(path("nosamples.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 0,
                         [](long, int) { return 0.0f; });
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.wav"));
        test::writeAudio(path("nan.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 1, 16000, 800,
                         [](long i, int) { return i == 400 ? std::nanf("") : 0.1f; });

        const std::string p = path(name.toLatin1().constData());
        try {
            readAudio(p);
            QFAIL("expected an AudioError");
        } catch (const AudioError &e) {
            QCOMPARE(QString::fromStdString(e.path()), QString::fromStdString(p));
            QVERIFY2(QString::fromStdString(e.reason()).contains(reason), e.what());
            QVERIFY(QString::fromLatin1(e.what()).startsWith(QString::fromStdString(p)));
        }
    }

    void realNoiseResamplesFrom22kHz()
    {
        ASD_REQUIRE_SHARED(shared);
        const std::string p = (shared + QStringLiteral("/data/noise/noisex92/factory1.wav")).toStdString();
        const AudioInfo info = probeAudio(p);
        QCOMPARE(info.sampleRate, 22050);
        ReadOptions o;
        o.targetRate = 16000;
        const Audio a = readAudio(p, o);
        QCOMPARE(a.sampleRate, 16000);
        QCOMPARE(qint64(a.samples.size()), qint64(std::llround(double(info.frames) * 16000 / 22050)));
        double e = 0;
        for (float v : a.samples)
            e += double(v) * v;
        QVERIFY(e > 0);
    }
};

QTEST_GUILESS_MAIN(TestAudio)
#include "tst_audio.moc"
