// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/Checkpoint.h"

#include "train/ScriptArchiveCheck.h"
#include "util/JsonRange.h"

#include "util/AtomicFile.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace asd {
namespace {
constexpr int kFormatVersion = 1;

nlohmann::json configJson(const TrainConfig &c)
{
    return {{"data", c.dataDir}, {"method", toString(c.method)}, {"input", toString(c.input)},
            {"feature_preset", c.featurePreset}, {"epochs", c.epochs}, {"batch", c.batchSize},
            {"lr", c.learningRate}, {"lr_min", c.minLearningRate}, {"weight_decay", c.weightDecay},
            {"margin", c.effectiveMargin()}, {"scale", c.scale}, {"mixup_alpha", c.mixupAlpha},
            {"supcon_tau", c.supconTemperature}, {"supcon_tau_base", c.supconBaseTemperature},
            {"fph_reduction", c.fphReduction}, {"fph_leaky_relu", c.fphLeakyRelu}, {"ema_decay", c.emaDecay},
            {"ema_warmup", c.emaWarmup}, {"validation_fraction", c.validationFraction},
            {"clip_seconds", c.clipSeconds}, {"seed", c.seed}, {"device", c.device}, {"teacher", c.teacher},
            {"noises", c.noises}, {"snr_min_db", c.snrMinDb}, {"snr_max_db", c.snrMaxDb},
            {"align_lambda", c.alignLambda}, {"align_machine_only", c.alignToMachineOnly},
            {"align_weight", c.alignWeight},
            {"augment_with_noise", c.augmentWithNoise}};
}

TrainConfig configFromJson(const nlohmann::json &j)
{
    TrainConfig c;
    c.dataDir = j.at("data");
    c.method = methodFromString(j.at("method"));
    c.input = inputVariantFromString(j.at("input"));
    c.featurePreset = j.at("feature_preset");
    c.epochs = j.at("epochs");
    c.batchSize = j.at("batch");
    c.learningRate = j.at("lr");
    c.minLearningRate = j.at("lr_min");
    c.weightDecay = j.at("weight_decay");
    c.margin = j.at("margin");
    c.scale = j.at("scale");
    c.mixupAlpha = j.at("mixup_alpha");
    c.supconTemperature = j.at("supcon_tau");
    c.supconBaseTemperature = j.at("supcon_tau_base");
    c.fphReduction = j.at("fph_reduction");
    c.fphLeakyRelu = j.at("fph_leaky_relu");
    c.emaDecay = j.at("ema_decay");
    c.emaWarmup = j.at("ema_warmup");
    c.validationFraction = j.at("validation_fraction");
    c.clipSeconds = j.at("clip_seconds");
    c.seed = j.at("seed");
    c.device = j.at("device");
    c.teacher = j.value("teacher", c.teacher);
    c.noises = j.value("noises", c.noises);
    c.snrMinDb = j.value("snr_min_db", c.snrMinDb);
    c.snrMaxDb = j.value("snr_max_db", c.snrMaxDb);
    c.alignLambda = j.value("align_lambda", c.alignLambda);
    c.alignToMachineOnly = j.value("align_machine_only", c.alignToMachineOnly);
    c.alignWeight = j.value("align_weight", c.alignWeight);
    c.augmentWithNoise = j.value("augment_with_noise", c.augmentWithNoise);
    return c;
}

// The first non-empty line of an exception's message: LibTorch's TorchScript importer adds the
// offending source lines and a caret under them, which read as noise in a dialog.
std::string firstLine(const std::string &text)
{
    const std::size_t start = text.find_first_not_of("\n ");
    if (start == std::string::npos)
        return text;
    std::string line = text.substr(start, text.find('\n', start) - start);
    if (!line.empty() && line.back() == ':') // "Unknown type name 'X':" introduces the source lines
        line.pop_back();
    return line;
}

// A tensor's shape and element type, as messages print them: "[64, 1, 3, 3] Float".
std::string shapeText(torch::IntArrayRef sizes, torch::ScalarType type)
{
    std::string s = "[";
    for (std::size_t i = 0; i < sizes.size(); ++i)
        s += (i ? ", " : "") + std::to_string(sizes[i]);
    return s + "] " + c10::toString(type);
}

// LibTorch's Module::load puts each stored tensor in place of the parameter (Tensor::set_),
// whatever its shape or type: a damaged or hostile file would otherwise give a network whose
// layers disagree with the metadata it was built from, failing later or scoring wrongly.
void loadWeights(torch::nn::Module &module, torch::serialize::InputArchive &archive, const std::string &what)
{
    std::map<std::string, std::pair<std::vector<std::int64_t>, torch::ScalarType>> built;
    const auto tensors = [&module] {
        auto all = module.named_parameters();
        for (const auto &b : module.named_buffers())
            all.insert(b.key(), b.value());
        return all;
    };
    for (const auto &t : tensors())
        built[t.key()] = {t.value().sizes().vec(), t.value().scalar_type()};
    module.load(archive);
    for (const auto &t : tensors()) {
        const auto &[sizes, type] = built.at(t.key());
        if (t.value().sizes() != torch::IntArrayRef(sizes) || t.value().scalar_type() != type)
            throw std::runtime_error(what + ": " + t.key() + " is " +
                                     shapeText(t.value().sizes(), t.value().scalar_type()) + " where the network has " +
                                     shapeText(sizes, type));
    }
}

} // namespace

