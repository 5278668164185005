// SPDX-License-Identifier: GPL-3.0-or-later
// Detectors that fit without a network: the registry, the band-statistics family, the
// rescaled nearest-neighbour back end and the detector file.
#include "backends/Coreset.h"
#include "backends/FaultDirection.h"
#include "backends/NearestNeighbours.h"
#include "backends/PackedBank.h"
#include "dataset/DatasetIndex.h"
#include "detectors/Detector.h"
#include "detectors/DetectorFile.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/network/NetworkFamilies.h"
#include "detectors/FitRun.h"
#include "detectors/autoencoder/AutoencoderDetector.h"
#include "detectors/bandstats/BandStatsDetector.h"
#include "detectors/patchcore/PatchCoreDetector.h"
#include "metrics/RocAuc.h"
#include "mix/MixDataset.h"
#include "mix/Noise.h"
#include "score/ProjectorFiles.h"
#include "runs/RunRecord.h"
#include "score/ScoreFiles.h"
#include "score/ScoreRun.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>
#include <set>
#include <fstream>

using namespace asd;
namespace fs = std::filesystem;

class TestDetectors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_data;

    // Test scores per group from a fitted detector, with labels.
    static std::map<std::string, std::pair<std::vector<double>, std::vector<int>>> scoreTests(const Detector &d,
                                                                                             const DatasetIndex &index)
    {
        std::map<std::string, std::pair<std::vector<double>, std::vector<int>>> out;
        for (const auto &c : index.clips)
            if (c.split == Split::Test) {
                auto &[scores, labels] = out[detectorGroup(c)];
                scores.push_back(d.analyse(c).score);
                labels.push_back(c.label == Label::Anomaly ? 1 : 0);
            }
        return out;
    }

    // m_data as the dataset NAME in the test folder, its test clips mixed at 0 dB with a brown
    // noise recording (written to noisePath, from seed) and its training clips left clean.
    std::string testClipsUnderBrownNoise(const std::string &noisePath, const std::string &name, std::uint64_t seed)
    {
        const std::vector<float> brown = makeNoise(parseNoiseSource("brown"), 16000 * 4, 16000, seed);
        test::writeAudio(noisePath, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 1, 16000, long(brown.size()),
                         [&](long n, int) { return brown[std::size_t(n)]; });
        const std::string noisyData = m_dir.path().toStdString() + "/" + name;
        MixOptions mix;
        mix.noise = parseNoiseSource(noisePath);
        mix.snrDb = 0.0;
        mix.seed = 5;
        if (!writeMixedDataset(m_data, noisyData, mix).failed.empty())
            throw std::runtime_error("the noisy copy of the test data could not be written");
        return noisyData;
    }

    static std::vector<const Clip *> normals(const DatasetIndex &index)
    {
        std::vector<const Clip *> out;
        for (const auto &c : index.clips)
            if (c.split == Split::Train && c.label != Label::Anomaly)
                out.push_back(&c);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path().toStdString() + "/data";
        writeSynthDataset(m_data, test::tinySynth(2, 2, 8, 4, 2.0));
    }

    void projectorFilesHaveTheColumnsTensorBoardReads()
    {
        const std::string dir = m_dir.path().toStdString() + "/projector";
        const std::vector<ScoredClip> tests = {{"a\tb.wav", "fan", "id_00", Domain::Source, Label::Normal, 0.25, "/x/a.wav"},
                                               {"c.wav", "fan", "id_00", Domain::Target, Label::Anomaly, 1.5, "/x/c.wav"}};
        const std::vector<ScoredClip> trains = {{"t.wav", "fan", "id_00", Domain::Source, Label::Normal, std::nan(""), "/x/t.wav"}};
        writeProjectorFiles(dir, tests, {{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}}, trains, {{0.5f, 0.25f, 0.125f}});
        auto lines = [](const std::string &path) {
            std::vector<std::string> out;
            std::ifstream in(path);
            for (std::string l; std::getline(in, l);)
                out.push_back(l);
            return out;
        };
        const auto vectors = lines(dir + "/vectors.tsv"), metadata = lines(dir + "/metadata.tsv");
        QCOMPARE(vectors.size(), std::size_t(3));
        QCOMPARE(vectors[2], std::string("0.5\t0.25\t0.125"));
        QCOMPARE(metadata.size(), std::size_t(1 + 3)); // header, then one row per vector
        QCOMPARE(metadata[0], std::string("file\tmachine_type\tgroup\tdomain\tlabel\tscore\tsplit"));
        QCOMPARE(metadata[1], std::string("a b.wav\tfan\tid_00\tsource\tnormal\t0.25\ttest")); // a tab in a name cannot split the row
        QCOMPARE(metadata[3], std::string("t.wav\tfan\tid_00\tsource\tnormal\t\ttrain"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeProjectorFiles(dir, tests, {{1.0f}, {1.0f, 2.0f}}));
    }

    void registryListsEveryFamily()
    {
        QCOMPARE(std::string(detectorFamilies().front().name), std::string(defaultDetectorFamily()));
        for (const auto &f : detectorFamilies()) {
            QVERIFY(!f.title.empty() && !f.summary.empty());
            QCOMPARE(findDetectorFamily(f.name), &f);
            // Every family is made the same way; one with a required option (an encoder, a
            // teacher; tested in tst_encoders and tst_training) is refused without it.
            if (f.needsEncoder() || f.needsTeacher())
                QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector(f.name, {}));
            else
                QCOMPARE(makeDetector(f.name, {})->family(), f.name);
            // Every default is one its option accepts, and resolving fills every option in.
            std::map<std::string, std::string> required;
            for (const auto &o : f.options)
                if (o.required)
                    required[o.name] = "x";
            QCOMPARE(resolveDetectorOptions(f.name, required).size(), f.options.size());
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("magic", {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("bandstats", {{"colour", "red"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("bandstats", {{"k", "0"}}));
        const auto options = parseDetectorOptions("stats=mean+std k=3;k-ref=2");
        QCOMPARE(options.at("stats"), std::string("mean+std"));
        QCOMPARE(options.at("k"), std::string("3"));
        QCOMPARE(options.at("k-ref"), std::string("2"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseDetectorOptions("stats"));
    }

    // The one description of each family is what its options are checked against: the kind,
    // the range and the choices, with messages that name the family, the option and what it takes.
    void optionsAreCheckedAgainstTheFamilysDescription()
    {
        auto refused = [](const std::string &family, const std::map<std::string, std::string> &options) {
            try {
                resolveDetectorOptions(family, options);
            } catch (const std::invalid_argument &e) {
                return std::string(e.what());
            }
            return std::string();
        };
        QCOMPARE(refused("bandstats", {{"k", "0"}}), std::string("bandstats: k takes a whole number, 1 or more, not '0'"));
        QCOMPARE(refused("bandstats", {{"k", "2.5"}}), std::string("bandstats: k takes a whole number, 1 or more, not '2.5'"));
        QCOMPARE(refused("patchcore", {{"score", "mean"}}), std::string("patchcore: score takes max or top10, not 'mean'"));
        QCOMPARE(refused("dcase-ae", {{"lr", "fast"}}).find("dcase-ae: lr takes a number from"), std::size_t(0));
        QCOMPARE(refused("bandstats", {{"epochs", "2"}}),
                 std::string("bandstats has no option 'epochs' (it takes stats, features, k, k-ref, noise and noise-snr)"));
        QVERIFY(refused("encoder-knn", {}).find("encoder-knn needs encoder=") == 0);
        QVERIFY(refused("bandstats", {{"k", "3"}}).empty());
        // "none", as the Jobs view's empty Noise field reads, is no copies, not a noise.
        QVERIFY(makeDetector("bandstats", {{"noise", "none"}})->describe().find("copies") == std::string::npos);
        QCOMPARE(makeDetector("bandstats", {{"noise", "none"}})->options().at("noise"), std::string());
        try { // a noise that is none of the generators: the message names what else it takes
            makeDetector("bandstats", {{"noise", "thunder"}});
            QFAIL("an unknown noise was taken");
        } catch (const std::invalid_argument &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("'thunder'") != std::string::npos && what.find("pink") != std::string::npos &&
                         what.find("heard") != std::string::npos,
                     e.what());
        }
        // Defaults fill what is not given; the family reads them from there.
        const auto resolved = resolveDetectorOptions("patchcore", {{"coreset", "0.5"}});
        QCOMPARE(resolved.at("coreset"), std::string("0.5"));
        QCOMPARE(resolved.at("score"), std::string("max"));
        QCOMPARE(PatchCoreDetector::parseOptions({}).coresetRatio, 0.1);
        QCOMPARE(AutoencoderDetector::parseOptions({}).epochs, 100);
        // The settings every training family shares are spelled the same in each.
        for (const auto &f : detectorFamilies())
            if (f.trains())
                for (const char *shared : {"epochs", "batch", "lr", "seed"})
                    QVERIFY2(f.option(shared), (f.name + " lacks " + shared).c_str());
        QVERIFY(findDetectorFamily("encoder-lora")->trains());
        QVERIFY(findDetectorFamily("dcase-ae")->trains());
        QVERIFY(findDetectorFamily("osscl")->trains());
        QVERIFY(!findDetectorFamily("bandstats")->trains());
        QVERIFY(findDetectorFamily("mixalign")->needsTeacher());
        // A network family's options become its training settings, with TrainConfig's defaults.
        const TrainConfig c = trainConfigFor("osscl", {{"epochs", "2"}, {"noise", "pink"}});
        QCOMPARE(c.epochs, 2);
        QCOMPARE(c.batchSize, TrainConfig().batchSize);
        QVERIFY(c.augmentWithNoise);
        QCOMPARE(trainConfigFor("arcface", {}).input, InputVariant::STgram);
        QCOMPARE(trainConfigFor("arcface", {}).margin, 0.7);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainConfigFor("osscl", {{"noise", "thunder"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainConfigFor("osscl", {{"snr-min", "9"}, {"snr-max", "3"}}));
    }

    void rescaledNeighboursMatchAHandComputation()
    {
        // Bank on a line at 0, 1, 3 and 10; kRef = 1: scales are the nearest other's distance.
        const Embeddings bank{{0.0f}, {1.0f}, {3.0f}, {10.0f}};
        const RescaledKnn knn(bank, 1, 1);
        QCOMPARE(knn.scales(), (std::vector<double>{1.0, 1.0, 2.0, 7.0}));
        // Query 6: distances 6, 5, 3, 4 over scales 1, 1, 2, 7 -> min(6, 5, 1.5, 4/7) = 4/7.
        QVERIFY(std::abs(knn.score({{6.0f}}).front() - 4.0 / 7.0) < 1e-9);
        // Leave-one-out: the clip at 10 against 0, 1, 3 -> min(10, 9, 3.5) = 3.5; never 0.
        const auto loo = knn.leaveOneOutScores();
        QCOMPARE(loo.size(), std::size_t(4));
        QVERIFY(std::abs(loo[3] - 3.5) < 1e-9);
        for (double v : loo)
            QVERIFY(v > 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RescaledKnn::restore({{1.0f}}, {0.0}, 1));

        // Entries made from one clip (its noisy copies) never scale or stand in for each other:
        // 0 and 0.5 from clip 0, 1 from clip 1, 3 from clip 2, 10 from clip 3. kRef = 1: the scale
        // of 0 is its distance to 1, not to its own copy at 0.5.
        const RescaledKnn copies({{0.0f}, {0.5f}, {1.0f}, {3.0f}, {10.0f}}, 1, 1, {0, 0, 1, 2, 3});
        QCOMPARE(copies.scales(), (std::vector<double>{1.0, 0.5, 0.5, 2.0, 7.0}));
        // Leaving out the entry at 0 leaves out 0.5 too: min(1/0.5, 3/2, 10/7) = 10/7.
        QVERIFY(std::abs(copies.leaveOneOutScores()[0] - 10.0 / 7.0) < 1e-9);
        QVERIFY(std::abs(copies.score({{0.5f}}).front()) < 1e-9); // a query may match any entry
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RescaledKnn({{0.0f}, {1.0f}}, 1, 1, {0}));
    }

    // Noisy copies of each normal clip join the bank (option noise): as many entries per clip as
    // noises times SNRs, the options read back from the detector file, the training scores
    // (each clip against the other clips' entries) saved with it; bad lists are refused by name.
    void bandStatisticsWithNoisyCopies()
    {
        const DatasetIndex index = scanDataset(m_data);
        const NoisyCopies copies = noisyCopiesOf("pink+brown", "6+-6", 1);
        QCOMPARE(copies.noises, (std::vector<std::string>{"pink", "brown"}));
        QCOMPARE(copies.snrsDb, (std::vector<double>{6.0, -6.0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noisyCopiesOf("pink+thunder", "0", 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noisyCopiesOf("pink", "loud", 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noisyCopiesOf("pink", "", 1));
        const Clip &first = *normals(index).front();
        const std::vector<FeatureMatrix> maps = wholeClipLogMels(LogMelExtractor(featurePreset("osscl")), first, copies);
        QCOMPARE(maps.size(), std::size_t(1 + 4));
        QVERIFY(maps[1].data != maps[2].data && maps[0].data != maps[1].data);
        // The same clip and seed give the same copies: a refit gives the same bank.
        QVERIFY(wholeClipLogMels(LogMelExtractor(featurePreset("osscl")), first, copies)[3].data == maps[3].data);

        BandStatsDetector d(BandStatsDetector::parseOptions({{"noise", "pink+brown"}, {"noise-snr", "6+-6"}}));
        d.fit(normals(index), FitContext{});
        QVERIFY(d.describe().find("with copies under pink+brown noise") != std::string::npos);
        QCOMPARE(d.trainingScores("fan/id_00").size(), std::size_t(8 * 5));
        const std::string path = m_dir.path().toStdString() + "/noisy-copies.asd";
        d.save(path);
        const auto loaded = loadDetector(path);
        QCOMPARE(loaded->options().at("noise"), std::string("pink+brown"));
        QCOMPARE(loaded->options().at("noise-snr"), std::string("6+-6"));
        QCOMPARE(loaded->trainingScores("fan/id_00"), d.trainingScores("fan/id_00"));
        const Clip *test = nullptr;
        for (const auto &c : index.clips)
            if (c.split == Split::Test)
                test = &c;
        QCOMPARE(loaded->analyse(*test).score, d.analyse(*test).score);
    }

    // Every first-shot family learns the same noisy copies (issue #33): a recording of the plant's
    // noise given as `noise`, each clip's copies scored as normal training clips too; a detector
    // fitted with that recording loads and scores the same after the recording is gone, as
    // scoring needs none. Band statistics and PatchCore fitted with copies raise fewer false
    // alarms on normal test clips under that noise than fitted without (deterministic: no
    // training); the autoencoder is trained for one epoch, so only its shape is checked.
    void everyFirstShotFamilyLearnsNoisyCopies()
    {
        const DatasetIndex index = scanDataset(m_data);
        const std::string noise = m_dir.path().toStdString() + "/plant-noise.wav";
        // The normal test clips under another stretch of the same noise.
        const DatasetIndex noisy = scanDataset(testClipsUnderBrownNoise(noise, "noisy-test", 7));
        auto falseAlarms = [&](const Detector &d) {
            int n = 0;
            for (const Clip &c : noisy.clips)
                if (c.split == Split::Test && c.label != Label::Anomaly)
                    n += d.analyse(c).score > *d.decisionThreshold(detectorGroup(c)) ? 1 : 0;
            return n;
        };
        for (const std::string family : {"bandstats", "patchcore", "dcase-ae"}) {
            std::map<std::string, std::string> options{{"noise", noise}, {"noise-snr", "0"}};
            if (family == "dcase-ae")
                options["epochs"] = "1";
            const auto d = makeDetector(family, options);
            d->fit(normals(index), FitContext{});
            QVERIFY2(d->describe().find("with copies under plant-noise.wav noise") != std::string::npos,
                     d->describe().c_str());
            QCOMPARE(d->trainingScores("fan/id_00").size(), std::size_t(8 * 2)); // each clip, then its copy
            if (family != "dcase-ae") {
                auto plain = makeDetector(family, {});
                plain->fit(normals(index), FitContext{});
                QVERIFY2(falseAlarms(*d) < falseAlarms(*plain), family.c_str());
            }
            const std::string path = m_dir.path().toStdString() + "/" + family + "-copies.asd";
            d->save(path);
            const std::string moved = noise + ".moved";
            fs::rename(noise, moved);
            const auto loaded = loadDetector(path);
            fs::rename(moved, noise);
            QCOMPARE(loaded->options(), d->options());
            QCOMPARE(loaded->trainingScores("fan/id_00"), d->trainingScores("fan/id_00"));
            const Clip &test = *std::find_if(index.clips.begin(), index.clips.end(),
                                             [](const Clip &c) { return c.split == Split::Test; });
            QCOMPARE(loaded->analyse(test).score, d->analyse(test).score);
        }
        // Fitting still refuses a recording that is not there, by name.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("patchcore", {{"noise", noise + ".gone"}}));
    }

    // noise=heard (issue #33): the background of the clips to score, heard in them group by
    // group, joins the bank as three copies of each normal clip (at the level heard and 6 dB
    // either side), so band statistics and PatchCore raise fewer false alarms on normal test clips
    // under a noise nobody recorded alone (deterministic: no training). A group with nothing to
    // score gets no copies, and the fit says so.
    void noiseHeardInTheClipsToScore()
    {
        const DatasetIndex noisy = scanDataset(testClipsUnderBrownNoise(m_dir.path().toStdString() + "/heard-noise.wav",
                                                                        "heard-test", 11));
        FitContext ctx;
        std::vector<std::string> said;
        ctx.events = [&](const JobEvent &e) { said.push_back(e.message); };
        for (const Clip &c : noisy.clips)
            if (isClipToScore(c))
                ctx.scored.push_back(&c);
        auto falseAlarms = [&](const Detector &d) {
            int n = 0;
            for (const Clip *c : ctx.scored)
                if (c->label != Label::Anomaly)
                    n += d.analyse(*c).score > *d.decisionThreshold(detectorGroup(*c)) ? 1 : 0;
            return n;
        };
        for (const std::string family : {"bandstats", "patchcore"}) {
            said.clear();
            const auto d = makeDetector(family, {{"noise", "heard"}});
            d->fit(normals(noisy), ctx);
            QVERIFY2(d->describe().find("with copies under the background heard in the clips to score") != std::string::npos,
                     d->describe().c_str());
            QCOMPARE(d->trainingScores("fan/id_00").size(), std::size_t(8 * 4)); // each clip, then its 3 copies
            QVERIFY(std::any_of(said.begin(), said.end(), [](const std::string &m) {
                return m.rfind("fan/id_00: heard a background", 0) == 0;
            }));
            auto plain = makeDetector(family, {});
            plain->fit(normals(noisy), FitContext{});
            QVERIFY2(falseAlarms(*d) < falseAlarms(*plain), family.c_str());
        }
        std::vector<std::string> warnings;
        FitContext nothingToScore;
        nothingToScore.warn = [&](const std::string &m) { warnings.push_back(m); };
        const auto d = makeDetector("bandstats", {{"noise", "heard"}});
        d->fit(normals(noisy), nothingToScore);
        QCOMPARE(d->trainingScores("fan/id_00").size(), std::size_t(8));
        QVERIFY(std::find(warnings.begin(), warnings.end(),
                          "noise=heard: fan/id_00 has no clips to score, so no background was heard there") != warnings.end());
    }

    void bandStatisticsOfAKnownSignal()
    {
        // A steady tone: every band's frame-to-frame change is (near) zero, its mean is not.
        const std::string path = m_dir.path().toStdString() + "/tone.wav";
        test::writeAudio(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 32000,
                         [](long n, int) { return 0.5f * float(std::sin(2 * M_PI * 1000.0 * n / 16000.0)); });
        const BandStatsDetector d(BandStatsDetector::parseOptions({{"stats", "mean+change"}}));
        const auto stats = d.statistics(path);
        QCOMPARE(stats.size(), std::size_t(2 * 128));
        const auto loudest = std::max_element(stats.begin(), stats.begin() + 128) - stats.begin();
        QVERIFY(stats[std::size_t(loudest)] > -10.0f);                    // the tone's band, in dB
        QVERIFY(std::abs(stats[128 + std::size_t(loudest)]) < 3.0f);      // hardly changes
    }

    void bandStatisticsSeparateSyntheticFaults()
    {
        const DatasetIndex index = scanDataset(m_data);
        BandStatsDetector d(BandStatsDetector::parseOptions({}));
        std::size_t lastDone = 0;
        FitContext ctx;
        ctx.progress = [&](std::size_t done, std::size_t) { lastDone = std::max(lastDone, done); };
        d.fit(normals(index), ctx);
        QCOMPARE(lastDone, normals(index).size());
        QVERIFY(d.hasGroup("fan/id_00") && !d.hasGroup("fan/id_99"));
        // Deterministic and training-free: the synthetic faults (full severity) stand out in
        // every group.
        for (const auto &[group, sl] : scoreTests(d, index))
            QVERIFY2(rocAuc(sl.first, sl.second) >= 0.75, group.c_str());
        QCOMPARE(d.trainingScores("fan/id_00").size(), std::size_t(8));
    }

    void saveThenLoadGivesIdenticalScores()
    {
        const DatasetIndex index = scanDataset(m_data);
        BandStatsDetector d(BandStatsDetector::parseOptions({{"stats", "mean+std+change"}, {"k", "2"}}));
        d.fit(normals(index), {});
        const std::string path = m_dir.path().toStdString() + "/saved.asd";
        d.save(path);
        const auto loaded = loadDetector(path);
        QCOMPARE(loaded->family(), std::string("bandstats"));
        QCOMPARE(loaded->options(), d.options());
        QCOMPARE(loaded->describe(), d.describe());
        const auto a = scoreTests(d, index), b = scoreTests(*loaded, index);
        QVERIFY(a == b);
        QCOMPARE(loaded->trainingScores("valve/id_02"), d.trainingScores("valve/id_02"));
    }

    void damagedDetectorFilesAreRefusedByName()
    {
        const DatasetIndex index = scanDataset(m_data);
        BandStatsDetector d(BandStatsDetector::parseOptions({}));
        d.fit(normals(index), {});
        const std::string good = m_dir.path().toStdString() + "/good.asd";
        d.save(good);
        const auto bytes = test::readBytes(good);
        auto refused = [&](const std::string &name, const std::string &content, const char *why) {
            const std::string path = m_dir.path().toStdString() + "/" + name;
            test::writeText(path, content);
            try {
                loadDetector(path);
            } catch (const std::runtime_error &e) {
                const std::string what = e.what();
                QVERIFY2(what.find(path) != std::string::npos, what.c_str());
                QVERIFY2(what.find(why) != std::string::npos, what.c_str());
                return;
            }
            QFAIL(("accepted " + name).c_str());
        };
        refused("empty.asd", "", "not an ASD Workbench detector file");
        refused("text.asd", "hello\n", "not an ASD Workbench detector file");
        refused("truncated.asd", std::string(bytes.begin(), bytes.end() - 100), "truncated");
        refused("longer.asd", std::string(bytes.begin(), bytes.end()) + "xxxx", "more than its header describes");
        refused("json.asd", "ASD-DETECTOR 1\n{not json\n", "not valid JSON");
        refused("huge.asd", "ASD-DETECTOR 1\n{\"family\":\"bandstats\",\"arrays\":[99999999999999]}\n", "truncated");
        refused("alien.asd", "ASD-DETECTOR 1\n{\"family\":\"alien\",\"arrays\":[]}\n", "does not know");
        refused("sizes.asd",
                "ASD-DETECTOR 1\n{\"family\":\"bandstats\",\"options\":{},\"groups\":[{\"name\":\"a/id_00\",\"dim\":4,"
                "\"clips\":1}],\"arrays\":[0,0,0,0]}\n",
                "disagree");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadDetector(m_dir.path().toStdString() + "/missing"));
    }

    void coresetIsDeterministicForASeed()
    {
        std::vector<float> points;
        std::mt19937 rng(7);
        std::normal_distribution<float> n;
        for (int i = 0; i < 500 * 3; ++i)
            points.push_back(n(rng));
        const auto a = greedyCoreset(points, 3, 50, 1);
        QCOMPARE(a, greedyCoreset(points, 3, 50, 1));
        QVERIFY(a != greedyCoreset(points, 3, 50, 2));
        QCOMPARE(std::set<std::size_t>(a.begin(), a.end()).size(), std::size_t(50)); // no point twice
        // k-center: every point lies closer to the kept ones than the 50 kept ones lie apart
        // at their closest, within the greedy algorithm's factor of 2.
        auto d2 = [&](std::size_t x, std::size_t y) {
            float s = 0;
            for (int k = 0; k < 3; ++k)
                s += (points[x * 3 + k] - points[y * 3 + k]) * (points[x * 3 + k] - points[y * 3 + k]);
            return std::sqrt(s);
        };
        float cover = 0;
        for (std::size_t i = 0; i < 500; ++i) {
            float nearest = 1e9f;
            for (std::size_t j : a)
                nearest = std::min(nearest, d2(i, j));
            cover = std::max(cover, nearest);
        }
        float spacing = 1e9f;
        for (std::size_t i = 0; i + 1 < a.size(); ++i)
            for (std::size_t j = i + 1; j < a.size(); ++j)
                spacing = std::min(spacing, d2(a[i], a[j]));
        QVERIFY2(cover <= 2.0f * spacing + 1e-5f, qPrintable(QStringLiteral("%1 %2").arg(cover).arg(spacing)));
        QCOMPARE(greedyCoreset(points, 3, 900, 1).size(), std::size_t(500)); // all of them
    }

    void coresetPicksWhatTheDirectLoopPicks()
    {
        // The direct greedy loop (anomalib's KCenterGreedy, as the detector ran it before the
        // pruned search): every point's distance to every new centre, with the same arithmetic.
        auto direct = [](const std::vector<float> &points, std::size_t dim, std::size_t m, std::uint64_t seed) {
            const std::size_t n = points.size() / dim;
            auto d2 = [&](std::size_t a, std::size_t b) { return squaredDistance(&points[a * dim], &points[b * dim], dim); };
            std::mt19937_64 rng(seed);
            const std::size_t start = std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
            std::vector<float> nearest(n);
            for (std::size_t i = 0; i < n; ++i)
                nearest[i] = d2(i, start);
            std::vector<std::size_t> picked;
            for (std::size_t k = 0; k < m; ++k) {
                const std::size_t next = std::size_t(std::max_element(nearest.begin(), nearest.end()) - nearest.begin());
                picked.push_back(next);
                nearest[next] = 0;
                for (std::size_t i = 0; i < n; ++i)
                    nearest[i] = std::min(nearest[i], d2(i, next));
            }
            return picked;
        };
        std::mt19937 rng(11);
        std::normal_distribution<float> n;
        // Spread points, and clustered ones with exact duplicates (ties the first index must win).
        std::vector<float> spread, clustered;
        for (int i = 0; i < 3000 * 80; ++i)
            spread.push_back(n(rng));
        for (int i = 0; i < 2000; ++i) {
            const float centre = float(i % 7);
            for (int d = 0; d < 24; ++d)
                clustered.push_back(centre + (i % 3 == 0 ? 0.0f : 0.1f * n(rng)));
        }
        // Far from the origin, where the bound's absolute margin exceeds any nearest distance
        // the padding lanes of the last block could hold: they are never measured (n = 1001).
        std::vector<float> far(spread.begin(), spread.begin() + 1001 * 80);
        for (float &v : far)
            v += 1000.0f;
        QCOMPARE(greedyCoreset(far, 80, 700, 6), direct(far, 80, 700, 6));
        for (std::size_t m : {std::size_t(1), std::size_t(300), std::size_t(1500)}) {
            QCOMPARE(greedyCoreset(spread, 80, m, 3), direct(spread, 80, m, 3));
            QCOMPARE(greedyCoreset(clustered, 24, m, 4), direct(clustered, 24, m, 4));
            QCOMPARE(greedyCoreset(spread, 8, m, 5), direct(spread, 8, m, 5)); // fewer values than axes
        }
    }

    void patchCoreBankSizes()
    {
        // Kept whole up to full-bank; then the coreset ratio, at most `bank` patches.
        const PatchCoreDetector capped(PatchCoreDetector::parseOptions({{"bank", "1500"}}));
        QCOMPARE(capped.coresetSize(4000), std::size_t(4000));
        QCOMPARE(capped.coresetSize(12000), std::size_t(1200));
        QCOMPARE(capped.coresetSize(60000), std::size_t(1500));
        const PatchCoreDetector unlimited(PatchCoreDetector::parseOptions({{"bank", "0"}}));
        QCOMPARE(unlimited.coresetSize(60000), std::size_t(6000));
        QCOMPARE(PatchCoreDetector(PatchCoreDetector::parseOptions({})).coresetSize(200000), std::size_t(5000));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PatchCoreDetector::parseOptions({{"bank", "-1"}}));
    }

    void packedBankFindsTheDirectNearest()
    {
        std::mt19937 rng(5);
        std::normal_distribution<float> n;
        for (std::size_t dim : {std::size_t(3), std::size_t(80)})
            for (std::size_t size : {std::size_t(1), std::size_t(16), std::size_t(17), std::size_t(1236)}) {
                std::vector<float> bank(size * dim), queries(309 * dim);
                for (float &x : bank)
                    x = n(rng);
                for (float &x : queries)
                    x = 0.5f * n(rng);
                const PackedBank packed(bank, dim);
                QCOMPARE(packed.size(), size);
                QCOMPARE(packed.points(), bank);
                std::vector<bool> leaveOut(size, false);
                for (std::size_t j = 0; j < size; j += 3)
                    leaveOut[j] = size > 1;
                for (std::size_t m : {std::size_t(1), std::size_t(7), std::size_t(8), std::size_t(309)}) {
                    const auto fast = packed.nearestSquared(queries.data(), m);
                    const auto fastLeft = packed.nearestSquared(queries.data(), m, leaveOut);
                    QCOMPARE(fast.size(), m);
                    for (std::size_t i = 0; i < m; ++i) {
                        double best = HUGE_VAL, bestLeft = HUGE_VAL, scale = 0;
                        for (std::size_t j = 0; j < size; ++j) {
                            double s = 0, norm = 0;
                            for (std::size_t d = 0; d < dim; ++d) {
                                s += (double(queries[i * dim + d]) - bank[j * dim + d]) *
                                     (double(queries[i * dim + d]) - bank[j * dim + d]);
                                norm += double(bank[j * dim + d]) * bank[j * dim + d] +
                                        double(queries[i * dim + d]) * queries[i * dim + d];
                            }
                            best = std::min(best, s);
                            if (!leaveOut[j])
                                bestLeft = std::min(bestLeft, s);
                            scale = std::max(scale, norm);
                        }
                        // ‖q‖² + ‖b‖² − 2q·b in float: within float rounding of the norms.
                        QVERIFY2(std::abs(fast[i] - best) <= 1e-5 * scale,
                                 qPrintable(QStringLiteral("%1 %2").arg(fast[i]).arg(best)));
                        QVERIFY(fast[i] >= 0.0f);
                        if (std::isinf(bestLeft))
                            QVERIFY(std::isinf(fastLeft[i]));
                        else
                            QVERIFY(std::abs(fastLeft[i] - bestLeft) <= 1e-5 * scale);
                    }
                }
                const std::vector<bool> none(size, true);
                QVERIFY(std::isinf(packed.nearestSquared(queries.data(), 5, none)[4]));
            }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PackedBank(std::vector<float>(10), 3));
    }

    void patchCurvePeaksAtTheClick()
    {
        // Normal clips: a steady hum in noise; the test clip has one short knock at 1.5 s.
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString() + "/pump";
        auto hum = [](unsigned seed, double knockAt) {
            return [seed, knockAt](long n, int) {
                std::uint32_t x = std::uint32_t(n) * 2654435761u ^ seed * 40503u;
                x ^= x >> 13;
                x *= 0x5bd1e995u;
                x ^= x >> 15;
                const double noise = (double(x & 0xffff) / 65535.0 - 0.5) * 0.05;
                const double t = n / 16000.0;
                double v = 0.3 * std::sin(2 * M_PI * 120 * t) + 0.1 * std::sin(2 * M_PI * 1200 * t) + noise;
                if (knockAt > 0 && t >= knockAt && t < knockAt + 0.02)
                    v += 0.6 * std::sin(2 * M_PI * 3000 * t) * std::exp(-(t - knockAt) * 200);
                return float(v);
            };
        };
        QVERIFY(QDir().mkpath(QString::fromStdString(root + "/train")) && QDir().mkpath(QString::fromStdString(root + "/test")));
        for (unsigned k = 0; k < 6; ++k)
            test::writeAudio(root + "/train/normal_id_00_0000000" + std::to_string(k) + ".wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16,
                             1, 16000, 48000, hum(k + 1, 0));
        test::writeAudio(root + "/test/anomaly_id_00_00000000.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 48000,
                         hum(99, 1.5));
        test::writeAudio(root + "/test/normal_id_00_00000001.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 48000,
                         hum(98, 0));
        const DatasetIndex index = scanDataset(dir.path().toStdString());
        PatchCoreDetector d(PatchCoreDetector::parseOptions({}));
        d.fit(normals(index), {});
        std::map<std::string, ClipAnalysis> seen;
        for (const auto &c : index.clips)
            if (c.split == Split::Test)
                seen[c.fileName] = d.analyse(c);
        const ClipAnalysis &knock = seen.at("anomaly_id_00_00000000.wav");
        QVERIFY(knock.curve);
        const auto &curve = knock.curve->scores;
        const double peak = double(std::max_element(curve.begin(), curve.end()) - curve.begin()) * knock.curve->secondsPerFrame;
        QVERIFY2(std::abs(peak - 1.5) < 0.15, qPrintable(QString::number(peak)));
        QCOMPARE(curve.size(), std::size_t(48000 / 512 + 1)); // one value per log-mel frame
        QVERIFY(knock.score > seen.at("normal_id_00_00000001.wav").score);
        QCOMPARE(d.trainingScores("pump/id_00").size(), std::size_t(6));

        // Saved and loaded, it scores the same.
        const std::string path = dir.path().toStdString() + "/patchcore.asd";
        d.save(path);
        const auto loaded = loadDetector(path);
        QCOMPARE(loaded->describe(), d.describe());
        for (const auto &c : index.clips)
            if (c.split == Split::Test)
                QCOMPARE(loaded->analyse(c).score, seen.at(c.fileName).score);
        QCOMPARE(loaded->trainingScores("pump/id_00"), d.trainingScores("pump/id_00"));
    }

    void autoencoderIsTheBaselines()
    {
        // The reference network's trainable parameters (first-shot-methods §1.3).
        QCOMPARE(AutoencoderDetector::parameterCount(), std::int64_t(267928));
        const DatasetIndex index = scanDataset(m_data);
        AutoencoderDetector d(AutoencoderDetector::parseOptions({{"epochs", "2"}, {"batch", "64"}}));
        std::size_t lastDone = 0, total = 0;
        FitContext ctx;
        ctx.progress = [&](std::size_t done, std::size_t of) {
            lastDone = done;
            total = of;
        };
        d.fit(normals(index), ctx);
        QCOMPARE(lastDone, total); // the last report is the last epoch of the last group
        QCOMPARE(total, std::size_t(2 * 4));
        const Clip *clip = nullptr;
        for (const auto &c : index.clips)
            if (c.split == Split::Test)
                clip = &c;
        const ClipAnalysis a = d.analyse(*clip);
        QVERIFY(a.score > 0 && std::isfinite(a.score));
        QCOMPARE(a.embedding.size(), std::size_t(8)); // the bottleneck
        QVERIFY(a.curve);
        QCOMPARE(a.curve->scores.size(), std::size_t(2 * 16000 / 512 + 1));
        // MSE is the mean of the per-vector errors the curve shows (ends replicated).
        double mean = 0;
        for (std::size_t f = 2; f + 2 < a.curve->scores.size(); ++f)
            mean += a.curve->scores[f];
        QVERIFY(std::abs(mean / double(a.curve->scores.size() - 4) - a.score) < 1e-4 * a.score);
        QCOMPARE(d.trainingScores(detectorGroup(*clip)).size(), std::size_t(8));

        const std::string path = m_dir.path().toStdString() + "/ae.asd";
        d.save(path);
        const auto loaded = loadDetector(path);
        QCOMPARE(loaded->options(), d.options());
        QCOMPARE(loaded->analyse(*clip).score, a.score);
        QCOMPARE(loaded->trainingScores(detectorGroup(*clip)), d.trainingScores(detectorGroup(*clip)));
        // The groups train side by side, each from its own stream: a group's network is the
        // same whether one thread trains every group or two train them.
        AutoencoderDetector one(AutoencoderDetector::parseOptions({{"epochs", "2"}, {"batch", "64"}}));
        AutoencoderDetector two(AutoencoderDetector::parseOptions({{"epochs", "2"}, {"batch", "64"}}));
        FitContext serial, beside;
        serial.threads = 1;
        beside.threads = 2;
        one.fit(normals(index), serial);
        two.fit(normals(index), beside);
        for (const auto &c : index.clips)
            if (c.split == Split::Train)
                QCOMPARE(one.trainingScores(detectorGroup(c)), two.trainingScores(detectorGroup(c)));
        // The Mahalanobis variant scores from the same network.
        AutoencoderDetector m(AutoencoderDetector::parseOptions({{"epochs", "1"}, {"score", "mahala"}}));
        m.fit(normals(index), {});
        QVERIFY(m.analyse(*clip).score >= 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AutoencoderDetector::parseOptions({{"score", "psnr"}}));
    }

    // Faults the user has heard (the dataset's known_anomalies.txt): listed clips are marked,
    // a line naming no clip is reported by its number, the fit counts them, scoring leaves
    // them out, and band statistics scores a known fault higher than without it (with one
    // known fault its own projection lies above the normal clips' mean by construction).
    void knownAnomaliesFitAndAreNotScored()
    {
        const std::string data = m_dir.path().toStdString() + "/known";
        writeSynthDataset(data, test::tinySynth(1, 1, 8, 4, 2.0));
        const DatasetIndex plain = scanDataset(data);
        const Clip *fault = nullptr;
        for (const auto &c : plain.clips)
            if (c.label == Label::Anomaly && !fault)
                fault = &c;
        QVERIFY(fault);
        test::writeText(data + "/known_anomalies.txt", "# heard on site\n" + fault->relativePath + "\n\nfan/test/no_such_clip.wav\n");
        const DatasetIndex index = scanDataset(data);
        QCOMPARE(std::count_if(index.clips.begin(), index.clips.end(), [](const Clip &c) { return c.knownAnomaly; }), 1L);
        QVERIFY(std::any_of(index.skipped.begin(), index.skipped.end(), [](const SkippedFile &s) {
            return s.path.find("known_anomalies.txt") != std::string::npos && s.error.find("line 4") == 0;
        }));

        std::vector<JobEvent> events;
        std::atomic<bool> cancel{false};
        FitConfig f;
        f.dataDir = data;
        f.outDir = data + "-run";
        fitDetector(f, [&](const JobEvent &e) { events.push_back(e); }, cancel);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const JobEvent &e) {
            return e.message.find("8 normal training clips and 1 known anomalies") != std::string::npos;
        }));
        ScoreConfig sc;
        sc.checkpoint = f.outDir;
        sc.dataDir = data;
        sc.outDir = f.outDir + "/scores";
        events.clear();
        score(sc, [&](const JobEvent &e) { events.push_back(e); }, cancel);
        QCOMPARE(events.back().scores.size(), plain.clips.size() - 8 - 1); // the test clips but the known one
        QCOMPARE(readScoreFiles(sc.outDir, index).problems.size(), std::size_t(0));

        const Clip &known = *std::find_if(index.clips.begin(), index.clips.end(), [](const Clip &c) { return c.knownAnomaly; });
        std::vector<const Clip *> normalClips;
        for (const auto &c : index.clips)
            if (c.split == Split::Train)
                normalClips.push_back(&c);
        // Every first-shot family takes the fault; the detector as saved and loaded scores it as
        // fitted (its fault came with it), to float precision. Band statistics and PatchCore (no training) score the
        // known clip higher than the same family fitted without it.
        for (const std::string family : {"bandstats", "patchcore", "dcase-ae"}) {
            f.family = family;
            f.options = family == "dcase-ae" ? std::map<std::string, std::string>{{"epochs", "1"}}
                                             : std::map<std::string, std::string>{};
            f.outDir = data + "-" + family;
            events.clear();
            fitDetector(f, [&](const JobEvent &e) { events.push_back(e); }, cancel);
            QVERIFY2(events.back().kind == JobEvent::Kind::Finished, events.back().message.c_str());
            if (family != "dcase-ae") // their fits time the faults as a stage of its own, last
                QCOMPARE(events.back().fitStages.back().first, std::string("known faults"));
            const auto withFault = loadDetector(f.outDir);
            const auto without = makeDetector(family, f.options);
            without->fit(normalClips, FitContext{});
            if (family != "dcase-ae")
                QVERIFY2(withFault->analyse(known).score > without->analyse(known).score, family.c_str());
            const auto again = makeDetector(family, f.options);
            FitContext ctx;
            ctx.knownAnomalies = {&known};
            again->fit(normalClips, ctx);
            // The file keeps the direction's scales at float precision.
            const double saved = withFault->analyse(known).score, fitted = again->analyse(known).score;
            QVERIFY2(std::abs(saved - fitted) <= 1e-6 * std::abs(fitted), family.c_str());
        }
    }

    // The known faults' direction (issue #33, part 4), by hand: normals (0,-1) and (2,1) have
    // their mean at (1,0) and covariance [[1,1],[1,1]] (trace 2), shrunk to [[2,1],[1,2]]; the
    // fault (1,3) lies (0,3) from the mean, so the direction is [[2,1],[1,2]]^-1 (0,3) = (-1,2)
    // (over √5). The normals project at -2 and 0 (mean -1, spread 1, in units of 1/√5); training
    // scores 1 and 3 spread 1. The fault itself gains 0.5 · 1 · (5 + 1) / 1 = 3; a clip at (5,2),
    // off along the line the normal clips vary on, gains nothing (-1 + 1 = 0), where the
    // plain mean difference would have pulled it up.
    void faultDirectionMatchesAHandComputation()
    {
        const FaultDirection f({{0.0f, -1.0f}, {2.0f, 1.0f}}, {{1.0f, 3.0f}}, {1.0, 3.0});
        QVERIFY(!f.empty());
        QCOMPARE(f.dimension(), std::size_t(2));
        QVERIFY(std::abs(f.adjust(10.0, {1.0f, 3.0f}) - 13.0) < 1e-5);
        QVERIFY(std::abs(f.adjust(10.0, {5.0f, 2.0f}) - 10.0) < 1e-5);
        QVERIFY(std::abs(FaultDirection::restore(f.saved()).adjust(10.0, {1.0f, 3.0f}) - 13.0) < 1e-5);
        QCOMPARE(f.adjust(10.0, {5.0f}), 10.0); // another length: no pull
        const FaultDirection none({{0.0f, 1.0f}}, {}, {1.0});
        QVERIFY(none.empty() && none.saved().empty());
        QCOMPARE(none.adjust(4.0, {9.0f, 9.0f}), 4.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FaultDirection::restore({0.0f, -1.0f, 0.0f, 1.0f}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FaultDirection::restore({0.0f, 1.0f, NAN, 1.0f}));
    }

    // A PatchCore fit counts its coresets and training scores after each group starts, ending
    // full, rather than showing the feature extraction's full bar while it works, and says how
    // long each stage took.
    void patchCoreFitReportsProgressPerGroup()
    {
        std::vector<JobEvent> events;
        std::atomic<bool> cancel{false};
        FitConfig f;
        f.dataDir = m_data;
        f.outDir = m_dir.path().toStdString() + "/patchcore-progress";
        f.family = "patchcore";
        fitDetector(f, [&](const JobEvent &e) { events.push_back(e); }, cancel);
        QCOMPARE(int(events.back().kind), int(JobEvent::Kind::Finished));
        int groups = 0;
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (events[i].kind != JobEvent::Kind::Phase || events[i].message.find(" of 4)") == std::string::npos)
                continue; // "fitting fan/id_00 (1 of 4)"
            ++groups;
            std::vector<const JobEvent *> progress;
            for (std::size_t j = i + 1; j < events.size() && events[j].kind != JobEvent::Kind::Phase; ++j)
                if (events[j].kind == JobEvent::Kind::Progress)
                    progress.push_back(&events[j]);
            QVERIFY2(progress.size() >= 2, events[i].message.c_str());
            QVERIFY(progress.front()->step < progress.front()->steps);
            QVERIFY2(progress.back()->step == progress.back()->steps, qPrintable(QStringLiteral("%1 of %2").arg(progress.back()->step).arg(progress.back()->steps)));
        }
        QCOMPARE(groups, 4);
        // Where the fit's time went (issue #32): its stages in the order they ran, each summed
        // over the four groups, together no longer than the fit.
        const auto &stages = events.back().fitStages;
        QCOMPARE(stages.size(), std::size_t(3));
        QCOMPARE(stages[0].first, std::string("decoding and log-mel"));
        QCOMPARE(stages[1].first, std::string("patches and coreset"));
        QCOMPARE(stages[2].first, std::string("training scores"));
        double total = 0;
        for (const auto &[stage, seconds] : stages) {
            QVERIFY2(seconds >= 0, stage.c_str());
            total += seconds;
        }
        QVERIFY(total > 0);
        QVERIFY2(events.back().message.find("(decoding and log-mel ") != std::string::npos, events.back().message.c_str());
    }

    void fitRunWritesTheDetectorAndScoringUsesIt()
    {
        std::vector<JobEvent> events;
        std::atomic<bool> cancel{false};
        FitConfig f;
        f.dataDir = m_data;
        f.outDir = m_dir.path().toStdString() + "/run";
        fitDetector(f, [&](const JobEvent &e) { events.push_back(e); }, cancel);
        QCOMPARE(int(events.back().kind), int(JobEvent::Kind::Finished));
        QVERIFY(detectorFileIn(f.outDir) == f.outDir + "/detector.asd");
        events.clear();
        ScoreConfig s;
        s.checkpoint = f.outDir;
        s.dataDir = m_data;
        s.outDir = f.outDir + "/scores";
        score(s, [&](const JobEvent &e) { events.push_back(e); }, cancel);
        const JobEvent &done = events.back();
        QCOMPARE(int(done.kind), int(JobEvent::Kind::Finished));
        QCOMPARE(done.scores.size(), std::size_t(2 * 2 * 8));
        QCOMPARE(done.embeddings.size(), done.scores.size());
        QVERIFY(done.scorer.find("band statistics") != std::string::npos);
        QCOMPARE(done.metrics.groups.size(), std::size_t(4));
        QVERIFY(QFileInfo::exists(QString::fromStdString(s.outDir + "/decision_result_fan_id_00.csv")));
        // The engine records the scoring's metrics in the run, whether the run was named by its
        // folder or, as the workbench names it, by its detector file.
        QCOMPARE(readRunRecord(f.outDir).rows.size(), std::size_t(4));
        writeRunRecord(f.outDir, RunRecord{});
        s.checkpoint = f.outDir + "/detector.asd";
        score(s, [](const JobEvent &) {}, cancel);
        const RunRecord record = readRunRecord(f.outDir);
        QCOMPARE(record.rows.size(), std::size_t(4));
        QCOMPARE(record.rows.front().auc, done.metrics.groups.front().auc);
        QVERIFY(std::isfinite(record.mauc));
        // A second fit into the same folder is refused; replacing the run takes its old scores away.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, fitDetector(f, [](const JobEvent &) {}, cancel));
        f.replace = true;
        f.options = {{"stats", "mean+std"}};
        fitDetector(f, [](const JobEvent &) {}, cancel);
        QVERIFY(!QFileInfo::exists(QString::fromStdString(s.outDir)));
        QCOMPARE(loadDetector(f.outDir)->options().at("stats"), std::string("mean+std"));
        QCOMPARE(readRunRecord(f.outDir).rows.size(), std::size_t(0)); // a new run: no metrics yet
        // A new folder named after the family and the time, never one that exists.
        const std::string fresh = newRunFolder(m_dir.path().toStdString(), "bandstats");
        QVERIFY(fs::path(fresh).filename().string().rfind("bandstats-", 0) == 0);
        QVERIFY(!fs::exists(fresh));
        fs::create_directories(fresh);
        const std::string next = newRunFolder(m_dir.path().toStdString(), "bandstats");
        QVERIFY(next != fresh && !fs::exists(next)); // "-2" within the same second
        // An empty dataset folder is a message, not a crash.
        QTemporaryDir empty;
        f.dataDir = empty.path().toStdString();
        f.outDir = m_dir.path().toStdString() + "/run-of-nothing";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, fitDetector(f, [](const JobEvent &) {}, cancel));
    }
};

QTEST_GUILESS_MAIN(TestDetectors)
#include "tst_detectors.moc"
