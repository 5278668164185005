// SPDX-License-Identifier: GPL-3.0-or-later
// Trusting a detector without anomalies: pseudo-faults, the label-free estimate, and the
// families made of others (auto and fusion).
#include "audio/AudioFile.h"
#include "compare/Comparison.h"
#include "dataset/DatasetIndex.h"
#include "detectors/Detector.h"
#include "detectors/DetectorFile.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/LabelFreeEstimate.h"
#include "detectors/ensemble/EnsembleDetector.h"
#include "metrics/RocAuc.h"
#include "synth/MachineSynth.h"
#include "synth/PseudoFaults.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <functional>

using namespace asd;
namespace fs = std::filesystem;

class TestSelection : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_data;
    DatasetIndex m_index;

    std::vector<const Clip *> normals() const
    {
        std::vector<const Clip *> out;
        for (const auto &c : m_index.clips)
            if (c.split == Split::Train)
                out.push_back(&c);
        return out;
    }

    // Each group's test AUC.
    std::map<std::string, double> groupAucs(const Detector &d) const
    {
        std::map<std::string, std::pair<std::vector<double>, std::vector<int>>> byGroup;
        for (const auto &c : m_index.clips)
            if (c.split == Split::Test) {
                auto &[scores, labels] = byGroup[detectorGroup(c)];
                scores.push_back(d.analyse(c).score);
                labels.push_back(c.label == Label::Anomaly);
            }
        std::map<std::string, double> out;
        for (const auto &[group, sl] : byGroup)
            out[group] = rocAuc(sl.first, sl.second);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path().toStdString() + "/data";
        SynthOptions o = test::tinySynth(2, 2, 8, 4, 2.0);
        o.faults = {FaultKind::BearingImpulses}; // one known fault kind
        writeSynthDataset(m_data, o);
        m_index = scanDataset(m_data);
    }

    void pseudoFaultsAreDeterministicAndAtTheirLevel()
    {
        const int rate = 16000;
        std::vector<float> clip(2 * rate);
        for (std::size_t i = 0; i < clip.size(); ++i)
            clip[i] = 0.1f * float(std::sin(2.0 * M_PI * 100.0 * double(i) / rate));
        const double clipRms = 0.1 / std::sqrt(2.0);
        for (PseudoFault kind : pseudoFaults()) {
            const auto a = withPseudoFault(clip, rate, kind, -10.0, 3), b = withPseudoFault(clip, rate, kind, -10.0, 3);
            QCOMPARE(a.size(), clip.size());
            QVERIFY2(a == b, toString(kind));
            QVERIFY2(a != withPseudoFault(clip, rate, kind, -10.0, 4) || kind == PseudoFault::Modulation ||
                         kind == PseudoFault::Speed,
                     toString(kind));
            double diff = 0.0;
            for (std::size_t i = 0; i < clip.size(); ++i)
                diff += double(a[i] - clip[i]) * (a[i] - clip[i]);
            QVERIFY2(diff > 0.0, toString(kind));
            if (kind == PseudoFault::Tone) { // steady: its RMS is the level times the clip's
                const double rms = std::sqrt(diff / double(clip.size()));
                QVERIFY2(std::abs(rms / clipRms - std::pow(10.0, -0.5)) < 0.02, std::to_string(rms / clipRms).c_str());
            }
        }
        // A clip of one sample or none comes back as it was.
        QCOMPARE(withPseudoFault({0.5f}, rate, PseudoFault::Speed, -10.0, 1), std::vector<float>{0.5f});
        QVERIFY(withPseudoFault({}, rate, PseudoFault::Clicks, -10.0, 1).empty());
    }

    void estimateCoversEveryGroupAndCleansUp()
    {
        EstimateSettings settings;
        settings.scratchDir = m_dir.path().toStdString() + "/scratch";
        std::size_t scored = 0;
        FitContext ctx;
        ctx.progress = [&](std::size_t done, std::size_t) { scored = std::max(scored, done); };
        const auto estimates = estimateDetection("bandstats", {}, normals(), settings, ctx);
        QCOMPARE(estimates.size(), std::size_t(4));
        for (const auto &[group, e] : estimates) {
            QCOMPARE(e.heldOutClips, std::size_t(8)); // every clip held out once
            QCOMPARE(e.perFault.size(), pseudoFaults().size());
            for (const auto &[kind, auc] : e.perFault)
                QVERIFY2(auc >= 0.0 && auc <= 1.0, (group + " " + kind).c_str());
            // Band statistics hears a tone 10 dB under a synthetic machine: deterministic, no training.
            QVERIFY2(e.perFault.at("tone") > 0.9, group.c_str());
        }
        QVERIFY(scored > 0);
        QVERIFY(!fs::exists(settings.scratchDir));
        // The same data and seed give the same estimate.
        QCOMPARE(estimateDetection("bandstats", {}, normals(), settings, {}).at("fan/id_00").auc,
                 estimates.at("fan/id_00").auc);
        // A group larger than clipsPerGroup is estimated on that many of its clips: the first
        // of the same seeded order, so a group at the limit keeps its estimate.
        EstimateSettings capped = settings;
        capped.clipsPerGroup = 4;
        const auto few4 = estimateDetection("bandstats", {}, normals(), capped, {});
        for (const auto &[group, e] : few4)
            QCOMPARE(e.heldOutClips, std::size_t(4));
        capped.clipsPerGroup = 8;
        QCOMPARE(estimateDetection("bandstats", {}, normals(), capped, {}).at("fan/id_00").auc,
                 estimates.at("fan/id_00").auc);
        // Too few clips to hold any out: no estimate, said so.
        const std::vector<const Clip *> all = normals(), few(all.begin(), all.begin() + 3);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, estimateDetection("bandstats", {}, few, settings, {}));
    }

    void autoTakesTheMemberTheEstimateChose()
    {
        auto detector = makeDetector("auto", {{"members", "bandstats+patchcore"}});
        auto &chooser = dynamic_cast<EnsembleDetector &>(*detector);
        FitContext ctx;
        std::vector<std::string> stages;
        ctx.stageTime = [&](const std::string &stage, double seconds) {
            QVERIFY(seconds >= 0);
            if (std::find(stages.begin(), stages.end(), stage) == stages.end())
                stages.push_back(stage);
        };
        chooser.fit(normals(), ctx);
        // Where the fit's time went, each stage under the member it belongs to (issue #32).
        const std::vector<std::string> expected{"bandstats: decoding, log-mel and statistics",
                                                "bandstats: rescaling and training scores",
                                                "patchcore: decoding and log-mel",
                                                "patchcore: patches and coreset",
                                                "patchcore: training scores",
                                                "bandstats: label-free estimate",
                                                "patchcore: label-free estimate"};
        QCOMPARE(stages, expected);
        auto bandstats = makeDetector("bandstats", {}), patchcore = makeDetector("patchcore", {});
        bandstats->fit(normals(), {});
        patchcore->fit(normals(), {});
        const auto own = groupAucs(*detector), b = groupAucs(*bandstats), p = groupAucs(*patchcore);
        QCOMPARE(chooser.estimates().size(), std::size_t(4));
        for (const auto &[group, e] : chooser.estimates()) {
            QCOMPARE(e.size(), std::size_t(2));
            // Its score is the chosen member's in units of that member's training scores: the same ranking.
            const double chosen = e[1] > e[0] ? p.at(group) : b.at(group);
            QVERIFY2(std::abs(own.at(group) - chosen) < 1e-12, group.c_str());
        }
        QVERIFY(detector->describe().find("auto from bandstats+patchcore") == 0);
        const ClipAnalysis a = detector->analyse(*normals().front());
        QCOMPARE(a.memberScores.size(), std::size_t(2));
        QVERIFY(a.drivenBy == "bandstats" || a.drivenBy == "patchcore");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("auto", {{"members", "bandstats+osscl"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("auto", {{"members", "fusion"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("fusion", {{"members", "bandstats+bandstats"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("fusion", {{"members", ""}}));
    }

    void fusionOfOneMemberIsThatMember()
    {
        for (const char *weights : {"estimate", "equal"}) {
            auto fusion = makeDetector("fusion", {{"members", "bandstats"}, {"weights", weights}});
            fusion->fit(normals(), {});
            auto bandstats = makeDetector("bandstats", {});
            bandstats->fit(normals(), {});
            // (s - mean) / sd of the member's training scores: the member's ranking, and its
            // training scores standardised.
            for (const auto &[group, auc] : groupAucs(*bandstats))
                QCOMPARE(groupAucs(*fusion).at(group), auc);
            const auto own = fusion->trainingScores("fan/id_00");
            double mean = 0.0, var = 0.0;
            for (double v : own)
                mean += v / double(own.size());
            for (double v : own)
                var += (v - mean) * (v - mean) / double(own.size() - 1);
            QVERIFY(std::abs(mean) < 1e-9 && std::abs(var - 1.0) < 1e-9);
            const ClipAnalysis a = fusion->analyse(*normals().front()), b = bandstats->analyse(*normals().front());
            QCOMPARE(a.embedding, b.embedding);
            QCOMPARE(a.drivenBy, std::string("bandstats"));
        }
    }

    void fusionSavesAndLoadsWithItsMembers()
    {
        auto fusion = makeDetector("fusion", {{"members", "bandstats+patchcore"}, {"weights", "equal"}});
        fusion->fit(normals(), {});
        const std::string path = m_dir.path().toStdString() + "/fusion.asd";
        fusion->save(path);
        const auto loaded = loadDetector(path);
        QCOMPARE(loaded->family(), std::string("fusion"));
        QCOMPARE(loaded->options(), fusion->options());
        QCOMPARE(groupAucs(*loaded), groupAucs(*fusion));
        // Members keep their training scores as float32.
        const auto t = loaded->trainingScores("valve/id_02"), u = fusion->trainingScores("valve/id_02");
        QCOMPARE(t.size(), u.size());
        for (std::size_t i = 0; i < t.size(); ++i)
            QVERIFY(std::abs(t[i] - u[i]) < 1e-5);
        // The curve comes from the member that draws one (PatchCore; band statistics draws none).
        const Clip &anomaly = *std::find_if(m_index.clips.begin(), m_index.clips.end(),
                                            [](const Clip &c) { return c.label == Label::Anomaly; });
        const ClipAnalysis a = loaded->analyse(anomaly);
        QVERIFY(a.curve && !a.curve->scores.empty());
        QCOMPARE(a.embedding.size(), fusion->analyse(anomaly).embedding.size());
        // Damaged or hostile files are refused, naming the file and what is wrong.
        const DetectorFile good = readDetectorFile(path);
        auto refused = [&](const char *name, const std::function<void(DetectorFile &)> &damage, const char *why) {
            DetectorFile file = good;
            damage(file);
            const std::string damaged = m_dir.path().toStdString() + "/" + name + ".asd";
            writeDetectorFile(damaged, file);
            try {
                loadDetector(damaged);
            } catch (const std::runtime_error &e) {
                const std::string what = e.what();
                QVERIFY2(what.find(damaged) == 0 && what.find(why) != std::string::npos, e.what());
                return;
            }
            QFAIL((std::string(name) + " was accepted").c_str());
        };
        refused("short", [](DetectorFile &f) { f.arrays.pop_back(); }, "arrays");
        refused("nested", [](DetectorFile &f) { f.header["members"][0]["family"] = "fusion"; }, "is not the bandstats detector");
        refused("numbered", [](DetectorFile &f) { f.header["members"][1]["family"] = 7; }, "is not the patchcore detector");
        refused("unmembered", [](DetectorFile &f) { f.header.erase("members"); }, "one detector per member");
        refused("weight", [](DetectorFile &f) { f.header["groups"][0]["members"][1]["weight"] = -1.0; }, "weight");
        refused("spread", [](DetectorFile &f) { f.header["groups"][0]["members"][0]["spread"] = "wide"; }, "scale or weight");
        refused("group", [](DetectorFile &f) { f.header["groups"][0]["name"] = "fan/id_77"; }, "missing from a member");
    }

    // auto and fusion take `noise` as their members do and hand it to each: every member's
    // own file says so, and the detector loads back with it.
    void ensemblesHandNoisyCopiesToTheirMembers()
    {
        auto fusion = makeDetector("fusion", {{"members", "bandstats+patchcore"}, {"weights", "equal"},
                                              {"noise", "pink"}, {"noise-snr", "0"}});
        fusion->fit(normals(), {});
        QVERIFY2(fusion->describe().find("fusion of bandstats+patchcore, with copies under pink noise") == 0,
                 fusion->describe().c_str());
        const DetectorFile file = fusion->toFile();
        for (const auto &member : file.header["members"]) {
            QCOMPARE(member["options"]["noise"].get<std::string>(), std::string("pink"));
            QCOMPARE(member["options"]["noise-snr"].get<std::string>(), std::string("0"));
        }
        const std::string path = m_dir.path().toStdString() + "/noisy-fusion.asd";
        fusion->save(path);
        const auto loaded = loadDetector(path);
        QCOMPARE(loaded->options(), fusion->options());
        QCOMPARE(groupAucs(*loaded), groupAucs(*fusion));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDetector("auto", {{"noise", "thunder"}}));
    }

    // asd compare on recordings without test clips: each detector's estimate, no metrics, no failure.
    void compareEstimatesWithoutTestClips()
    {
        const std::string data = m_dir.path().toStdString() + "/unlabelled";
        fs::create_directories(data + "/fan");
        fs::copy(m_data + "/fan/train", data + "/fan/train", fs::copy_options::recursive);
        CompareConfig config;
        config.dataDir = data;
        config.outDir = m_dir.path().toStdString() + "/compared";
        config.detectors = {comparedDetector("bandstats"), comparedDetector("bandstats:stats=mean")};
        std::vector<JobEvent> compared;
        std::atomic<bool> cancel{false};
        compareDetectors(config, [&](const JobEvent &e) { if (e.kind == JobEvent::Kind::Compared) compared.push_back(e); }, cancel);
        QCOMPARE(compared.size(), std::size_t(2));
        for (const auto &e : compared) {
            QVERIFY2(e.error.empty(), e.error.c_str());
            QVERIFY(e.metrics.types.empty());
            QVERIFY2(e.message.find("no labelled test clips; estimated AUC") != std::string::npos, e.message.c_str());
            QCOMPARE(e.estimates.size(), std::size_t(2));
            QVERIFY(e.estimates.count("fan/id_00"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