nlohmann::json ModelMeta::toJson() const
{
    return {{"format", kFormatVersion},
            {"producer", "asd-workbench, LibTorch " + std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR)},
            {"config", configJson(config)},
            {"net", {{"input", toString(net.input)}, {"classes", net.classes}, {"mels", net.mels},
                     {"frames", net.frames}, {"fph", net.perturbationHead}, {"fph_reduction", net.fphReduction},
                     {"fph_leaky_relu", net.fphLeakyRelu}, {"margin", net.margin}, {"scale", net.scale}}},
            {"features", features.toJson()},
            {"classes", classKeys},
            {"samples", samples},
            {"epoch", epoch},
            {"best_validation_loss", bestValidationLoss},
            {"best_epoch", bestEpoch},
            {"ema_steps", emaSteps},
            {"history", history},
            {"decision_thresholds", decisionThresholds},
            {"training_clips", trainingClips}};
}

ModelMeta ModelMeta::fromJson(const nlohmann::json &j)
{
    if (j.at("format").get<int>() > kFormatVersion)
        throw std::runtime_error("made by a newer ASD Workbench (format " + j.at("format").dump() + ")");
    ModelMeta m;
    m.config = configFromJson(j.at("config"));
    const auto &n = j.at("net");
    m.net.input = inputVariantFromString(n.at("input"));
    m.net.classes = numberInRange(n, "classes", 1, 100000);
    m.net.mels = numberInRange(n, "mels", 1, 1024);
    m.net.frames = numberInRange(n, "frames", 1, 100000);
    m.net.perturbationHead = n.at("fph");
    m.net.fphReduction = numberInRange(n, "fph_reduction", 1, 4096);
    m.net.fphLeakyRelu = n.at("fph_leaky_relu");
    m.net.margin = n.at("margin");
    m.net.scale = n.at("scale");
    m.features = FeatureConfig::fromJson(j.at("features"));
    m.classKeys = j.at("classes").get<std::vector<std::string>>();
    m.samples = numberInRange<std::size_t>(j, "samples", 1, std::size_t(384000) * 3600);
    m.epoch = j.at("epoch");
    m.bestValidationLoss = j.at("best_validation_loss");
    m.bestEpoch = j.at("best_epoch");
    m.emaSteps = j.at("ema_steps");
    m.history = j.at("history");
    if (j.contains("decision_thresholds"))
        m.decisionThresholds = j.at("decision_thresholds").get<std::map<std::string, double>>();
    if (j.contains("training_clips")) {
        m.trainingClips = j.at("training_clips");
        if (!m.trainingClips.is_array())
            throw std::runtime_error("training_clips is not a list");
        for (const auto &c : m.trainingClips)
            if (!c.is_object() || !c.contains("path") || !c.at("path").is_string() || !c.contains("group") ||
                !c.at("group").is_string())
                throw std::runtime_error("a training_clips entry lacks its path or group");
    }
    return m;
}

