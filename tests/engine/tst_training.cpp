// SPDX-License-Identifier: GPL-3.0-or-later
// Training and scoring as jobs: checkpoints, resume, cancel, NaN handling, determinism.
#include "devices/Devices.h"
#include "jobs/Job.h"
#include "devices/TorchDevice.h"
#include "mix/MixDataset.h"
#include "robustness/Sweep.h"
#include "score/ModelSession.h"
#include "models/Scorer.h"
#include "train/Checkpoint.h"
#include "runs/RunRecord.h"
#include "train/Trainer.h"
#include "detectors/FitRun.h"
#include "detectors/network/NetworkFamilies.h"

#include "dataset/DatasetIndex.h"
#include "support/TestSupport.h"
#include "synth/MachineSynth.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <future>
#include <mutex>
#include <numeric>

using namespace asd;
namespace fs = std::filesystem;

namespace {

// Collects a job's events and waits for its end.
struct EventLog {
    std::mutex mutex;
    std::condition_variable done;
    std::vector<JobEvent> events;
    bool finished = false;

    JobListener listener()
    {
        return [this](const JobEvent &e) {
            std::lock_guard<std::mutex> lock(mutex);
            events.push_back(e);
            if (endsJob(e.kind)) {
                finished = true;
                done.notify_all();
            }
        };
    }
    int count(JobEvent::Kind k)
    {
        std::lock_guard<std::mutex> lock(mutex);
        return int(std::count_if(events.begin(), events.end(), [k](const JobEvent &e) { return e.kind == k; }));
    }
    JobEvent last()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return events.back();
    }
};

// The job that fits any detector, with a network family's settings given as its options.
FitConfig fitOf(const TrainConfig &c)
{
    FitConfig f;
    f.dataDir = c.dataDir;
    f.outDir = c.outDir;
    f.family = toString(c.method);
    f.options = optionsOf(c);
    f.threads = c.threads;
    f.resume = c.resume;
    return f;
}

