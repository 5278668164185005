// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/autoencoder/AutoencoderDetector.h"

#include "backends/FaultDirection.h"
#include "detectors/ClipFeatures.h"
#include "detectors/DetectorFile.h"
#include "detectors/autoencoder/DcaseAutoencoder.h"
#include "util/CpuThreads.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace asd {

namespace {

constexpr int kMels = 128;
constexpr int kInput = kMels * AutoencoderDetector::kFrames;

// Vector i = [L[:, i], L[:, i+1], …, L[:, i+4]] (frame-major), i = 0 … T−5 (§1.1).
torch::Tensor stackedFrames(const FeatureMatrix &m)
{
    const int n = m.cols - AutoencoderDetector::kFrames + 1;
    if (m.rows != kMels)
        throw std::runtime_error("the autoencoder needs 128 mel bands");
    if (n < 1)
        throw std::runtime_error("shorter than the 5 frames of one vector");
    auto out = torch::empty({n, kInput});
    float *p = out.data_ptr<float>();
    for (int i = 0; i < n; ++i)
        for (int f = 0; f < AutoencoderDetector::kFrames; ++f)
            for (int b = 0; b < kMels; ++b)
                *p++ = m.at(b, i + f);
    return out;
}

// One flat tensor holding every parameter, each parameter (and its gradient) becoming a view
// of it, so that an optimiser steps them all at once; the flat tensor's gradient holds theirs.
torch::Tensor flattenParameters(const std::vector<torch::Tensor> &parameters)
{
    torch::NoGradGuard noGrad;
    std::int64_t total = 0;
    for (const auto &p : parameters)
        total += p.numel();
    auto flat = torch::empty({total});
    flat.mutable_grad() = torch::zeros({total});
    std::int64_t offset = 0;
    for (auto p : parameters) {
        const std::int64_t n = p.numel();
        flat.narrow(0, offset, n).copy_(p.reshape({-1}));
        p.set_data(flat.narrow(0, offset, n).view(p.sizes()));
        p.mutable_grad() = flat.grad().narrow(0, offset, n).view(p.sizes());
        offset += n;
    }
    return flat;
}

} // namespace

struct AutoencoderDetector::Group {
    DcaseAutoencoder net;
    // Inverse covariances of the 128-d frame residuals, source and target (§1.6).
    torch::Tensor precisionSource, precisionTarget;
    std::vector<double> trainingScores;
    // The known anomalies' pull, on where in frequency the network fails to reconstruct a clip
    // (each band's worst squared error): a fault shows there, not in the bottleneck, which
    // holds the normal sound.
    FaultDirection faults;
    mutable std::mutex mutex; // BatchNorm in eval mode reads only, but one forward at a time keeps memory low
};

AutoencoderDetector::AutoencoderDetector(Options options)
    : m_options(options), m_logMel(featurePreset("dcase-baseline"))
{
}

AutoencoderDetector::~AutoencoderDetector() = default;

const DetectorFamily &AutoencoderDetector::description()
{
    using K = DetectorOption::Kind;
    static const DetectorFamily family{
        "dcase-ae", "DCASE autoencoder baseline",
        "the DCASE 2020-2024 Task 2 baseline: a dense autoencoder on 5 stacked log-mel frames per ID or section, "
        "reconstruction error (MSE) or selective Mahalanobis; the figure papers compare against",
        withNoisyCopyOptions({{"epochs", K::Whole, "100", "passes over the normal clips (first-shot-methods §1.4: 100)", 1, 100000},
                              {"batch", K::Whole, "256", "vectors per step (the baseline's 256)", 2, 1000000},
                              {"lr", K::Number, "0.001", "Adam's learning rate", 1e-9, 10},
                              {"seed", K::Whole, "13711", "the baseline's seed", 0},
                              {"score", K::Choice, "mse", "reconstruction error, or selective Mahalanobis", -HUGE_VAL,
                               HUGE_VAL, {"mse", "mahala"}}})};
    return family;
}