std::string networkCheckpointIn(const std::string &runOrFile)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(runOrFile, ec))
        return runOrFile;
    const fs::path detector = fs::path(runOrFile) / "detector.asd";
    return (fs::exists(detector, ec) ? detector : fs::path(runOrFile) / "best.pt").string();
}

void saveCheckpoint(const std::string &path, const ModelMeta &meta, AsdNet &model, AsdNet *ema,
                    torch::optim::Optimizer *optimizer)
{
    torch::serialize::OutputArchive archive;
    archive.write("meta", torch::IValue(meta.toJson().dump()));
    torch::serialize::OutputArchive modelArchive;
    model->save(modelArchive);
    archive.write("model", modelArchive);
    if (ema && *ema) {
        torch::serialize::OutputArchive emaArchive;
        (*ema)->save(emaArchive);
        archive.write("ema", emaArchive);
    }
    if (optimizer) {
        torch::serialize::OutputArchive optArchive;
        optimizer->save(optArchive);
        archive.write("optimizer", optArchive);
    }
    // Into memory first: when LibTorch's file writer fails (a full disk), its destructor
    // throws again while the first exception unwinds, and the process is terminated.
    std::ostringstream bytes;
    archive.save_to(bytes);
    const std::string data = bytes.str();
    writeAtomically(path, [&](const std::string &tmp) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(data.data(), std::streamsize(data.size()));
        out.flush();
        if (!out)
            throw std::runtime_error("the stream failed");
    });
}

LoadedCheckpoint loadCheckpoint(const std::string &path, torch::Device device)
{
    if (!std::filesystem::exists(path))
        throw std::runtime_error(path + ": checkpoint not found");
    checkScriptArchiveDeclaresOnly(FileBytes(path), path); // before LibTorch compiles anything in it
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path, torch::kCPU);
        torch::IValue metaValue;
        archive.read("meta", metaValue);
        LoadedCheckpoint c;
        c.meta = ModelMeta::fromJson(nlohmann::json::parse(metaValue.toStringRef()));
        c.model = AsdNet(c.meta.net);
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        loadWeights(*c.model, modelArchive, "model");
        c.model->to(device);
        torch::serialize::InputArchive emaArchive;
        if (archive.try_read("ema", emaArchive)) {
            c.ema = AsdNet(c.meta.net);
            loadWeights(*c.ema, emaArchive, "ema");
            c.ema->to(device);
        }
        return c;
    } catch (const c10::Error &e) {
        throw std::runtime_error(path + ": not a readable ASD Workbench checkpoint (" + e.what_without_backtrace() + ")");
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(path + ": checkpoint metadata is damaged (" + std::string(e.what()) + ")");
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(path + ": checkpoint metadata is damaged (" + std::string(e.what()) + ")");
    } catch (const std::exception &e) {
        // The weights' check; and LibTorch's TorchScript importer, which throws
        // torch::jit::ErrorReport, not a c10::Error, when a code file names a type the archive
        // does not declare (found by fuzz_network_checkpoint).
        throw std::runtime_error(path + ": not a readable ASD Workbench checkpoint (" + firstLine(e.what()) + ")");
    }
}

void loadOptimizerState(const std::string &path, torch::optim::Optimizer &optimizer)
{
    checkScriptArchiveDeclaresOnly(FileBytes(path), path);
    try {
        torch::serialize::InputArchive archive, optArchive;
        archive.load_from(path, torch::kCPU);
        archive.read("optimizer", optArchive);
        optimizer.load(optArchive);
    } catch (const c10::Error &e) {
        throw std::runtime_error(path + ": optimizer state cannot be restored (" + e.what_without_backtrace() + ")");
    } catch (const std::exception &e) { // torch::jit::ErrorReport, as in loadCheckpoint
        throw std::runtime_error(path + ": optimizer state cannot be restored (" + firstLine(e.what()) + ")");
    }
}

AsdNet scoringModel(LoadedCheckpoint &c) { return c.ema ? c.ema : c.model; }

} // namespace asd