TrainConfig tinyConfig(const QString &data, const QString &out)
{
    TrainConfig c;
    c.dataDir = data.toStdString();
    c.outDir = out.toStdString();
    c.epochs = 2;
    c.batchSize = 8;
    c.clipSeconds = 0.5; // 16 frames: seconds per epoch on a CPU
    c.seed = 5;
    c.threads = 1;
    return c;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;

    // A sweep of the run trained in trainsWritesCheckpointsAndReportsMetrics over m_data.
    SweepConfig sweepOfTheTrainedRun(const QString &workSubdir) const
    {
        SweepConfig c;
        c.checkpoints = {(m_dir.path() + QStringLiteral("/run")).toStdString()};
        c.dataDir = m_data.toStdString();
        c.workDir = (m_dir.path() + workSubdir).toStdString();
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path() + QStringLiteral("/data");
        SynthOptions o = test::tinySynth(2, 2, 6, 3, 0.5);
        writeSynthDataset(m_data.toStdString(), o);
    }

    void devicesStartWithTheCpuAndRejectWhatIsNotThere()
    {
        const auto devices = listDevices();
        QVERIFY(!devices.empty());
        QCOMPARE(QString::fromStdString(devices.front().id), QStringLiteral("cpu"));
        QVERIFY(parseDevice("cpu").is_cpu());
        const std::string beyond = "cuda:" + std::to_string(devices.size() - 1); // one past the last GPU
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseDevice(beyond));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseDevice("tpu"));
        QCOMPARE(QString::fromStdString(describe({"cuda:0", "NVIDIA H100 80GB HBM3", 85899345920LL})),
                 QStringLiteral("NVIDIA H100 80GB HBM3, 80.0 GiB"));
        QCOMPARE(QString::fromStdString(describe(devices.front())), QString::fromStdString(devices.front().name));
    }

    void trainsWritesCheckpointsAndReportsMetrics()
    {
        EventLog log;
        std::atomic<bool> cancel{false};
        const TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/run"));
        fitDetector(fitOf(c), log.listener(), cancel);
        QCOMPARE(log.count(JobEvent::Kind::Epoch), 2);
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Finished));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/run/best.pt")));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/run/last.pt")));
        // Every epoch event carries per-ID metrics of the labelled test split.
        for (const auto &e : log.events) {
            if (e.kind != JobEvent::Kind::Epoch)
                continue;
            QVERIFY(std::isfinite(e.loss) && std::isfinite(e.validationLoss));
            QCOMPARE(e.lossParts.count("supcon"), std::size_t(1));
            QCOMPARE(e.metrics.groups.size(), std::size_t(4)); // 2 types x 2 IDs
            QCOMPARE(e.metrics.types.size(), std::size_t(2));
            for (const auto &g : e.metrics.groups)
                QVERIFY(g.auc >= 0.0 && g.auc <= 1.0 && g.nNormal == 3 && g.nAnomaly == 3);
        }
        const LoadedCheckpoint cp = loadCheckpoint((m_dir.path() + QStringLiteral("/run/last.pt")).toStdString(), torch::kCPU);
        QCOMPARE(cp.meta.epoch, 2);
        QCOMPARE(int(cp.meta.classKeys.size()), 4);
        QVERIFY(bool(cp.ema)); // OS-SCL keeps an EMA copy
        QCOMPARE(cp.meta.features.name, std::string("osscl"));
        // RUN/run.json, what the Runs panel lists: the detector, its data, epochs, and the
        // last evaluated epoch's per-group metrics.
        const RunRecord record = readRunRecord((m_dir.path() + QStringLiteral("/run")).toStdString());
        QVERIFY2(record.detector.rfind("osscl ", 0) == 0 && record.detector.find("epochs=2") != std::string::npos,
                 record.detector.c_str()); // the family and the options it was given
        QCOMPARE(record.epochs, 2);
        QCOMPARE(record.metricsFrom, std::string("epoch 2"));
        QCOMPARE(record.rows.size(), std::size_t(4));
        QVERIFY(record.seconds > 0 && fs::path(record.dataDir).is_absolute());
        double lastAuc = -1;
        for (const auto &e : log.events)
            if (e.kind == JobEvent::Kind::Epoch)
                lastAuc = e.metrics.aucPerGroupMean; // the mean over IDs, as the evaluators name it
        QVERIFY(std::abs(record.auc - lastAuc) < 1e-12);
    }

    // run.json from elsewhere: wrong kinds, out-of-range numbers and non-JSON are refused by
    // name; NaN metrics (nothing scored yet) survive the round trip as null.
    void runRecordsRefuseWhatTheyCannotBe()
    {
        for (const char *bad : {"[1, 2]", "{\"seconds\": -1}", "{\"epochs\": \"ten\"}", "{\"groups\": {}}",
                                "{\"groups\": [3]}", "{\"auc\": 1e999}", "not json"})
            QVERIFY_THROWS_EXCEPTION(std::exception, runRecordFromJson(bad));
        const std::string dir = (m_dir.path() + QStringLiteral("/record")).toStdString();
        RunRecord r;
        r.detector = "bandstats";
        writeRunRecord(dir, r);
        const RunRecord back = readRunRecord(dir);
        QCOMPARE(back.detector, std::string("bandstats"));
        QVERIFY(std::isnan(back.auc));
        test::writeText(dir + "/run.json", "{");
        try {
            readRunRecord(dir);
            QFAIL("a damaged run.json was read");
        } catch (const std::runtime_error &e) {
            QVERIFY(std::string(e.what()).find(dir + "/run.json") != std::string::npos);
        }
    }

    void resumesFromTheLastCheckpoint()
    {
        EventLog log;
        std::atomic<bool> cancel{false};
        TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/run"));
        c.epochs = 3;
        c.resume = true;
        fitDetector(fitOf(c), log.listener(), cancel);
        QCOMPARE(log.count(JobEvent::Kind::Epoch), 1); // only epoch 3 was left
        const LoadedCheckpoint cp = loadCheckpoint((m_dir.path() + QStringLiteral("/run/last.pt")).toStdString(), torch::kCPU);
        QCOMPARE(cp.meta.epoch, 3);
        QCOMPARE(cp.meta.history.size(), std::size_t(3));
    }

    void checkpointRoundTripGivesIdenticalScores()
    {
        LoadedCheckpoint a = loadCheckpoint((m_dir.path() + QStringLiteral("/run/best.pt")).toStdString(), torch::kCPU);
        const QString copy = m_dir.path() + QStringLiteral("/copy.pt");
        AsdNet model = a.model;
        saveCheckpoint(copy.toStdString(), a.meta, model, &a.ema, nullptr);
        LoadedCheckpoint b = loadCheckpoint(copy.toStdString(), torch::kCPU);
        const DatasetIndex index = scanDataset(m_data.toStdString());
        std::vector<std::string> paths;
        std::vector<std::int64_t> classes;
        const ClassMap map = ClassMap::fromKeys(a.meta.classKeys);
        for (const auto &c : index.clips)
            if (c.split == Split::Test) {
                paths.push_back(c.path);
                classes.push_back(map.indexOf(c));
            }
        ExampleCache cacheA(paths, a.meta.features, a.meta.samples), cacheB(paths, b.meta.features, b.meta.samples);
        AsdNet na = scoringModel(a), nb = scoringModel(b);
        const auto sa = runModel(na, cacheA, classes, torch::kCPU, 4, EmbeddingLayer::Head);
        const auto sb = runModel(nb, cacheB, classes, torch::kCPU, 4, EmbeddingLayer::Head);
        QCOMPARE(sa.arcfaceScores, sb.arcfaceScores);
        QCOMPARE(sa.embeddings, sb.embeddings);
        QVERIFY(std::all_of(sa.ok.begin(), sa.ok.end(), [](bool ok) { return ok; }));

        // The inspector's single pass (input maps and score together) scores as scoring does.
        const auto session = ModelSession::open((m_dir.path() + QStringLiteral("/run")).toStdString());
        std::size_t k = 0;
        for (const auto &c : index.clips) {
            if (c.split != Split::Test)
                continue;
            const ModelSession::Inspection seen = session->inspect(c);
            QCOMPARE(int(seen.maps.size()), inputChannels(a.meta.net.input));
            QCOMPARE(seen.maps.front().map.cols, a.meta.net.frames);
            QVERIFY2(std::abs(seen.score - sa.arcfaceScores[k]) < 1e-4 * (1 + std::abs(seen.score)), c.path.c_str());
            ++k;
        }
    }

    // The test clips are scored after the epochs the interval picks, and always after the
    // first and the last; the epochs between carry no metrics (the views keep the last).
    void testMetricsFollowTheEvaluationInterval()
    {
        std::atomic<bool> cancel{false};
        EventLog log;
        TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/interval"));
        c.epochs = 4;
        c.evaluationInterval = 2;
        fitDetector(fitOf(c), log.listener(), cancel);
        std::vector<int> scored;
        for (const auto &e : log.events)
            if (e.kind == JobEvent::Kind::Epoch && !e.metrics.types.empty())
                scored.push_back(e.epoch);
        QCOMPARE(scored, (std::vector<int>{1, 3, 4}));
    }

    // The automatic plan: the first and the last epoch always; between them as many, evenly
    // spread, as the budget (9.5 % of the loops' time, less validation and checkpoints) pays.
    void evaluationEpochsKeepWithinTheBudget_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::addColumn<double>("scoring");
        QTest::addColumn<double>("other");
        QTest::addColumn<QList<int>>("expected");
        // 10 epochs of 8 s: (0.76 − 0.17) · 10 = 5.9 s for the scorings.
        QTest::newRow("a quarter of an epoch") << 10 << 2.0 << 0.17 << QList<int>{0, 9};
        QTest::newRow("an eighth") << 10 << 1.0 << 0.17 << QList<int>{0, 2, 5, 7, 9};
        QTest::newRow("cheap") << 10 << 0.1 << 0.0 << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        QTest::newRow("over budget") << 10 << 9.0 << 0.5 << QList<int>{0, 9};
        QTest::newRow("one epoch") << 1 << 2.0 << 0.0 << QList<int>{0};
    }

    void evaluationEpochsKeepWithinTheBudget()
    {
        QFETCH(int, epochs);
        QFETCH(double, scoring);
        QFETCH(double, other);
        QFETCH(QList<int>, expected);
        const std::set<int> planned = evaluationEpochs(epochs, 8.0, scoring, other);
        QCOMPARE(QList<int>(planned.begin(), planned.end()), expected);
    }

    // A checkpoint whose metadata claims sizes nothing should allocate (a hostile or damaged
    // file) is refused by name before any network is built from it.
    void hostileCheckpointSizesAreRefused()
    {
        LoadedCheckpoint cp = loadCheckpoint((m_dir.path() + QStringLiteral("/run/best.pt")).toStdString(), torch::kCPU);
        const std::string path = (m_dir.path() + QStringLiteral("/hostile.pt")).toStdString();
        ModelMeta bad = cp.meta;
        bad.net.classes = 2147483647;
        saveCheckpoint(path, bad, cp.model, nullptr, nullptr);
        try {
            loadCheckpoint(path, torch::kCPU);
            QFAIL("a checkpoint claiming 2^31 classes loaded");
        } catch (const std::runtime_error &e) {
            QVERIFY2(std::string(e.what()).find(path) != std::string::npos &&
                         std::string(e.what()).find("classes") != std::string::npos,
                     e.what());
        }
        bad = cp.meta;
        bad.features.stft.nFft = 1 << 30;
        saveCheckpoint(path, bad, cp.model, nullptr, nullptr);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadCheckpoint(path, torch::kCPU));

        // Weights of another shape than the metadata's network (LibTorch would put them in
        // place as they are) are refused, naming the tensor and both shapes.
        AsdNetOptions other = cp.meta.net;
        other.classes += 3;
        AsdNet wider(other);
        saveCheckpoint(path, cp.meta, wider, nullptr, nullptr);
        try {
            loadCheckpoint(path, torch::kCPU);
            QFAIL("weights for more classes than the metadata's loaded");
        } catch (const std::runtime_error &e) {
            const std::string what = e.what(),
                              expected = "arcface.weight is [" + std::to_string(other.classes) +
                                         ", 128] Float where the network has [" + std::to_string(cp.meta.net.classes) +
                                         ", 128] Float";
            QVERIFY2(what.find(path) != std::string::npos && what.find(expected) != std::string::npos, e.what());
        }
    }

    // A checkpoint whose TorchScript code defines a method (here a __setstate__, which
    // LibTorch would run while loading) is refused by name before LibTorch compiles anything;
    // the ones the trainer writes, with deflated declaration files, pass (every other test).
    void checkpointWithCodeIsRefusedBeforeLibTorchSeesIt()
    {
        const std::string hostile = (test::testDataDir() + QStringLiteral("/hostile_checkpoint.pt")).toStdString();
        try {
            loadCheckpoint(hostile, torch::kCPU);
            QFAIL("a checkpoint with a method loaded");
        } catch (const std::runtime_error &e) {
            const std::string what = e.what();
            QVERIFY2(what.find(hostile) != std::string::npos && what.find("code/__torch__.py, line 3") != std::string::npos &&
                         what.find("does not run code") != std::string::npos,
                     e.what());
        }
    }

    // Archives that passed the code gate and hurt LibTorch's reader (found by
    // fuzz_network_checkpoint): one without its version record (LibTorch's reader throws from
    // its constructor and leaks), ones whose pickle claims a 4 GB string or a memo entry 31 GB
    // in (LibTorch allocates either), and one whose pickle takes from an empty stack (LibTorch
    // corrupted its heap and aborted), one whose code record is named "cOde" (LibTorch finds
    // records ignoring case and compiled it: a crash) and one with two version records that
    // differ only in case are refused by the gate; one whose code names an undeclared type, which LibTorch's
    // importer reports with an exception that is not a c10::Error, is refused naming the file.
    void damagedArchivesAreRefusedNamingTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no version record") << "checkpoint_without_version.pt" << "no meta_only/version record";
        QTest::newRow("undeclared type") << "checkpoint_unknown_type.pt" << "Unknown type name";
        QTest::newRow("pickle length past the end")
            << "checkpoint_pickle_length.pt" << "data.pkl: a pickle argument claiming 4294967047 bytes, past the record's end (byte 1828)";
        QTest::newRow("memo index out of reach")
            << "checkpoint_memo_index.pt" << "data.pkl: a pickle memo index beyond anything the pickle could hold (byte 1785)";
        QTest::newRow("pickle stack underflow")
            << "checkpoint_pickle_stack.pt" << "data.pkl: a pickle opcode taking more than its stack holds (byte 24)";
        QTest::newRow("code record named in another case")
            << "checkpoint_code_name_case.pt" << "one_tensor/cOde/__torch__.py, line 3, is TorchScript code";
        QTest::newRow("two records named alike")
            << "checkpoint_version_twice.pt" << "two records named one_tensor/VERSION";
    }

    void damagedArchivesAreRefusedNamingTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const std::string path = (test::testDataDir() + QLatin1Char('/') + file).toStdString();
        try {
            loadCheckpoint(path, torch::kCPU);
            QFAIL("a damaged checkpoint loaded");
        } catch (const std::runtime_error &e) {
            const std::string what = e.what();
            QVERIFY2(what.rfind(path + ": ", 0) == 0 && what.find(problem.toStdString()) != std::string::npos, e.what());
            QVERIFY2(what.find('\n') == std::string::npos, e.what()); // one line for a dialog or a terminal
        }
    }

    void sameSeedSameTraining()
    {
        std::atomic<bool> cancel{false};
        EventLog a, b;
        TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/seedA"));
        c.epochs = 1;
        c.evaluateEachEpoch = false;
        fitDetector(fitOf(c), a.listener(), cancel);
        c.outDir = (m_dir.path() + QStringLiteral("/seedB")).toStdString();
        fitDetector(fitOf(c), b.listener(), cancel);
        auto epochOf = [](EventLog &l) {
            for (const auto &e : l.events)
                if (e.kind == JobEvent::Kind::Epoch)
                    return e;
            return JobEvent();
        };
        QCOMPARE(epochOf(a).loss, epochOf(b).loss);
        QCOMPARE(epochOf(a).validationLoss, epochOf(b).validationLoss);

        // Noise augmentation: seeded too, it changes what the model sees, and the run's
        // checkpoint records it.
        EventLog n1, n2;
        c.augmentWithNoise = true;
        c.noises = {"pink", "impulsive"};
        c.outDir = (m_dir.path() + QStringLiteral("/noisyA")).toStdString();
        fitDetector(fitOf(c), n1.listener(), cancel);
        c.outDir = (m_dir.path() + QStringLiteral("/noisyB")).toStdString();
        fitDetector(fitOf(c), n2.listener(), cancel);
        QCOMPARE(epochOf(n1).loss, epochOf(n2).loss);
        QVERIFY(epochOf(n1).loss != epochOf(a).loss);
        const LoadedCheckpoint cp = loadCheckpoint(c.outDir + "/last.pt", torch::kCPU);
        QVERIFY(cp.meta.config.augmentWithNoise);
        QCOMPARE(cp.meta.config.noises, c.noises);
    }

    void cancelStopsWithinASecond()
    {
        EventLog log;
        TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/cancelled"));
        c.epochs = 1000;
        auto job = Job::startFitting(fitOf(c), log.listener());
        QTRY_VERIFY_WITH_TIMEOUT(log.count(JobEvent::Kind::Epoch) >= 1, 60000);
        QElapsedTimer t;
        t.start();
        job->cancel();
        job->wait();
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Cancelled));
        QVERIFY(QString::fromStdString(log.last().message).contains(QStringLiteral("--resume")));
        QVERIFY(QFileInfo::exists(m_dir.path() + QStringLiteral("/cancelled/last.pt")));
    }

    void nanLossStopsTheJobAndKeepsTheCheckpoint()
    {
        // An absurd learning rate overflows the weights within a step or two; the loss turns
        // Inf/NaN, and the job must stop with a clear error instead of writing garbage.
        QTemporaryDir d;
        writeSynthDataset(d.path().toStdString(), test::tinySynth(1, 2, 6, 0, 0.5));
        TrainConfig c = tinyConfig(d.path(), d.path() + QStringLiteral("/run"));
        c.learningRate = 1e36;
        c.epochs = 20;
        EventLog log;
        auto job = Job::startFitting(fitOf(c), log.listener());
        job->wait();
        const JobEvent last = log.last();
        QCOMPARE(int(last.kind), int(JobEvent::Kind::Failed));
        QVERIFY2(QString::fromStdString(last.message).contains(QStringLiteral("loss became")), last.message.c_str());
    }

    void settingsOutOfRangeFailTheJob()
    {
        // Checked by the engine, whichever front end filled the config in.
        TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/bad-settings"));
        c.snrMinDb = 6;
        c.snrMaxDb = -6;
        EventLog log;
        auto job = Job::startFitting(fitOf(c), log.listener());
        job->wait();
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Failed));
        QVERIFY2(QString::fromStdString(log.last().message).contains(QStringLiteral("snr-min is above snr-max")),
                 log.last().message.c_str());
        FitConfig student = fitOf(c);
        student.family = "mixalign";
        student.options = {{"teacher", "run"}, {"lambda", "1.5"}};
        EventLog lambda;
        job = Job::startFitting(student, lambda.listener());
        job->wait();
        QCOMPARE(int(lambda.last().kind), int(JobEvent::Kind::Failed));
        QVERIFY(QString::fromStdString(lambda.last().message).contains(QStringLiteral("lambda takes a number from 0 to 1")));
    }

    void jobHasEndedWhenItsLastEventArrives()
    {
        // Whoever hears Finished may start the next job at once (the GUI does): the job must
        // not still count as running then, though its thread winds down after the event.
        std::promise<Job *> started;
        std::shared_future<Job *> job = started.get_future().share();
        std::atomic<int> runningAtLastEvent{-1};
        ScoreConfig c;
        c.checkpoint = (m_dir.path() + QStringLiteral("/run")).toStdString();
        c.dataDir = m_data.toStdString();
        c.outDir = (m_dir.path() + QStringLiteral("/scores-ended")).toStdString();
        c.scorer = ScoreConfig::Scorer::Knn;
        auto scoring = Job::startScoring(c, [&](const JobEvent &e) {
            if (endsJob(e.kind))
                runningAtLastEvent = job.get()->running() ? 1 : 0;
        });
        started.set_value(scoring.get());
        scoring->wait();
        QCOMPARE(runningAtLastEvent.load(), 0);
        QVERIFY(!scoring->running());
    }

    void scoringJobWritesDcaseFiles()
    {
        EventLog log;
        ScoreConfig c;
        c.checkpoint = (m_dir.path() + QStringLiteral("/run")).toStdString();
        c.dataDir = m_data.toStdString();
        c.outDir = (m_dir.path() + QStringLiteral("/scores")).toStdString();
        c.scorer = ScoreConfig::Scorer::Knn;
        auto job = Job::startScoring(c, log.listener());
        job->wait();
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Finished));
        QCOMPARE(log.last().metrics.groups.size(), std::size_t(4));
        const QStringList files = QDir(m_dir.path() + QStringLiteral("/scores")).entryList(QDir::Files);
        QCOMPARE(files.size(), 8); // score and decision files for 2 types x 2 IDs
        QVERIFY(files.contains(QStringLiteral("anomaly_score_fan_id_00.csv")));
        QVERIFY(files.contains(QStringLiteral("decision_result_fan_id_00.csv")));
    }

    // Training ends by fitting the ArcFace score's decision thresholds on its training clips;
    // scoring that folder uses them, and they equal what scoring another copy of the
    // folder, which has to score its training clips, fits.
    void storedDecisionThresholdsEqualFreshOnes()
    {
        const LoadedCheckpoint cp = loadCheckpoint((m_dir.path() + QStringLiteral("/run/best.pt")).toStdString(), torch::kCPU);
        QCOMPARE(cp.meta.decisionThresholds.size(), std::size_t(4));
        const QString copy = m_dir.path() + QStringLiteral("/data-copy");
        fs::copy(m_data.toStdString(), copy.toStdString(), fs::copy_options::recursive);
        std::map<std::string, double> stored, fresh;
        for (const QString &data : {m_data, copy}) {
            EventLog log;
            ScoreConfig c;
            c.checkpoint = (m_dir.path() + QStringLiteral("/run")).toStdString();
            c.dataDir = data.toStdString();
            c.outDir = (m_dir.path() + QStringLiteral("/scores-arcface")).toStdString();
            c.scorer = ScoreConfig::Scorer::ArcFace;
            Job::startScoring(c, log.listener())->wait();
            QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Finished));
            (data == copy ? fresh : stored) = log.last().thresholds;
        }
        QCOMPARE(stored, cp.meta.decisionThresholds); // its own folder: the stored ones, as they are
        QCOMPARE(stored.size(), std::size_t(4));
        for (const auto &[group, t] : stored)
            QVERIFY2(std::abs(t - fresh.at(group)) <= 1e-4 * (1 + std::abs(t)), group.c_str());
    }

    // The data folder goes away once the job has started (an unplugged disk): training and
    // scoring fail with a message that names a clip, and leave no empty score files.
    void vanishedDataFolderFailsTheJobNamingAClip()
    {
        const std::string copy = (m_dir.path() + QStringLiteral("/vanishing")).toStdString();
        auto vanishOn = [&](const std::string &phase, EventLog &log) -> JobListener {
            fs::remove_all(copy);
            fs::copy(m_data.toStdString(), copy, fs::copy_options::recursive);
            return [&log, phase, copy, inner = log.listener()](const JobEvent &e) {
                if (e.kind == JobEvent::Kind::Phase && e.message == phase)
                    fs::remove_all(copy);
                inner(e);
            };
        };
        EventLog trained;
        TrainConfig t = tinyConfig(QString::fromStdString(copy), m_dir.path() + QStringLiteral("/vanished-run"));
        t.epochs = 1;
        Job::startFitting(fitOf(t), vanishOn("training", trained))->wait();
        QCOMPARE(int(trained.last().kind), int(JobEvent::Kind::Failed));
        QVERIFY2(trained.last().message.find(copy) != std::string::npos &&
                     trained.last().message.find(".wav") != std::string::npos,
                 trained.last().message.c_str());

        EventLog scored;
        ScoreConfig c;
        c.checkpoint = (m_dir.path() + QStringLiteral("/run")).toStdString();
        c.dataDir = copy;
        c.outDir = (m_dir.path() + QStringLiteral("/vanished-scores")).toStdString();
        Job::startScoring(c, vanishOn("scoring test clips", scored))->wait();
        QCOMPARE(int(scored.last().kind), int(JobEvent::Kind::Failed));
        QVERIFY2(scored.last().message.find(copy) != std::string::npos, scored.last().message.c_str());
        QVERIFY(!fs::exists(c.outDir) || fs::is_empty(c.outDir));
    }

    void knnComparesTheLayerAsked()
    {
        auto scoreWith = [&](EmbeddingLayer layer) {
            EventLog log;
            ScoreConfig c;
            c.checkpoint = (m_dir.path() + QStringLiteral("/run")).toStdString();
            c.dataDir = m_data.toStdString();
            c.outDir = (m_dir.path() + QStringLiteral("/scores-") + QLatin1String(toString(layer))).toStdString();
            c.scorer = ScoreConfig::Scorer::Knn;
            c.layer = layer;
            Job::startScoring(c, log.listener())->wait();
            return log.last();
        };
        const JobEvent head = scoreWith(EmbeddingLayer::Head), backbone = scoreWith(EmbeddingLayer::Backbone);
        QCOMPARE(int(backbone.kind), int(JobEvent::Kind::Finished));
        QCOMPARE(backbone.embeddings.size(), head.embeddings.size());
        auto norm = [](const std::vector<float> &v) { return std::sqrt(std::inner_product(v.begin(), v.end(), v.begin(), 0.0)); };
        // The head's output is L2-normalised; the backbone's, before the head, is not.
        QVERIFY(std::abs(norm(head.embeddings[0]) - 1.0) < 1e-4);
        QVERIFY(std::abs(norm(backbone.embeddings[0]) - 1.0) > 1e-2);
        QCOMPARE(backbone.embeddings[0].size(), std::size_t(128));
        QVERIFY2(backbone.scorer.find("nearest neighbour (k = 1, cosine) on the backbone") != std::string::npos,
                 backbone.scorer.c_str());
        QVERIFY2(head.scorer.find("nearest neighbour (k = 1, cosine) on the head") != std::string::npos, head.scorer.c_str());
        QVERIFY(toString(EmbeddingLayer::Backbone) == std::string("backbone"));
        QCOMPARE(embeddingLayerFromString("backbone"), EmbeddingLayer::Backbone);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, embeddingLayerFromString("middle"));
    }

    void sweepScoresEveryCondition()
    {
        EventLog log;
        std::atomic<bool> cancel{false};
        SweepConfig c = sweepOfTheTrainedRun(QStringLiteral("/sweep"));
        c.noises = {parseNoiseSource("pink"), parseNoiseSource("impulsive")};
        c.snrs = {6.0, -6.0};
        const std::string recordBefore = readRunRecord(c.checkpoints.front()).metricsFrom;
        sweep(c, log.listener(), cancel);
        // The run's headline metrics stay its own: a sweep scores mixed copies of the data.
        QCOMPARE(readRunRecord(c.checkpoints.front()).metricsFrom, recordBefore);
        QCOMPARE(log.count(JobEvent::Kind::Condition), 1 + 2 * 2);
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Finished));
        std::vector<std::string> names;
        for (const auto &e : log.events)
            if (e.kind == JobEvent::Kind::Condition) {
                names.push_back(e.message);
                QCOMPARE(e.metrics.groups.size(), std::size_t(4));
            }
        QCOMPARE(names.front(), std::string("clean"));
        QCOMPARE(names.back(), std::string("impulsive @ -6 dB"));
        QVERIFY(!QFileInfo::exists(m_dir.path() + QStringLiteral("/sweep/condition-1"))); // mixed copies removed
    }

    void sweptDetectorsHearTheSameMixtures()
    {
        // The run folder and its best.pt are one detector under two names: if each condition
        // is mixed once for all detectors, their figures agree everywhere.
        EventLog log;
        std::atomic<bool> cancel{false};
        SweepConfig c = sweepOfTheTrainedRun(QStringLiteral("/sweep-two"));
        c.checkpoints.push_back(c.checkpoints[0] + "/best.pt");
        c.noises = {parseNoiseSource("babble")};
        c.snrs = {0.0};
        sweep(c, log.listener(), cancel);
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Finished));
        std::map<std::string, std::vector<const JobEvent *>> byModel;
        for (const auto &e : log.events)
            if (e.kind == JobEvent::Kind::Condition)
                byModel[e.model].push_back(&e);
        QCOMPARE(byModel.size(), std::size_t(2));
        QCOMPARE(byModel["run"].size(), std::size_t(2)); // clean, babble @ +0 dB
        QCOMPARE(byModel["run/best.pt"].size(), std::size_t(2));
        // Two runs of one name are told apart by their folders; one path twice, by a number.
        const std::string a = m_dir.path().toStdString() + "/a/mixture", b = m_dir.path().toStdString() + "/b/mixture";
        fs::create_directories(a);
        fs::create_directories(b);
        QCOMPARE(modelDisplayNames({a, b, a}), (std::vector<std::string>{"a/mixture", "b/mixture", "a/mixture #2"}));
        for (std::size_t i = 0; i < 2; ++i) {
            const JobEvent &a = *byModel["run"][i], &b = *byModel["run/best.pt"][i];
            QCOMPARE(a.message, b.message);
            QCOMPARE(a.metrics.groups.size(), b.metrics.groups.size());
            for (std::size_t g = 0; g < a.metrics.groups.size(); ++g)
                QCOMPARE(a.metrics.groups[g].auc, b.metrics.groups[g].auc);
        }
        c.checkpoints.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sweep(c, log.listener(), cancel));
    }

    void sweepMixesTheReferenceClipsUnlessAskedNotTo()
    {
        // With kNN scoring the normal training clips are the bank, and the decision threshold
        // is fitted on their scores: mixing them (the default, a noisy plant) or not (a quiet
        // reference) must change the per-group results under noise. AUC alone is a rank
        // statistic that can coincide on a set this small, so precision/recall/F1 count too.
        std::map<bool, std::vector<double>> results;
        for (const bool noisy : {true, false}) {
            EventLog log;
            std::atomic<bool> cancel{false};
            SweepConfig c = sweepOfTheTrainedRun(QStringLiteral("/sweep-ref"));
            c.noises = {parseNoiseSource("pink")};
            c.snrs = {-6.0};
            c.knn = true;
            c.noisyReference = noisy;
            sweep(c, log.listener(), cancel);
            QCOMPARE(log.count(JobEvent::Kind::Condition), 2);
            for (const auto &e : log.events)
                if (e.kind == JobEvent::Kind::Condition && e.message != "clean")
                    for (const auto &g : e.metrics.groups)
                        for (double v : {g.auc, g.pauc, g.precision, g.recall, g.f1})
                            results[noisy].push_back(std::isnan(v) ? -1.0 : v);
        }
        QVERIFY(!results[true].empty());
        QVERIFY(results[true] != results[false]);
    }

    void mixtureAlignedStudentTrainsAndScoresByNeighbours()
    {
        for (const bool denoise : {false, true}) {
            EventLog log;
            std::atomic<bool> cancel{false};
            TrainConfig c = tinyConfig(m_data, m_dir.path() + (denoise ? QStringLiteral("/denoise") : QStringLiteral("/student")));
            c.method = TrainingMethod::MixAlign;
            c.teacher = (m_dir.path() + QStringLiteral("/run")).toStdString();
            c.noises = {"pink", "impulsive"};
            c.alignToMachineOnly = denoise;
            c.alignWeight = denoise ? 128.0 : 1.0; // the loss is tagging + w·align
            c.epochs = 1;
            fitDetector(fitOf(c), log.listener(), cancel);
            QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Finished));
            int epochs = 0;
            for (const auto &e : log.events)
                if (e.kind == JobEvent::Kind::Epoch) {
                    ++epochs;
                    QCOMPARE(e.lossParts.count("align"), std::size_t(1));
                    QCOMPARE(e.lossParts.count("tagging"), std::size_t(1));
                    const double total = c.alignWeight * e.lossParts.at("align") + e.lossParts.at("tagging");
                    QVERIFY2(std::abs(e.loss - total) < 1e-4 * total, qPrintable(QString::number(e.loss)));
                    QVERIFY(std::isfinite(e.validationLoss));
                }
            QCOMPARE(epochs, 1);
        }
        // The student keeps the teacher's classes and input; its own score is kNN.
        const LoadedCheckpoint s = loadCheckpoint((m_dir.path() + QStringLiteral("/student/best.pt")).toStdString(), torch::kCPU);
        QCOMPARE(int(s.meta.config.method), int(TrainingMethod::MixAlign));
        QCOMPARE(loadCheckpoint((m_dir.path() + QStringLiteral("/denoise/best.pt")).toStdString(), torch::kCPU)
                     .meta.config.alignWeight,
                 128.0);
        // The teacher is recorded absolute, so a sweep can find it from anywhere.
        const auto session = ModelSession::open((m_dir.path() + QStringLiteral("/student")).toStdString());
        QCOMPARE(QDir(QString::fromStdString(session->teacherPath())).canonicalPath(),
                 QDir(m_dir.path() + QStringLiteral("/run")).canonicalPath());
        QVERIFY(QDir::isAbsolutePath(QString::fromStdString(session->teacherPath())));
        QVERIFY(ModelSession::open((m_dir.path() + QStringLiteral("/run")).toStdString())->teacherPath().empty());
        QCOMPARE(s.meta.classKeys.size(), std::size_t(4));
        EventLog scored;
        std::atomic<bool> cancel{false};
        ScoreConfig sc;
        sc.checkpoint = (m_dir.path() + QStringLiteral("/student")).toStdString();
        sc.dataDir = m_data.toStdString();
        sc.outDir = (m_dir.path() + QStringLiteral("/student-scores")).toStdString();
        score(sc, scored.listener(), cancel);
        QCOMPARE(int(scored.last().kind), int(JobEvent::Kind::Finished));
        QCOMPARE(scored.last().metrics.groups.size(), std::size_t(4));
        // Without a teacher the method refuses to start.
        EventLog refused;
        TrainConfig none = tinyConfig(m_data, m_dir.path() + QStringLiteral("/none"));
        none.method = TrainingMethod::MixAlign;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitDetector(fitOf(none), refused.listener(), cancel));
    }

    void unavailableDeviceFailsWithAdvice()
    {
        EventLog log;
        TrainConfig c = tinyConfig(m_data, m_dir.path() + QStringLiteral("/gpu"));
        c.device = "cuda:7";
        auto job = Job::startFitting(fitOf(c), log.listener());
        job->wait();
        QCOMPARE(int(log.last().kind), int(JobEvent::Kind::Failed));
        QVERIFY(QString::fromStdString(log.last().message).contains(QStringLiteral("cuda:7")));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
