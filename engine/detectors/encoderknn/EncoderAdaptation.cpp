// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/encoderknn/EncoderAdaptation.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "encoders/adaptation/Codebook.h"
#include "encoders/beats/KaldiFbank.h"
#include "mix/Mixer.h"
#include "models/Heads.h"
#include "train/Losses.h"
#include "train/MixAlign.h"

namespace asd {

namespace {

std::string attributeKey(const Clip &c)
{
    std::string key = detectorGroup(c);
    for (const auto &[name, value] : c.attributes)
        key += "|" + name + "=" + value;
    return key;
}

// A crop of `length` samples starting at a random point; a shorter clip is tiled.
std::vector<float> crop(const std::vector<float> &wave, std::size_t length, std::mt19937 &random)
{
    std::vector<float> out(length);
    const std::size_t start =
        wave.size() > length ? std::uniform_int_distribution<std::size_t>(0, wave.size() - length)(random) : 0;
    for (std::size_t i = 0; i < length; ++i)
        out[i] = wave[(start + i) % wave.size()];
    return out;
}

} // namespace

AdaptedEncoder adaptEncoder(Beats encoder, int layer, const TokenPooling &pool, const std::vector<const Clip *> &clips,
                            const std::vector<std::vector<float>> &waveforms, const AdaptationOptions &o,
                            const FitContext &ctx, const AdaptationMonitor &monitor)
{
    if (clips.empty() || clips.size() != waveforms.size())
        throw std::invalid_argument("adaptation needs the normal clips and their waveforms");
    torch::manual_seed(o.seed);
    std::mt19937 random(o.seed);
    const torch::Device device = encoder->parameters().front().device();

    // Labels: the adapter's group is the machine type; the coarse label the section; the
    // ArcFace classes the section with its attributes (where the names carry them).
    AdaptedEncoder out;
    std::map<std::string, std::int64_t> types, sections, classes;
    for (const Clip *c : clips) {
        types.emplace(c->machineType, 0);
        sections.emplace(detectorGroup(*c), 0);
        classes.emplace(attributeKey(*c), 0);
    }
    for (auto *m : {&types, &sections, &classes}) {
        std::int64_t i = 0;
        for (auto &[key, index] : *m)
            index = i++;
    }
    for (const auto &[type, index] : types)
        out.machineTypes.push_back(type);
    std::vector<std::int64_t> type(clips.size()), section(clips.size()), klass(clips.size());
    for (std::size_t i = 0; i < clips.size(); ++i) {
        type[i] = types.at(clips[i]->machineType);
        section[i] = sections.at(detectorGroup(*clips[i]));
        klass[i] = classes.at(attributeKey(*clips[i]));
    }

    encoder->attachLora(o.lora);
    encoder->train(false); // no dropout in BEATs inference layers; LayerNorm has no batch state
    const std::int64_t samples = std::int64_t(o.seconds * kBeatsSampleRate);
    std::int64_t dim = 0;
    {
        torch::NoGradGuard probe;
        dim = pool(encoder->hiddenStates(beatsFbank(torch::zeros({1, samples}, device)), layer).back()).size(1);
    }
    out.adapter = GroupAdapter(int(dim), int(types.size()), o.bottleneck);
    out.adapter->to(device);
    ArcFaceHead head(int(dim), int(classes.size()), o.margin);
    head->to(device);
    const bool student = !o.noises.empty();
    TaggingHead tagger(int(dim), int(sections.size()), int(o.noises.size()));
    tagger->to(device);
    Codebook codebook(o.codes, int(dim), 0.99, 20, o.seed);

    std::vector<torch::Tensor> trainable;
    for (const auto &[name, p] : encoder->loraParameters())
        trainable.push_back(p);
    for (const auto &p : out.adapter->parameters())
        trainable.push_back(p);
    for (const auto &p : (student ? tagger->parameters() : head->parameters()))
        trainable.push_back(p);
    torch::optim::Adam optimiser(trainable, torch::optim::AdamOptions(o.learningRate));

    // Held-out clips for the validation loss.
    std::vector<std::size_t> order(clips.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    const std::size_t held = clips.size() >= 5 ? std::max<std::size_t>(1, clips.size() / 10) : 0;
    const std::vector<std::size_t> validation(order.begin(), order.begin() + std::ptrdiff_t(held));
    std::vector<std::size_t> training(order.begin() + std::ptrdiff_t(held), order.end());

    std::uint64_t draws = 0; // seeds each mixture's noise
    auto loss = [&](const std::vector<std::size_t> &batch, bool update) {
        std::vector<float> flat, machine, noise;
        flat.reserve(batch.size() * std::size_t(samples));
        std::vector<std::int64_t> t, s, k;
        std::vector<float> tags(batch.size() * (sections.size() + o.noises.size()), 0.0f);
        for (std::size_t j = 0; j < batch.size(); ++j) {
            const std::size_t i = batch[j];
            auto w = crop(waveforms[i], std::size_t(samples), random);
            if (student) {
                // The mixture, and each part as it sounds inside it.
                const std::size_t kind = std::uniform_int_distribution<std::size_t>(0, o.noises.size() - 1)(random);
                const auto n = makeNoise(o.noises[kind], w.size(), kBeatsSampleRate, o.seed * 1000003ull + draws++);
                const Mixture m = mixAtSnr(w, n, std::uniform_real_distribution<double>(o.snrMin, o.snrMax)(random));
                for (std::size_t x = 0; x < w.size(); ++x) {
                    machine.push_back(float(m.scale) * w[x]);
                    noise.push_back(m.samples[x] - float(m.scale) * w[x]);
                }
                w = m.samples;
                tags[j * (sections.size() + o.noises.size()) + std::size_t(section[i])] = 1.0f;
                tags[j * (sections.size() + o.noises.size()) + sections.size() + kind] = 1.0f;
            }
            flat.insert(flat.end(), w.begin(), w.end());
            t.push_back(type[i]);
            s.push_back(section[i]);
            k.push_back(klass[i]);
        }
        const auto opts = torch::TensorOptions(torch::kLong).device(device);
        const std::int64_t n = std::int64_t(batch.size());
        auto embed = [&](std::vector<float> &waves) {
            return pool(encoder->hiddenStates(beatsFbank(torch::from_blob(waves.data(), {n, samples}).to(device)), layer).back());
        };
        const torch::Tensor embedded = out.adapter(embed(flat), torch::tensor(t, opts));
        if (student) {
            torch::Tensor teacherMachine, teacherNoise;
            {
                torch::NoGradGuard frozen; // the teacher: the encoder as pretrained
                encoder->setLoraEnabled(false);
                teacherMachine = embed(machine);
                teacherNoise = embed(noise);
                encoder->setLoraEnabled(true);
            }
            const torch::Tensor target = torch::from_blob(tags.data(), {n, std::int64_t(sections.size() + o.noises.size())}).to(device);
            return torch::nn::functional::binary_cross_entropy_with_logits(tagger(embedded), target) +
                   o.alignWeight * mixtureAlignmentLoss(embedded, teacherMachine, teacherNoise, o.lambda);
        }
        const torch::Tensor z = torch::nn::functional::normalize(embedded, torch::nn::functional::NormalizeFuncOptions().dim(1));
        const torch::Tensor codes = codebook.assign(z);
        const torch::Tensor sectionLabels = torch::tensor(s, opts);
        const torch::Tensor fine = sectionLabels * o.codes + codes.to(device);
        torch::Tensor total = torch::nn::functional::cross_entropy(head(z, torch::tensor(k, opts)), torch::tensor(k, opts)) +
                              dualLevelContrastiveLoss(z, sectionLabels, fine, o.temperature) +
                              codebook.commitmentLoss(z, codes);
        if (update)
            codebook.update(z, codes);
        return total;
    };

    const std::size_t steps = (training.size() + std::size_t(o.batch) - 1) / std::size_t(o.batch);
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        std::shuffle(training.begin(), training.end(), random);
        double sum = 0;
        for (std::size_t b = 0; b < steps; ++b) {
            if (ctx.cancel && *ctx.cancel)
                return out;
            const std::vector<std::size_t> batch(training.begin() + std::ptrdiff_t(b * std::size_t(o.batch)),
                                                 training.begin() + std::ptrdiff_t(std::min(training.size(), (b + 1) * std::size_t(o.batch))));
            optimiser.zero_grad();
            torch::Tensor l = loss(batch, true);
            l.backward();
            optimiser.step();
            sum += l.item<double>();
            if (ctx.progress)
                ctx.progress(std::size_t(epoch - 1) * steps + b + 1, std::size_t(o.epochs) * steps);
        }
        double held_out = std::nan("");
        if (!validation.empty()) {
            torch::NoGradGuard noGrad;
            std::mt19937 fixed(o.seed + 1); // the same crops and noises every epoch: comparable figures
            std::swap(random, fixed);
            const std::uint64_t drawn = draws;
            draws = std::uint64_t(1) << 40;
            held_out = loss(validation, false).item<double>();
            draws = drawn;
            std::swap(random, fixed);
        }
        out.trainingLoss.push_back(sum / double(std::max<std::size_t>(1, steps)));
        if (ctx.epoch)
            ctx.epoch(epoch, o.epochs, out.trainingLoss.back(), held_out, monitor ? monitor(out) : EvaluationSummary{});
    }
    return out;
}

} // namespace asd