AutoencoderDetector::Options AutoencoderDetector::parseOptions(const std::map<std::string, std::string> &given, bool saved)
{
    const auto options = description().resolve(given);
    Options o;
    o.epochs = int(wholeSetting(options, "epochs"));
    o.batch = int(wholeSetting(options, "batch"));
    o.learningRate = numberSetting(options, "lr");
    o.seed = std::uint64_t(wholeSetting(options, "seed"));
    o.score = textSetting(options, "score") == "mse" ? Score::Mse : Score::Mahalanobis;
    o.noisy = noisyCopiesOf(options, 1, !saved); // band statistics' copies (seed 1)
    return o;
}

std::string AutoencoderDetector::describe() const
{
    return std::string("DCASE autoencoder baseline (") + (m_options.score == Score::Mse ? "MSE" : "selective Mahalanobis") +
           ", " + std::to_string(m_options.epochs) + " epochs" + noisyCopyDescription(m_options.noisy) + "), " + std::to_string(m_groups.size()) +
           (m_groups.size() == 1 ? " group" : " groups");
}

std::map<std::string, std::string> AutoencoderDetector::options() const
{
    std::map<std::string, std::string> o{{"epochs", std::to_string(m_options.epochs)},
                                         {"batch", std::to_string(m_options.batch)},
                                         {"lr", optionText(m_options.learningRate)},
                                         {"seed", std::to_string(m_options.seed)},
                                         {"score", m_options.score == Score::Mse ? "mse" : "mahala"}};
    addNoisyCopyOptions(m_options.noisy, o);
    return o;
}

std::int64_t AutoencoderDetector::parameterCount()
{
    std::int64_t n = 0;
    for (const auto &p : DcaseAutoencoder()->parameters())
        n += p.numel();
    return n;
}

const AutoencoderDetector::Group &AutoencoderDetector::group(const std::string &name) const
{
    return *fittedGroup(m_groups, name);
}

