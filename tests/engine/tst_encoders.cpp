// SPDX-License-Identifier: GPL-3.0-or-later
// Pretrained encoders: the checkpoint readers (zip, restricted unpickler, safetensors), BEATs
// against the official code's outputs (tests/data/beats, README there), the encoder library,
// the domain nearest-neighbour back end and the frozen-encoder detector.
#include "backends/NearestNeighbours.h"
#include "dataset/DatasetIndex.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/encoderknn/EncoderKnnDetector.h"
#include "encoders/EncoderLibrary.h"
#include "encoders/PretrainedEncoder.h"
#include "encoders/adaptation/Codebook.h"
#include "encoders/adaptation/GroupAdapter.h"
#include "train/Losses.h"
#include "encoders/beats/Beats.h"
#include "encoders/beats/KaldiFbank.h"
#include "encoders/checkpoint/EncoderWeights.h"
#include "encoders/checkpoint/TorchPickle.h"
#include "metrics/RocAuc.h"
#include "support/TestSupport.h"
#include "util/Sha256.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>

using namespace asd;

namespace {

std::string fixture(const std::string &name) { return test::testDataDir().toStdString() + "/beats/" + name; }

torch::Tensor readF32(const std::string &name, std::vector<std::int64_t> shape)
{
    const std::vector<char> bytes = test::readBytes(fixture(name));
    torch::Tensor t = torch::empty(shape);
    if (std::size_t(t.numel()) * 4 != bytes.size())
        throw std::runtime_error(name + ": unexpected size");
    std::memcpy(t.data_ptr<float>(), bytes.data(), bytes.size());
    return t;
}

double maxAbs(const torch::Tensor &a, const torch::Tensor &b) { return (a - b).abs().max().item<double>(); }

std::string stringOf(const std::vector<char> &bytes) { return std::string(bytes.begin(), bytes.end()); }

void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

// Runs f and returns the message of the std::runtime_error it throws ("" when none).
template <typename F> std::string errorOf(F f)
{
    try {
        f();
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestEncoders : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_tiny;

    // A synthetic DCASE 2023 set (source and target domains) under the test folder, scanned, with
    // the tiny encoder imported as "tiny".
    DatasetIndex synthetic(const std::string &name, SynthOptions s)
    {
        s.layout = SynthOptions::Layout::Dcase2023;
        writeSynthDataset(m_dir.path().toStdString() + "/" + name, s);
        EncoderLibrary().import(m_tiny, "tiny");
        return scanDataset(m_dir.path().toStdString() + "/" + name);
    }
    static std::vector<const Clip *> trainingClips(const DatasetIndex &index)
    {
        std::vector<const Clip *> out;
        for (const auto &c : index.clips)
            if (c.split == Split::Train)
                out.push_back(&c);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tiny = fixture("beats_tiny.pt");
        torch::set_num_threads(1); // the fixtures are 1-thread results
        qputenv("ASD_DATA_DIR", (m_dir.path() + "/userdata").toUtf8());
    }

    void sha256MatchesTheStandard()
    {
        Sha256 empty;
        QCOMPARE(empty.hex(), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 abc;
        abc.update("abc", 3);
        QCOMPARE(abc.hex(), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        // Two blocks, fed in pieces (FIPS 180-4 example).
        const std::string two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        Sha256 pieces;
        pieces.update(two.data(), 10);
        pieces.update(two.data() + 10, two.size() - 10);
        QCOMPARE(pieces.hex(), std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    void readsTheOfficialCheckpointKeyByKey()
    {
        const EncoderWeights w = readEncoderWeights(m_tiny);
        QCOMPARE(w.format, std::string("torch"));
        QCOMPARE(w.config["encoder_layers"].get<int>(), 2);
        QCOMPARE(w.config["max_distance"].get<int>(), 80);
        const nlohmann::json state = nlohmann::json::parse(stringOf(test::readBytes(fixture("beats_tiny_state.json"))));
        QCOMPARE(w.tensors.size(), state.size());
        for (std::size_t i = 0; i < state.size(); ++i) {
            const auto &[key, tensor] = w.tensors[i];
            QCOMPARE(key, state[i]["key"].get<std::string>());
            QCOMPARE(tensor.sizes().vec(), state[i]["shape"].get<std::vector<std::int64_t>>());
            QVERIFY2(std::abs(tensor.to(torch::kDouble).sum().item<double>() - state[i]["sum"].get<double>()) < 1e-4,
                     key.c_str());
            const torch::Tensor flat = tensor.flatten();
            for (int j = 0; j < 3 && j < flat.numel(); ++j)
                QCOMPARE(flat[j].item<float>(), state[i]["first3"][std::size_t(j)].get<float>());
        }
    }

    void fbankMatchesTorchaudio()
    {
        for (auto [clip, samples, frames] : {std::tuple{"clip1", 160000, 998}, std::tuple{"clip2", 97000, 604}}) {
            const torch::Tensor wave = readF32(std::string(clip) + ".wave.f32", {1, samples});
            const torch::Tensor ours = beatsFbank(wave)[0];
            QCOMPARE(ours.size(0), std::int64_t(frames));
            const double diff = maxAbs(ours, readF32(std::string(clip) + ".fbank.f32", {frames, 128}));
            QVERIFY2(diff < 1e-4, qPrintable(QString("%1 fbank max abs %2").arg(clip).arg(diff)));
        }
    }

    void relativePositionBucketsAreTheOfficialOnes()
    {
        const torch::Tensor rel = torch::arange(-1023, 1024, torch::kLong);
        for (auto [file, buckets, distance] :
             {std::tuple{"rel_pos_bucket_tiny.i32", 32, 80}, std::tuple{"rel_pos_bucket_real.i32", 320, 800}}) {
            const std::vector<char> bytes = test::readBytes(fixture(file));
            torch::Tensor expected = torch::empty({2047}, torch::kInt32);
            std::memcpy(expected.data_ptr<int>(), bytes.data(), bytes.size());
            QVERIFY(torch::equal(relativePositionBuckets(rel, buckets, distance).to(torch::kInt32), expected));
        }
    }

    void encoderMatchesTheOfficialOutputs()
    {
        Beats beats = loadBeats(readEncoderWeights(m_tiny));
        torch::NoGradGuard noGrad;
        const torch::Tensor fbank2 = readF32("clip2.fbank.f32", {1, 604, 128});
        const auto states = beats->hiddenStates(fbank2);
        QCOMPARE(states.size(), std::size_t(3));
        const std::vector<std::pair<std::string, torch::Tensor>> checks = {
            {"clip2.pre_encoder.f32", beats->patchTokens(fbank2)[0]},
            {"clip2.layer0_in.f32", states[0][0]},
            {"clip2.layer0_out.f32", states[1][0]},
            {"clip2.encoder_out.f32", states[2][0]}};
        for (const auto &[file, ours] : checks) {
            const double diff = maxAbs(ours, readF32(file, {296, 64}));
            QVERIFY2(diff < 5e-6, qPrintable(QString("%1: max abs %2").arg(file.c_str()).arg(diff)));
        }
        const torch::Tensor fbank1 = readF32("clip1.fbank.f32", {1, 998, 128});
        QVERIFY(maxAbs(beats->forward(fbank1)[0], readF32("clip1.encoder_out.f32", {496, 64})) < 5e-6);
        QVERIFY(maxAbs(beats->patchTokens(fbank1)[0], readF32("clip1.pre_encoder.f32", {496, 64})) < 5e-6);
        // End to end from the waveform, through PretrainedEncoder.
        const auto encoder = PretrainedEncoder::open(m_tiny);
        const torch::Tensor wave = readF32("clip1.wave.f32", {160000});
        const std::vector<float> samples(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel());
        const double endToEnd = maxAbs(encoder->tokens({samples})[0], readF32("clip1.encoder_out.f32", {496, 64}));
        QVERIFY2(endToEnd < 1e-4, qPrintable(QString("end to end max abs %1").arg(endToEnd)));
        QVERIFY(maxAbs(encoder->tokens({samples, samples}, 1)[1], encoder->tokens({samples}, 1)[0]) < 1e-5); // batched as alone
    }

    void parameterCountsAreTheOfficialOnes()
    {
        const nlohmann::ordered_json index =
            nlohmann::ordered_json::parse(stringOf(test::readBytes(fixture("index.json"))));
        const BeatsConfig tiny = BeatsConfig::fromJson(index["tiny_config"]);
        QCOMPARE(tiny.parameterCount(), std::int64_t(94312));
        std::int64_t built = 0;
        for (const auto &p : Beats(tiny)->parameters())
            built += p.numel();
        QCOMPARE(built, std::int64_t(94312));
        QCOMPARE(BeatsConfig::fromJson(index["real_size_config"]["cfg"]).parameterCount(), std::int64_t(90311792));
    }

    void safetensorsGiveTheSameEmbeddings()
    {
        const std::string converted = m_dir.path().toStdString() + "/tiny.safetensors";
        writeSafetensors(converted, readEncoderWeights(m_tiny));
        const auto fromPt = PretrainedEncoder::open(m_tiny), fromSafetensors = PretrainedEncoder::open(converted);
        QCOMPARE(fromSafetensors->facts().format, std::string("safetensors"));
        const std::vector<float> wave(32000, 0.0f);
        std::vector<float> tone(wave);
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = 0.3f * std::sin(0.05f * float(i));
        QVERIFY(torch::equal(fromPt->tokens({tone}), fromSafetensors->tokens({tone})));
        QCOMPARE(fromPt->facts().sha256, sha256OfFile(m_tiny));
        // Without its config the file is refused with what to do.
        EncoderWeights noConfig = readEncoderWeights(converted);
        const std::string bare = m_dir.path().toStdString() + "/bare/weights.safetensors";
        std::filesystem::create_directories(std::filesystem::path(bare).parent_path());
        std::string bytes = stringOf(test::readBytes(converted));
        const std::string key = "\"cfg\"";
        bytes.replace(bytes.find(key), key.size(), "\"xyz\"");
        writeBytes(bare, bytes);
        QVERIFY(errorOf([&] { readEncoderWeights(bare); }).find("config.json") != std::string::npos);
        writeBytes(std::filesystem::path(bare).parent_path() / "config.json", noConfig.config.dump());
        QCOMPARE(readEncoderWeights(bare).tensors.size(), noConfig.tensors.size());
    }

    void damagedCheckpointsSayWhatIsWrong()
    {
        const std::string good = stringOf(test::readBytes(m_tiny));
        const std::string dir = m_dir.path().toStdString();
        // Truncated: the zip's directory is gone.
        writeBytes(dir + "/truncated.pt", good.substr(0, good.size() / 2));
        std::string e = errorOf([&] { readEncoderWeights(dir + "/truncated.pt"); });
        QVERIFY2(e.find(dir + "/truncated.pt") == 0 && e.find("zip") != std::string::npos, e.c_str());
        // A global a weights file never needs (same length, so the zip stays intact).
        std::string hostile = good;
        const std::string global = "collections\nOrderedDict\n";
        hostile.replace(hostile.find(global), global.size(), "posix\nsystem\nOrderedDic\n");
        writeBytes(dir + "/hostile.pt", hostile);
        e = errorOf([&] { readEncoderWeights(dir + "/hostile.pt"); });
        QVERIFY2(e.find("posix.system") != std::string::npos && e.find("refused") != std::string::npos, e.c_str());
        // The same straight from pickle bytes: protocol 0 "os.system('echo')".
        e = errorOf([] { unpickleTorchCheckpoint("cos\nsystem\n(S'echo'\ntR."); });
        QVERIFY2(e.find("os.system") != std::string::npos, e.c_str());
        QVERIFY(errorOf([] { unpickleTorchCheckpoint(std::string("\x80\x02}q\x00.", 6)); }).empty());
        QVERIFY(errorOf([] { unpickleTorchCheckpoint(std::string("\x80\x02}q\x00", 5)); }).find("truncated") != std::string::npos);
        // Not a checkpoint at all.
        writeBytes(dir + "/notes.pt", "these are notes, not weights");
        QVERIFY(errorOf([&] { readEncoderWeights(dir + "/notes.pt"); }).find("neither") != std::string::npos);
        QVERIFY(errorOf([&] { readEncoderWeights(dir + "/missing.pt"); }).find("missing.pt") != std::string::npos);
        // Missing and unexpected keys and a wrong shape are each named.
        EncoderWeights w = readEncoderWeights(m_tiny);
        w.tensors.erase(w.tensors.begin() + 2); // patch_embedding.weight
        w.tensors.emplace_back("encoder.layers.0.adapter.weight", torch::zeros({2}));
        w.tensors[0].second = torch::zeros({3, 3});
        e = errorOf([&] { loadBeats(w); });
        QVERIFY2(e.find("missing keys: patch_embedding.weight") != std::string::npos, e.c_str());
        QVERIFY2(e.find("unexpected keys: encoder.layers.0.adapter.weight") != std::string::npos, e.c_str());
        QVERIFY2(e.find("post_extract_proj.weight is [3, 3]") != std::string::npos, e.c_str());
        // A config this implementation does not run.
        EncoderWeights preLn = readEncoderWeights(m_tiny);
        preLn.config["layer_norm_first"] = true;
        QVERIFY(errorOf([&] { loadBeats(preLn); }).find("layer_norm_first") != std::string::npos);
    }

    void libraryImportsListsAndResolves()
    {
        EncoderLibrary library;
        QVERIFY(library.list().empty());
        const EncoderFacts facts = library.import(m_tiny, "tiny");
        QCOMPARE(facts.name, std::string("tiny"));
        QCOMPARE(facts.layers, 2);
        QCOMPARE(facts.dim, 64);
        QCOMPARE(facts.parameters, std::int64_t(94312));
        QCOMPARE(library.list().size(), std::size_t(1));
        QCOMPARE(library.resolve("tiny"), facts.file);
        QCOMPARE(library.resolve(m_tiny), m_tiny);
        QVERIFY(errorOf([&] { library.resolve("huge"); }).find("tiny") != std::string::npos);
        library.import(m_tiny, "tiny"); // replaces, never duplicates
        QCOMPARE(library.list().size(), std::size_t(1));
        QVERIFY(!errorOf([&] { library.import(m_dir.path().toStdString() + "/nothing.pt"); }).empty());
    }

    void domainBanksNormaliseAsDocumented()
    {
        Embeddings source, target, queries;
        for (int i = 0; i < 20; ++i)
            source.push_back({float(i % 5), float(i / 5)});
        target = {{10.0f, 10.0f}, {11.0f, 10.0f}, {10.0f, 11.5f}};
        queries = {{0.5f, 0.5f}, {10.5f, 10.2f}, {30.0f, -4.0f}};
        DomainKnnOptions o;
        o.normalise = DomainKnnOptions::Normalise::Transductive;
        // Transductive is what knnGroupScores has always computed.
        const std::vector<Domain> domains = {};
        Embeddings train = source;
        train.insert(train.end(), target.begin(), target.end());
        std::vector<Domain> d(source.size(), Domain::Source);
        d.resize(train.size(), Domain::Target);
        const auto group = knnGroupScores(train, d, queries, 1, KnnMetric::Euclidean);
        const auto viaBanks = DomainKnn(source, target, o).scoreGroup(queries);
        for (std::size_t i = 0; i < queries.size(); ++i)
            QCOMPARE(group[i], viaBanks[i]);
        // Training normalisation scores each clip on its own: the same alone as with others.
        o.normalise = DomainKnnOptions::Normalise::Training;
        const DomainKnn training(source, target, o);
        const auto together = training.scoreGroup(queries);
        for (std::size_t i = 0; i < queries.size(); ++i)
            QCOMPARE(training.score({queries[i]}).front(), together[i]);
        QVERIFY(together[2] > together[0] && together[2] > together[1]);
        QCOMPARE(training.leaveOneOutScores().size(), source.size() + target.size());
        // Memory mixup adds Ks mixes per target clip; SMOTE grows the target bank to the ratio.
        o.mixupNeighbours = 4;
        QCOMPARE(DomainKnn(source, target, o).banks()[1].size(), target.size() * 5);
        o.mixupNeighbours = 0;
        o.smoteRatio = 0.5;
        const DomainKnn smote(source, target, o);
        QCOMPARE(smote.banks()[1].size(), std::size_t(10));
        QCOMPARE(smote.clipsPerBank()[1], target.size());
        for (const auto &row : smote.banks()[1]) // interpolations stay within the target clips' box
            QVERIFY(row[0] >= 10.0f && row[0] <= 11.0f && row[1] >= 10.0f && row[1] <= 11.5f);
    }

    void loraStartsAsTheEncoderTrainsOnlyAdaptersAndMerges()
    {
        Beats beats = loadBeats(readEncoderWeights(m_tiny));
        const torch::Tensor fbank = readF32("clip2.fbank.f32", {1, 604, 128});
        torch::Tensor before;
        {
            torch::NoGradGuard noGrad;
            before = beats->forward(fbank);
        }
        beats->attachLora(LoraOptions::withTargets("all", 4, 8.0));
        QCOMPARE(beats->loraParameters().size(), std::size_t(2 * 6 * 2)); // 2 blocks x 6 layers x (A, B)
        {
            torch::NoGradGuard noGrad;
            QVERIFY(torch::equal(beats->forward(fbank), before)); // B = 0: the pretrained encoder
        }
        // Only the adapters take gradients.
        beats->forward(fbank).pow(2).sum().backward();
        for (const auto &p : beats->named_parameters()) {
            const bool lora = p.key().find("_lora.") != std::string::npos;
            QVERIFY2(p.value().requires_grad() == lora, p.key().c_str());
            QVERIFY2(p.value().grad().defined() == lora, p.key().c_str());
        }
        // As if trained: merged, it embeds as it did unmerged, without adapters.
        {
            torch::NoGradGuard noGrad;
            for (auto &[name, p] : beats->loraParameters())
                if (name.back() == 'B')
                    p.normal_(0.0, 0.05);
            const torch::Tensor unmerged = beats->forward(fbank);
            QVERIFY(maxAbs(unmerged, before) > 1e-3);
            beats->mergeLora();
            QVERIFY(beats->loraParameters().empty());
            QVERIFY2(maxAbs(beats->forward(fbank), unmerged) < 1e-5, qPrintable(QString::number(maxAbs(beats->forward(fbank), unmerged))));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LoraOptions::withTargets("convolutions", 4, 8.0));
    }

    void groupAdapterRoutesEachMachineTypeToItsOwnParameters()
    {
        torch::manual_seed(0);
        GroupAdapter adapter(6, 3, 4);
        const torch::Tensor x = torch::randn({5, 6});
        QVERIFY(torch::equal(adapter(x, torch::full({5}, 1, torch::kLong)), x)); // starts as the identity
        adapter(x, torch::full({5}, 1, torch::kLong)).pow(2).sum().backward();
        const torch::Tensor upGrad = adapter->up.grad();
        QVERIFY(upGrad[1].abs().sum().item<double>() > 0);
        QCOMPARE(upGrad[0].abs().sum().item<double>(), 0.0);
        QCOMPARE(upGrad[2].abs().sum().item<double>(), 0.0);
    }

    void codebookAssignsEveryClipWithoutCollapsing()
    {
        // Four hidden attributes: well-separated clusters in 8 dimensions.
        torch::manual_seed(0);
        const torch::Tensor centres = torch::eye(8).narrow(0, 0, 4) * 4.0;
        const torch::Tensor labels = torch::arange(400) % 4;
        const torch::Tensor x = centres.index_select(0, labels) + 0.1 * torch::randn({400, 8});
        Codebook codebook(6, 8, 0.9, 5, 0);
        for (int step = 0; step < 100; ++step) {
            const torch::Tensor batch = x.index_select(0, torch::randint(400, {32}, torch::kLong));
            codebook.update(batch, codebook.assign(batch));
        }
        const torch::Tensor codes = codebook.assign(x);
        QCOMPARE(codes.size(0), std::int64_t(400));
        QVERIFY(codes.min().item<std::int64_t>() >= 0 && codes.max().item<std::int64_t>() < 6);
        // Every cluster gets a code of its own.
        std::set<std::int64_t> used;
        for (int cluster = 0; cluster < 4; ++cluster) {
            const torch::Tensor own = codes.index({labels == cluster});
            used.insert(std::get<0>(torch::mode(own)).item<std::int64_t>());
        }
        QCOMPARE(used.size(), std::size_t(4));
        QVERIFY(codebook.commitmentLoss(x, codes).item<double>() < 0.25 * 0.2);
    }

    void dualLevelContrastiveLossIsFlatForASeparatedBatch()
    {
        // Four sections of two clips, each section one pseudo-attribute and its own axis: at
        // both levels nothing is left to pull together or push apart.
        torch::Tensor z = torch::eye(4).repeat_interleave(2, 0).requires_grad_(true);
        const torch::Tensor coarse = torch::div(torch::arange(8), 2, "floor"), fine = coarse * 8 + 3;
        dualLevelContrastiveLoss(z, coarse, fine, 0.05).backward();
        QVERIFY2(z.grad().abs().max().item<double>() < 1e-6, qPrintable(QString::number(z.grad().abs().max().item<double>())));
        // Two sections of two attributes each on four axes: the section level pulls a section's
        // attributes together, so there is a gradient (the two levels pull against each other).
        torch::Tensor mixed = torch::eye(4).repeat_interleave(2, 0).requires_grad_(true);
        dualLevelContrastiveLoss(mixed, torch::div(torch::arange(8), 4, "floor"), coarse, 0.05).backward();
        QVERIFY2(mixed.grad().abs().max().item<double>() > 1e-3, qPrintable(QString::number(mixed.grad().abs().max().item<double>())));
    }

    void adaptedEncoderDetectorFitsSavesAndScores()
    {
        const DatasetIndex index = synthetic("synth-adapt", test::tinySynth(2, 1, 6, 2, 1.0));
        const std::vector<const Clip *> normals = trainingClips(index);
        auto detector = makeDetector("encoder-lora",
                                     parseDetectorOptions("encoder=tiny epochs=3 batch=4 seconds=0.5 lr=0.001 lora-rank=2"));
        std::vector<double> reported, validation;
        std::vector<std::size_t> groupsScored;
        FitContext ctx;
        for (const auto &c : index.clips)
            if (c.split == Split::Test)
                ctx.monitor.push_back(&c);
        ctx.epoch = [&](int, int, double loss, double validationLoss, const EvaluationSummary &metrics) {
            reported.push_back(loss);
            validation.push_back(validationLoss);
            groupsScored.push_back(metrics.groups.size());
        };
        detector->fit(normals, ctx);
        QCOMPARE(reported.size(), std::size_t(3));
        QVERIFY(std::isfinite(validation.back()));
        // Each epoch's test metrics: every group of the two machine types, with its domains.
        for (std::size_t g : groupsScored)
            QVERIFY2(g >= 2, qPrintable(QString::number(g)));
        QVERIFY(detector->describe().find("adapted (LoRA r = 2") != std::string::npos);
        const std::string file = m_dir.path().toStdString() + "/adapted.asd";
        detector->save(file);
        const auto loaded = loadDetector(file);
        QCOMPARE(loaded->family(), std::string("encoder-lora"));
        for (const auto &c : index.clips)
            if (c.split == Split::Test) {
                const double a = detector->analyse(c).score, b = loaded->analyse(c).score;
                QVERIFY2(std::abs(a - b) < 1e-4 * std::max(1.0, std::abs(a)), qPrintable(QString("%1 vs %2").arg(a).arg(b)));
            }
    }

    void frozenEncoderDetectorSeparatesSyntheticFaults()
    {
        const DatasetIndex index = synthetic("synth", test::tinySynth(1, 2, 6, 4, 2.0));
        const std::vector<const Clip *> normals = trainingClips(index);
        auto detector = makeDetector("encoder-knn", parseDetectorOptions("encoder=tiny layer=1"));
        detector->fit(normals, {});
        std::map<std::string, std::pair<std::vector<double>, std::vector<int>>> byGroup;
        std::map<std::string, std::vector<ClipAnalysis>> analyses;
        for (const auto &c : index.clips)
            if (c.split == Split::Test) {
                ClipAnalysis a = detector->analyse(c);
                QVERIFY(a.curve && !a.curve->scores.empty());
                QCOMPARE(a.curve->secondsPerFrame, 0.16);
                byGroup[detectorGroup(c)].first.push_back(a.score);
                byGroup[detectorGroup(c)].second.push_back(c.label == Label::Anomaly);
                analyses[detectorGroup(c)].push_back(std::move(a));
            }
        double meanAuc = 0;
        for (const auto &[group, sl] : byGroup)
            meanAuc += rocAuc(sl.first, sl.second) / byGroup.size();
        // Random weights, no training: deterministic features of the spectrum; the faults are
        // loud enough that any reasonable embedding ranks most anomalies above the normals.
        QVERIFY2(meanAuc > 0.7, qPrintable(QString("mean AUC %1").arg(meanAuc)));
        // Saved and read back, it scores the same.
        const std::string file = m_dir.path().toStdString() + "/detector.asd";
        detector->save(file);
        const auto loaded = loadDetector(file);
        const Clip *first = nullptr;
        for (const auto &c : index.clips)
            if (c.split == Split::Test && !first)
                first = &c;
        QCOMPARE(loaded->analyse(*first).score, detector->analyse(*first).score);
        QCOMPARE(loaded->trainingScores(detectorGroup(*first)), detector->trainingScores(detectorGroup(*first)));
        // Transductive scores come from the group together.
        auto transductive = makeDetector("encoder-knn", parseDetectorOptions("encoder=tiny normalise=transductive"));
        transductive->fit(normals, {});
        std::vector<const ClipAnalysis *> pointers;
        for (const auto &a : analyses.begin()->second)
            pointers.push_back(&a);
        QCOMPARE(transductive->groupScores(analyses.begin()->first, pointers).size(), pointers.size());
        // A detector whose encoder file changed is refused, naming the encoder.
        const std::string copy = m_dir.path().toStdString() + "/copy.pt";
        std::filesystem::copy_file(m_tiny, copy);
        auto onCopy = makeDetector("encoder-knn", parseDetectorOptions("encoder=" + copy));
        onCopy->fit(normals, {});
        onCopy->save(file);
        std::string bytes = stringOf(test::readBytes(copy));
        bytes[bytes.size() / 2] ^= 1; // one weight's low bit: still a valid checkpoint
        writeBytes(copy, bytes);
        QVERIFY(PretrainedEncoder::open(copy));
        const std::string e = errorOf([&] { loadDetector(file); });
        QVERIFY2(e.find("SHA-256") != std::string::npos && e.find("copy.pt") != std::string::npos, e.c_str());
    }
};

QTEST_GUILESS_MAIN(TestEncoders)
#include "tst_encoders.moc"
