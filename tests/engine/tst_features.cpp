// SPDX-License-Identifier: GPL-3.0-or-later
// Feature front end: agreement with torchaudio to the decimal, and the display grid.
#include "audio/AudioFile.h"
#include "dsp/DisplaySpectrogram.h"
#include "dsp/LogMel.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <complex>
#include <random>
#include <thread>

using namespace asd;

namespace {
std::vector<float> noise(std::size_t n, unsigned seed)
{
    std::mt19937 g(seed);
    std::normal_distribution<float> d(0.0f, 0.1f);
    std::vector<float> x(n);
    for (auto &v : x)
        v = d(g);
    return x;
}
} // namespace

class TestFeatures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stftMatchesANaiveDft()
    {
        // Periodic Hann, zero centre padding, power 2: frame t is x[t*hop - n_fft/2 ...].
        StftConfig c{64, 48, 16, true, StftConfig::Padding::Zeros, 2.0};
        const Stft stft(c);
        const auto x = noise(300, 1);
        const FeatureMatrix s = stft.spectrogram(x);
        QCOMPARE(s.rows, 33);
        QCOMPARE(s.cols, 1 + 300 / 16);
        for (int t : {0, 5, s.cols - 1}) {
            for (int k : {0, 3, 32}) {
                std::complex<double> acc = 0;
                for (int n = 0; n < 64; ++n) {
                    const int i = t * 16 - 32 + n;
                    const int w = n - 8; // 48-point window centred in 64
                    const double win = (w >= 0 && w < 48) ? 0.5 - 0.5 * std::cos(2 * M_PI * w / 48) : 0.0;
                    const double v = (i >= 0 && i < 300) ? x[i] : 0.0;
                    acc += v * win * std::polar(1.0, -2 * M_PI * k * n / 64);
                }
                QVERIFY(std::abs(s.at(k, t) - std::norm(acc)) < 1e-4 * std::max(1.0, std::norm(acc)));
            }
        }
    }

    void reflectPaddingMirrorsWithoutTheEdge()
    {
        // With reflect padding the first frame sees x[16..1], x[0..15]: symmetric around x[0].
        StftConfig c{32, 32, 8, true, StftConfig::Padding::Reflect, 1.0};
        std::vector<float> x(100, 0.0f);
        x[3] = 1.0f; // mirrored to index -3
        const FeatureMatrix s = Stft(c).spectrogram(x);
        StftConfig z = c;
        z.padding = StftConfig::Padding::Zeros;
        const FeatureMatrix sz = Stft(z).spectrogram(x);
        QVERIFY(s.at(0, 0) > sz.at(0, 0) * 1.5); // the mirrored impulse adds energy at DC
        QCOMPARE(s.at(5, 6), sz.at(5, 6));        // interior frames are the same
    }

    void melFilterbankFollowsTheScales()
    {
        QVERIFY(std::abs(hzToMel(1000.0, MelConfig::Scale::Slaney) - 15.0) < 1e-12);
        QVERIFY(std::abs(melToHz(hzToMel(3456.0, MelConfig::Scale::Slaney), MelConfig::Scale::Slaney) - 3456.0) < 1e-9);
        QVERIFY(std::abs(hzToMel(700.0, MelConfig::Scale::Htk) - 2595.0 * std::log10(2.0)) < 1e-9);
        // Slaney norm gives each triangle unit area in Hz: sum_k w_k * binHz ~ 1.
        const MelFilterbank fb(featurePreset("osscl").mel);
        double area = 0;
        for (int k = 0; k < 1025; ++k)
            area += fb.weight(60, k) * (16000.0 / 2048);
        QVERIFY2(std::abs(area - 1.0) < 0.05, qPrintable(QString::number(area)));
        // Without norm the peak is at most 1.
        const MelFilterbank htk(featurePreset("stgram").mel);
        double peak = 0;
        for (int k = 0; k < 513; ++k)
            peak = std::max(peak, htk.weight(60, k));
        QVERIFY(peak <= 1.0 && peak > 0.5);
    }

    void matchesTorchaudioReferences_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("reference");
        QFile f(test::testDataDir() + QStringLiteral("/fixtures/logmel/index.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 6);
        for (const auto &v : items) {
            const QJsonObject o = v.toObject();
            // "../shared/data/dcase2020-excerpt/fan/test/x.wav" -> tests/data/clips/fan/x.wav
            const QStringList parts = o.value(QStringLiteral("clip")).toString().split(QLatin1Char('/'));
            const QString clip = parts[parts.size() - 3] + QLatin1Char('/') + parts.last();
            const QString preset = o.value(QStringLiteral("config_name")).toString();
            QTest::newRow(qPrintable(clip + QLatin1Char(' ') + preset))
                << clip << preset << o.value(QStringLiteral("file")).toString();
        }
    }
    void matchesTorchaudioReferences()
    {
        QFETCH(QString, clip);
        QFETCH(QString, preset);
        QFETCH(QString, reference);
        const Audio a = readAudio((test::testDataDir() + QStringLiteral("/clips/") + clip).toStdString());
        const auto x = fitLength(a.samples, 160000, PadMode::Zeros);
        const FeatureMatrix m = LogMelExtractor(featurePreset(preset.toStdString())).compute(x);
        QCOMPARE(m.rows, 128);
        QCOMPARE(m.cols, 313);
        QFile f(test::testDataDir() + QStringLiteral("/fixtures/") + reference);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QCOMPARE(raw.size(), qsizetype(128 * 313 * 4));
        const float *ref = reinterpret_cast<const float *>(raw.constData()); // little-endian host
        const float top = *std::max_element(ref, ref + 128 * 313);
        double maxDiff = 0, sumDiff = 0;
        int n = 0;
        for (int i = 0; i < 128 * 313; ++i) {
            if (ref[i] < top - 80.0f)
                continue;
            const double d = std::abs(double(m.data[i]) - ref[i]);
            maxDiff = std::max(maxDiff, d);
            sumDiff += d;
            ++n;
        }
        qInfo("%s: %d bins within 80 dB, max |diff| %.5f dB, mean %.6f dB", qPrintable(reference), n, maxDiff,
              sumDiff / n);
        QVERIFY(n > 1000);
        QVERIFY2(maxDiff <= 0.05, qPrintable(QString::number(maxDiff)));
        QVERIFY2(sumDiff / n <= 0.005, qPrintable(QString::number(sumDiff / n)));
    }

    void extractsOnSeveralThreadsAtOnce()
    {
        const LogMelExtractor ex(featurePreset("osscl"));
        const auto x = noise(32000, 3);
        const FeatureMatrix expected = ex.compute(x);
        std::vector<FeatureMatrix> got(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] {
                for (int r = 0; r < 5; ++r)
                    got[i] = ex.compute(x);
            });
        for (auto &t : threads)
            t.join();
        for (const auto &g : got)
            QCOMPARE(g.data, expected.data);
    }

    void librosaLogAndTopDb()
    {
        FeatureMatrix m(1, 3);
        m.data = {1.0f, 0.01f, 0.0f};
        LogConfig lib;
        lib.kind = LogConfig::Kind::Librosa;
        applyLog(lib, 2.0, m);
        QVERIFY(std::abs(m.data[0]) < 1e-6);
        QVERIFY(std::abs(m.data[1] + 20.0f) < 1e-4);
        QVERIFY(std::abs(m.data[2] + 156.535f) < 0.01f); // 10 log10(eps)
        FeatureMatrix t(1, 2);
        t.data = {1.0f, 1e-9f};
        LogConfig top;
        top.topDb = 80.0;
        applyLog(top, 2.0, t);
        QCOMPARE(t.data[1], -80.0f);
    }

    void powerToDbMatchesLog10OverTheWholeRange()
    {
        // applyLog uses a vectorised ln; compare it with log10 from the floor (amin) to 1e30,
        // mantissas on both sides of the sqrt(0.5) fold included.
        FeatureMatrix m(1, 0);
        std::vector<double> x;
        for (double v = 1e-12; v < 1e30; v *= 1.37)
            x.push_back(v);
        x.push_back(0.0);
        x.push_back(0.70710678);
        x.push_back(0.70710683);
        m.cols = int(x.size());
        for (double v : x)
            m.data.push_back(float(v));
        applyLog(LogConfig{}, 2.0, m);
        double worst = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double expected = 10.0 * std::log10(std::max(double(float(x[i])), 1e-10));
            worst = std::max(worst, std::abs(m.data[i] - expected) / std::max(1.0, std::abs(expected)));
        }
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst))); // float rounding, not 0.05 dB
    }

    void presetsRoundTripThroughJson()
    {
        for (const auto &name : featurePresetNames()) {
            const FeatureConfig c = featurePreset(name);
            const FeatureConfig back = FeatureConfig::fromJson(c.toJson());
            QCOMPARE(back.toJson(), c.toJson());
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, featurePreset("mfcc"));
    }

    void displaySpectrogramFillsThePixelGrid_data()
    {
        QTest::addColumn<int>("axis");
        QTest::newRow("linear") << int(FrequencyAxis::Linear);
        QTest::newRow("log") << int(FrequencyAxis::Log);
        QTest::newRow("mel") << int(FrequencyAxis::Mel);
    }
    void displaySpectrogramFillsThePixelGrid()
    {
        QFETCH(int, axis);
        // A 2 kHz tone must light up the row whose band holds 2 kHz, whatever the axis.
        std::vector<float> x(16000);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = 0.5f * float(std::sin(2 * M_PI * 2000.0 * i / 16000));
        DisplayRequest r;
        r.axis = FrequencyAxis(axis);
        r.width = 300;
        r.height = 200;
        const DisplaySpectrogram d = displaySpectrogram(x, 16000, r);
        QCOMPARE(d.db.rows, 200);
        QCOMPARE(d.db.cols, 300);
        QCOMPARE(int(d.rowHz.size()), 200);
        int loudest = 0;
        for (int y = 0; y < 200; ++y)
            if (d.db.at(y, 150) > d.db.at(loudest, 150))
                loudest = y;
        QVERIFY2(std::abs(d.rowHz[loudest] - 2000.0) < 2000.0 * 0.05, qPrintable(QString::number(d.rowHz[loudest])));
        QVERIFY(std::abs(d.rowOf(d.hzOf(57.0)) - 57.0) < 1e-6);
        QVERIFY(d.rowHz.front() < d.rowHz.back());
    }

    void differenceShowsWhatOneClipHasAndTheOtherLacks()
    {
        // A 2 kHz tone for 1 s minus a 500 Hz tone for 0.5 s: positive at 2 kHz, negative at
        // 500 Hz, over the half second both cover.
        auto tone = [](double hz, std::size_t n) {
            std::vector<float> x(n);
            for (std::size_t i = 0; i < n; ++i)
                x[i] = 0.5f * float(std::sin(2 * M_PI * hz * i / 16000));
            return x;
        };
        DisplayRequest r;
        r.width = 100;
        r.height = 128;
        const DisplaySpectrogram a = displaySpectrogram(tone(2000, 16000), 16000, r);
        r.width = 50;
        const DisplaySpectrogram b = displaySpectrogram(tone(500, 8000), 16000, r);
        const DisplaySpectrogram d = spectrogramDifference(a, b);
        QVERIFY(std::abs(d.seconds - 0.5) < 0.02);
        QCOMPARE(d.db.rows, 128);
        const int hi = int(std::lround(d.rowOf(2000))), lo = int(std::lround(d.rowOf(500)));
        QVERIFY(d.db.at(hi, d.db.cols / 2) > 20.0f);
        QVERIFY(d.db.at(lo, d.db.cols / 2) < -20.0f);
        const DisplaySpectrogram self = spectrogramDifference(a, a);
        QVERIFY(std::all_of(self.db.data.begin(), self.db.data.end(), [](float v) { return v == 0.0f; }));
        r.height = 64;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, spectrogramDifference(a, displaySpectrogram(tone(500, 8000), 16000, r)));
    }

    // Level-matched: a clip 12 dB louder overall than its reference differs by nothing once the
    // overall level is taken out; a tone it has and the reference lacks still stands out.
    void levelMatchedDifferenceTakesOutTheOverallLevel()
    {
        std::vector<float> quiet(16000), loud(16000), withTone(16000);
        std::uint32_t state = 7;
        for (std::size_t i = 0; i < quiet.size(); ++i) {
            state = state * 1664525u + 1013904223u;
            quiet[i] = 0.05f * (float(state >> 8) / float(1u << 24) - 0.5f);
            loud[i] = quiet[i] * 3.98f; // +12 dB
            withTone[i] = loud[i] + 0.2f * float(std::sin(2 * M_PI * 3000.0 * double(i) / 16000));
        }
        DisplayRequest r;
        r.width = 60;
        r.height = 128;
        const DisplaySpectrogram a = displaySpectrogram(quiet, 16000, r);
        const DisplaySpectrogram plain = spectrogramDifference(displaySpectrogram(loud, 16000, r), a);
        const DisplaySpectrogram matched = spectrogramDifference(displaySpectrogram(loud, 16000, r), a, true);
        QVERIFY(std::abs(plain.db.at(64, 30) - 12.0f) < 0.5f);
        QVERIFY(std::all_of(matched.db.data.begin(), matched.db.data.end(), [](float v) { return std::abs(v) < 0.5f; }));
        const DisplaySpectrogram tone = spectrogramDifference(displaySpectrogram(withTone, 16000, r), a, true);
        QVERIFY(tone.db.at(int(std::lround(tone.rowOf(3000))), 30) > 20.0f);
        QVERIFY(std::abs(tone.db.at(int(std::lround(tone.rowOf(6000))), 30)) < 1.0f);
    }

    // The normal band: median and 10th/90th percentile per row, as numpy.percentile computes
    // them (linear between order statistics); slices with other rows are left out.
    void spectrumBandIsTheNormalClipsMedianAndSpread()
    {
        std::vector<SpectrumSlice> slices;
        for (double level : {0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0}) {
            SpectrumSlice s;
            s.hz = {100.0, 200.0};
            s.db = {level, -level};
            slices.push_back(s);
        }
        SpectrumSlice other;
        other.hz = {100.0};
        other.db = {1000.0};
        slices.push_back(other);
        const SpectrumBand band = spectrumBand(slices);
        QCOMPARE(band.clips, 11);
        QCOMPARE(band.hz, (std::vector<double>{100.0, 200.0}));
        // numpy.percentile([0, 10, ..., 100], [10, 50, 90]) = 10, 50, 90; of the negatives -90, -50, -10.
        QCOMPARE(band.low, (std::vector<double>{10.0, -90.0}));
        QCOMPARE(band.median, (std::vector<double>{50.0, -50.0}));
        QCOMPARE(band.high, (std::vector<double>{90.0, -10.0}));
        slices.resize(4); // 0, 10, 20, 30: numpy gives 3, 15, 27 for the first row
        const SpectrumBand few = spectrumBand(slices);
        QVERIFY(std::abs(few.low[0] - 3.0) < 1e-9 && std::abs(few.median[0] - 15.0) < 1e-9 && std::abs(few.high[0] - 27.0) < 1e-9);
        QCOMPARE(spectrumBand({}).clips, 0);
    }

    void measureAndSpectrumSliceReadAKnownTone()
    {
        // 1.5 kHz at amplitude 0.5 in the first second, then 3 kHz at 0.25: the measure tool
        // finds each tone's frequency, time and level; half the amplitude is 6.02 dB less.
        std::vector<float> x(32000);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = i < 16000 ? 0.5f * float(std::sin(2 * M_PI * 1500 * i / 16000))
                             : 0.25f * float(std::sin(2 * M_PI * 3000 * i / 16000));
        DisplayRequest r;
        r.width = 200;
        r.height = 256; // 31.25 Hz per row on the linear axis
        const DisplaySpectrogram s = displaySpectrogram(x, 16000, r);
        const RegionMeasure first = measureRegion(s, 0.2, 0.8, 1000, 2000);
        QVERIFY2(std::abs(first.peakHz - 1500) <= 31.25, qPrintable(QString::number(first.peakHz)));
        QVERIFY(first.peakSeconds > 0.2 && first.peakSeconds < 0.8);
        QVERIFY(std::abs(first.seconds - 0.6) < 1e-9);
        QVERIFY(std::abs(first.hz - 1000) < 1e-9);
        const RegionMeasure second = measureRegion(s, 1.8, 1.2, 4000, 2500); // dragged up and left
        QVERIFY2(std::abs(second.peakHz - 3000) <= 31.25, qPrintable(QString::number(second.peakHz)));
        QVERIFY(second.peakSeconds > 1.2 && second.peakSeconds < 1.8);
        QVERIFY2(std::abs(first.peakDb - second.peakDb - 6.02) < 0.5,
                 qPrintable(QString("%1 - %2").arg(first.peakDb).arg(second.peakDb)));
        // Beyond the clip the rectangle is clamped to it.
        QVERIFY(std::abs(measureRegion(s, 1.5, 9.0, 0, 99999).seconds - 0.5) < 1e-9);
        // The slice over the first second peaks at the first tone, one column of the second at the second.
        const SpectrumSlice whole = spectrumSlice(s, 0.0, 1.0);
        QCOMPARE(whole.db.size(), std::size_t(256));
        QVERIFY(std::abs(whole.peakHz - 1500) <= 31.25);
        QVERIFY(std::abs(whole.peakDb - first.peakDb) < 1.0);
        const SpectrumSlice column = spectrumSlice(s, 1.5, 1.5);
        QVERIFY(std::abs(column.peakHz - 3000) <= 31.25);
        QVERIFY(spectrumSlice(DisplaySpectrogram{}, 0, 1).db.empty());
    }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