namespace {

// The clip's figures from its vectors: per-vector MSE, and the mean 128-d frame residual
// m̄ (§1.7: the code's score reduces to m̄ᵀ Σ⁻¹ m̄).
struct Reconstruction {
    torch::Tensor squared;      // [n, 640]: each vector's squared errors
    torch::Tensor perVector;    // [n]
    torch::Tensor meanResidual; // [128]
    torch::Tensor bottleneck;   // [8], mean over vectors
};

Reconstruction reconstruct(DcaseAutoencoder &net, const torch::Tensor &x)
{
    torch::NoGradGuard noGrad;
    const auto z = net->encoder->forward(x);
    const auto residual = net->decoder->forward(z) - x;
    const auto squared = residual.pow(2);
    return {squared, squared.mean(1), residual.reshape({-1, kMels}).mean(0), z.mean(0)};
}

// Each band's largest squared error over the vectors [128]: where in frequency the clip is
// reconstructed worst, what the known faults are learnt on (asked for only where there are any).
torch::Tensor bandWorst(const Reconstruction &r)
{
    torch::NoGradGuard noGrad;
    return std::get<0>(r.squared.reshape({r.squared.size(0), AutoencoderDetector::kFrames, kMels}).mean(1).max(0));
}

double mahalanobis(const torch::Tensor &m, const torch::Tensor &precision)
{
    return m.dot(precision.mv(m)).item<double>();
}

std::vector<float> toFloats(const torch::Tensor &t)
{
    const auto c = t.detach().to(torch::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

ClipAnalysis AutoencoderDetector::analyse(const Clip &clip) const
{
    const Group &g = group(detectorGroup(clip));
    const FeatureMatrix m = wholeClipLogMel(m_logMel, clip.path);
    Reconstruction r;
    {
        std::lock_guard<std::mutex> lock(g.mutex);
        r = reconstruct(const_cast<DcaseAutoencoder &>(g.net), stackedFrames(m));
    }
    ClipAnalysis a;
    a.score = m_options.score == Score::Mse ? r.perVector.mean().item<double>()
                                            : std::min(mahalanobis(r.meanResidual, g.precisionSource),
                                                       mahalanobis(r.meanResidual, g.precisionTarget));
    if (!g.faults.empty()) // with known faults, their pull
        a.score = g.faults.adjust(a.score, toFloats(bandWorst(r)));
    a.embedding = toFloats(r.bottleneck);
    // Vector i covers frames i … i+4: its error is placed at frame i+2, the ends replicated.
    const auto e = r.perVector.contiguous();
    const int n = int(e.numel());
    FrameCurve curve;
    curve.secondsPerFrame = double(m_logMel.config().stft.hop) / m_logMel.config().sampleRate;
    for (int f = 0; f < m.cols; ++f)
        curve.scores.push_back(e.data_ptr<float>()[std::clamp(f - kFrames / 2, 0, n - 1)]);
    a.curve.emplace(std::move(curve));
    return a;
}

std::vector<double> AutoencoderDetector::trainingScores(const std::string &name) const
{
    return group(name).trainingScores;
}

void AutoencoderDetector::fit(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    struct Example {
        std::vector<torch::Tensor> vectors; // the clip's, then each noisy copy's
        bool target = false;
    };
    StageClock clock(ctx);
    const NoisyCopies copies = hearScoredClips(m_options.noisy, normals, ctx, m_logMel.config().sampleRate);
    if (copies.hears())
        clock.lap("hearing the background of the clips to score");
    auto examples = extractByGroup<Example>(normals, ctx, [&](const Clip &c) {
        Example e{{}, c.domain == Domain::Target};
        for (const FeatureMatrix &m : wholeClipLogMels(m_logMel, c, copies))
            e.vectors.push_back(stackedFrames(m));
        return e;
    });
    if (ctx.cancel && *ctx.cancel)
        return;
    // The faults the user has heard, as vectors of their group.
    std::map<std::string, std::vector<torch::Tensor>> faultVectors;
    for (const Clip *c : ctx.knownAnomalies) {
        if (!examples.count(detectorGroup(*c)))
            continue;
        try {
            faultVectors[detectorGroup(*c)].push_back(stackedFrames(wholeClipLogMel(m_logMel, c->path)));
        } catch (const std::exception &e) {
            if (ctx.warn)
                ctx.warn("skipped known anomaly " + c->relativePath + ": " + e.what());
        }
    }
    clock.lap("decoding and log-mel");
    // One network per group, trained side by side on one thread each: its matrix products
    // (256 × 640 and smaller) gain nothing from a second thread, and OpenMP's threads cost more
    // in spinning than they give (CpuThreads.h). A single group gets OpenBLAS's threads.
    std::vector<std::pair<std::string, std::shared_ptr<Group>>> groups;
    std::vector<at::Generator> batchOrder;
    torch::manual_seed(m_options.seed);
    for (const auto &entry : examples) {
        groups.emplace_back(entry.first, std::make_shared<Group>());
        // Each group's batch order from the seeded stream as it stands after its network was
        // made: one group trains exactly as when groups took turns.
        batchOrder.push_back(at::detail::getDefaultCPUGenerator().clone());
    }
    const int workers = std::min(cpuThreads(ctx.threads), int(groups.size()));
    setCpuThreads(1, workers > 1 ? 1 : ctx.threads);
    m_groups.clear();
    const std::size_t totalEpochs = std::size_t(m_options.epochs) * examples.size();
    std::atomic<std::size_t> epochsDone{0};
    const auto caller = std::this_thread::get_id();
    std::mutex done;
    parallelFor(groups.size(), workers, [&](std::size_t index) {
        // Progress and group lines from the calling thread only, as every job reports.
        const bool reports = std::this_thread::get_id() == caller;
        if (!reports)
            setCpuThreads(1, 1); // OpenMP's thread count is each thread's own
        const auto &[name, g] = groups[index];
        const auto &clips = examples.at(name);
        if (reports)
            ctx.startGroup(name, index, groups.size());
        std::vector<torch::Tensor> parts;
        for (const auto &e : clips)
            parts.insert(parts.end(), e.vectors.begin(), e.vectors.end());
        const auto x = torch::cat(parts);
        // Adam on one flat tensor that every parameter and its gradient are views of: the same
        // arithmetic element by element as Adam on the 38 tensors, in 7 operations a step
        // instead of 266, which on 2 cores took a fifth of the training's time.
        const auto flat = flattenParameters(g->net->parameters());
        torch::optim::Adam adam({flat}, torch::optim::AdamOptions(m_options.learningRate));
        g->net->train();
        for (int epoch = 0; epoch < m_options.epochs; ++epoch) {
            const auto order = torch::randperm(x.size(0), batchOrder[index], torch::kLong);
            for (std::int64_t start = 0; start < x.size(0); start += m_options.batch) {
                if (ctx.cancel && *ctx.cancel)
                    return;
                const auto idx = order.slice(0, start, std::min<std::int64_t>(x.size(0), start + m_options.batch));
                if (idx.size(0) <= 1) // BatchNorm needs two rows (§1.4)
                    continue;
                const auto batch = x.index_select(0, idx);
                flat.mutable_grad().zero_();
                const auto loss = torch::mse_loss(g->net->forward(batch), batch);
                loss.backward();
                adam.step();
            }
            const std::size_t epochs = ++epochsDone;
            if (reports && ctx.progress)
                ctx.progress(epochs, totalEpochs);
        }
        g->net->eval();
        // Covariances of the training frame residuals per domain (§1.6), centred on their
        // mean; a domain without clips uses the other's. The pseudo-inverse keeps a
        // rank-deficient covariance (few clips) usable where the reference's inverse fails.
        {
            torch::NoGradGuard noGrad;
            std::vector<torch::Tensor> source, target;
            for (const auto &e : clips)
                for (const auto &v : e.vectors) // the copies' residuals too: noise is part of what is normal
                    (e.target ? target : source).push_back((g->net->forward(v) - v).reshape({-1, kMels}));
            auto precision = [](const std::vector<torch::Tensor> &rows) {
                const auto r = torch::cat(rows);
                const auto c = r - r.mean(0, true);
                return torch::linalg::pinv(c.t().mm(c) / double(std::max<std::int64_t>(1, r.size(0) - 1)));
            };
            g->precisionSource = precision(source.empty() ? target : source);
            g->precisionTarget = target.empty() ? g->precisionSource : precision(target);
        }
        // Each clip's score, then its copies' (normal too, as in band statistics); with known
        // faults, where in frequency each clip is reconstructed worst.
        Embeddings normalBands;
        for (const auto &e : clips) {
            for (const auto &v : e.vectors) {
                const Reconstruction r = reconstruct(g->net, v);
                if (faultVectors.count(name) && &v == &e.vectors[0])
                    normalBands.push_back(toFloats(bandWorst(r)));
                const double s = m_options.score == Score::Mse ? r.perVector.mean().item<double>()
                                                               : std::min(mahalanobis(r.meanResidual, g->precisionSource),
                                                                          mahalanobis(r.meanResidual, g->precisionTarget));
                g->trainingScores.push_back(double(float(s))); // float, as the file keeps it
            }
        }
        if (faultVectors.count(name)) {
            Embeddings faultBands;
            for (const auto &v : faultVectors.at(name))
                faultBands.push_back(toFloats(bandWorst(reconstruct(g->net, v))));
            g->faults = FaultDirection(normalBands, faultBands, g->trainingScores);
        }
        std::lock_guard<std::mutex> lock(done);
        m_groups.emplace(name, g);
    }, {}, ctx.cancel);
    if (ctx.cancel && *ctx.cancel) {
        m_groups.clear();
        return;
    }
    if (ctx.progress) // the other threads' last epochs
        ctx.progress(totalEpochs, totalEpochs);
    clock.lap("training, covariances and training scores");
    if (m_groups.empty())
        throw std::runtime_error("no normal training clip could be read, so nothing was fitted");
}

namespace {

// The network's parameters and floating-point buffers (BatchNorm's running statistics), in
// registration order: what a saved detector holds.
std::vector<torch::Tensor> savedTensors(DcaseAutoencoder &net)
{
    std::vector<torch::Tensor> out;
    for (const auto &p : net->named_parameters())
        out.push_back(p.value());
    for (const auto &b : net->named_buffers())
        if (b.value().is_floating_point())
            out.push_back(b.value());
    return out;
}

} // namespace

DetectorFile AutoencoderDetector::toFile() const
{
    DetectorFile file = newDetectorFile(family(), options());
    nlohmann::json groups = nlohmann::json::array();
    for (const auto &[name, g] : m_groups) {
        const auto tensors = savedTensors(g->net);
        for (const auto &t : tensors)
            file.arrays.push_back(toFloats(t));
        file.arrays.push_back(toFloats(g->precisionSource));
        file.arrays.push_back(toFloats(g->precisionTarget));
        file.arrays.emplace_back(g->trainingScores.begin(), g->trainingScores.end());
        nlohmann::json entry{{"name", name}, {"tensors", tensors.size()}};
        if (!g->faults.empty()) { // files without known faults are as before
            file.arrays.push_back(g->faults.saved());
            entry["known-faults"] = true;
        }
        groups.push_back(entry);
    }
    file.header["groups"] = groups;
    return file;
}

std::unique_ptr<AutoencoderDetector> AutoencoderDetector::fromFile(const DetectorFile &file)
{
    const nlohmann::json &h = file.header;
    auto bad = [](const std::string &what) { return std::runtime_error("autoencoder detector: " + what); };
    std::map<std::string, std::string> options;
    try {
        options = savedOptions(file);
    } catch (const std::runtime_error &e) {
        throw bad(e.what());
    }
    auto d = std::make_unique<AutoencoderDetector>(parseOptions(options, true));
    std::size_t a = 0;
    auto fill = [&](torch::Tensor t, const std::string &group) {
        if (a >= file.arrays.size())
            throw bad("group " + group + ": the file holds fewer arrays than the network needs");
        const auto &v = file.arrays[a++];
        if (std::int64_t(v.size()) != t.numel())
            throw bad("group " + group + ": an array of " + std::to_string(v.size()) + " values where the network has " +
                      std::to_string(t.numel()));
        for (float x : v)
            if (!std::isfinite(x))
                throw bad("group " + group + ": a weight is not a finite number");
        torch::NoGradGuard noGrad;
        t.copy_(torch::from_blob(const_cast<float *>(v.data()), t.sizes()));
    };
    for (const auto &gj : h["groups"]) {
        if (!gj.is_object() || !gj.contains("name") || !gj["name"].is_string())
            throw bad("a group entry lacks its name");
        const std::string name = gj["name"].get<std::string>();
        auto g = std::make_shared<Group>();
        for (auto &t : savedTensors(g->net))
            fill(t, name);
        g->precisionSource = torch::empty({kMels, kMels});
        g->precisionTarget = torch::empty({kMels, kMels});
        fill(g->precisionSource, name);
        fill(g->precisionTarget, name);
        if (a >= file.arrays.size())
            throw bad("group " + name + ": the training scores are missing");
        g->trainingScores.assign(file.arrays[a].begin(), file.arrays[a].end());
        ++a;
        if (gj.contains("known-faults")) {
            if (a >= file.arrays.size())
                throw bad("group " + name + ": the known faults' direction is missing");
            try {
                g->faults = FaultDirection::restore(file.arrays[a++]);
            } catch (const std::invalid_argument &e) {
                throw bad("group " + name + ": " + e.what());
            }
            if (g->faults.dimension() != std::size_t(kMels))
                throw bad("group " + name + ": the known faults' direction is not 128 values long");
        }
        g->net->eval();
        d->m_groups.emplace(name, std::move(g));
    }
    if (a != file.arrays.size())
        throw bad("the file holds more arrays than its groups describe");
    return d;
}

} // namespace asd
