// SPDX-License-Identifier: GPL-3.0-or-later
// The networks and losses: sizes equal to the references, hand-computed values, stability.
#include "models/AsdNet.h"
#include "models/BatchNormPReLU.h"
#include "models/ChannelPReLU.h"
#include "train/Losses.h"
#include "train/MixAlign.h"

#include <QtTest>

#include <cmath>

using namespace asd;

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(0); }

    void parameterCountsEqualTheReference()
    {
        // reference-methods §3: 10 s clips, 128 mels, 313 frames.
        MobileFaceNet mfn3(3, 128, 313), mfn2(2, 128, 313);
        QCOMPARE(parameterCount(*mfn3), std::int64_t(870912));
        QCOMPARE(parameterCount(*mfn2), std::int64_t(870336));
        TgramNet tgram(313);
        QCOMPARE(parameterCount(*tgram), std::int64_t(280406));
        TFgramNet tfgram(313);
        QCOMPARE(parameterCount(*tfgram), std::int64_t(198720));
        FeaturePerturbationHead fph;
        QCOMPARE(parameterCount(*fph), std::int64_t(16960));
    }

    void frontEndsMakeMelSizedMaps()
    {
        torch::NoGradGuard g;
        TgramNet tgram(313);
        TFgramNet tfgram(313);
        tfgram->eval();
        const auto wav = torch::randn({2, 160000}) * 0.1;
        QCOMPARE(tgram->forward(wav).sizes().vec(), (std::vector<int64_t>{2, 1, 128, 313}));
        QCOMPARE(tfgram->forward(wav).sizes().vec(), (std::vector<int64_t>{2, 1, 128, 313}));
    }

    void everyInputVariantRunsOnShortClips_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("logmel") << int(InputVariant::LogMel);
        QTest::newRow("stgram") << int(InputVariant::STgram);
        QTest::newRow("tfstgram") << int(InputVariant::TFSTgram);
        QTest::newRow("tastgram") << int(InputVariant::TASTgram);
    }
    void everyInputVariantRunsOnShortClips()
    {
        QFETCH(int, variant);
        // 1 s at 16 kHz: 1 + 16000/512 = 32 frames; the GDC kernel and LayerNorm follow.
        AsdNetOptions o;
        o.input = InputVariant(variant);
        o.classes = 5;
        o.frames = 32;
        AsdNet net(o);
        const auto wav = torch::randn({3, 16000}) * 0.1;
        const auto mel = torch::randn({3, 1, 128, 32});
        const auto out = net->forward(wav, mel, torch::tensor({0, 1, 4}));
        QCOMPARE(out.logits.sizes().vec(), (std::vector<int64_t>{3, 5}));
        QCOMPARE(out.embedding.sizes().vec(), (std::vector<int64_t>{3, 128}));
        QCOMPARE(net->inputMaps(wav, mel).size(1), std::int64_t(inputChannels(o.input)));
        // FPH output is L2-normalised; the backbone's, which it is computed from, is not.
        QVERIFY(torch::allclose(out.embedding.norm(2, 1), torch::ones({3}), 1e-4, 1e-5));
        QCOMPARE(out.backbone.sizes().vec(), (std::vector<int64_t>{3, 128}));
        QVERIFY(!torch::allclose(out.backbone.norm(2, 1), torch::ones({3}), 1e-2, 1e-2));
    }


    void foldedBatchNormScoresTheSame()
    {
        AsdNetOptions o;
        o.input = InputVariant::STgram;
        o.classes = 4;
        o.frames = 32;
        AsdNet net(o);
        // A few training steps' worth of running statistics, so BN is not the identity.
        net->train();
        {
            torch::NoGradGuard g;
            for (int i = 0; i < 3; ++i)
                net->forward(torch::randn({4, 16000}) * 0.3, torch::randn({4, 1, 128, 32}) * 5 - 20,
                             torch::tensor({0, 1, 2, 3}));
        }
        net->eval();
        const auto wav = torch::randn({2, 16000}) * 0.1;
        const auto mel = torch::randn({2, 1, 128, 32}) * 5 - 20;
        const auto labels = torch::tensor({1, 3});
        torch::NoGradGuard g;
        const auto before = net->forward(wav, mel, labels);
        int batchNorms = 0;
        for (const auto &m : net->mobilefacenet->modules(false))
            batchNorms += m->as<torch::nn::BatchNorm2d>() != nullptr;
        QVERIFY(batchNorms > 20);
        net->prepareForInference();
        for (const auto &m : net->mobilefacenet->modules(false))
            QVERIFY(m->as<torch::nn::BatchNorm2d>() == nullptr);
        const auto after = net->forward(wav, mel, labels);
        QVERIFY2(torch::allclose(after.embedding, before.embedding, 1e-4, 1e-4),
                 qPrintable(QString::number((after.embedding - before.embedding).abs().max().item<double>())));
        QVERIFY(torch::allclose(after.logits, before.logits, 1e-3, 1e-3));
    }
    // The hand-written forward (also in place) and backward passes against LibTorch's own, in both layouts and
    // at sizes that leave a remainder to the vector loop; negative, zero and positive inputs.
    void preluEqualsLibTorchs_data()
    {
        QTest::addColumn<bool>("channelsLast");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("batch");
        QTest::newRow("channels-first") << false << 7 << 3;
        QTest::newRow("channels-last") << true << 7 << 3;
        QTest::newRow("channels-last, 64") << true << 64 << 3;
        // Large enough that every thread sums its own share of the slopes' gradient.
        QTest::newRow("channels-last, 64, batch 256") << true << 64 << 256;
    }

    void preluEqualsLibTorchs()
    {
        QFETCH(bool, channelsLast);
        QFETCH(int, channels);
        QFETCH(int, batch);
        auto x = torch::randn({batch, channels, 5, 11});
        x.index_put_({0, 0}, 0.0f); // the kink: x = 0 takes the slope, as LibTorch's does
        auto g = torch::randn({batch, channels, 5, 11});
        if (channelsLast) {
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
            g = g.contiguous(torch::MemoryFormat::ChannelsLast);
        }
        const auto a = torch::rand({channels}) - 0.5;
        const auto y = preluForward(x, a);
        QVERIFY(torch::equal(y, torch::prelu(x, a)));
        QCOMPARE(y.is_contiguous(torch::MemoryFormat::ChannelsLast), channelsLast);
        const auto t = x.transpose(2, 3); // a strided view: the same values
        QVERIFY(torch::equal(preluForward(t, a), torch::prelu(t, a)));
        auto inPlace = x.clone();
        const void *storage = inPlace.data_ptr();
        preluInPlace(inPlace, a);
        QVERIFY(torch::equal(inPlace, y));
        QCOMPARE(inPlace.data_ptr(), storage);
        auto strided = x.transpose(2, 3).clone().transpose(2, 3); // neither layout: a new tensor
        preluInPlace(strided, a);
        QVERIFY(torch::equal(strided, y));
        const auto [gx, ga] = preluBackward(g, x, a);
        const auto [refX, refA] = torch::prelu_backward(g, x, a);
        QVERIFY(torch::equal(gx, refX));
        QVERIFY2(torch::allclose(ga, refA.view({-1}), 1e-4, 1e-4),
                 qPrintable(QString::number((ga - refA.view({-1})).abs().max().item<double>())));
        QCOMPARE(gx.is_contiguous(torch::MemoryFormat::ChannelsLast), channelsLast);
    }

    // Through autograd: the module's gradients equal torch::nn::PReLU's, and its one
    // parameter has PReLU's name, so checkpoints written before it load unchanged.
    void channelPReLUTrainsLikeTorchsPReLU()
    {
        ChannelPReLU ours(6);
        torch::nn::PReLU theirs(torch::nn::PReLUOptions().num_parameters(6));
        QCOMPARE(ours->named_parameters().keys(), theirs->named_parameters().keys());
        const auto x = torch::randn({2, 6, 4, 9}).requires_grad_(true);
        const auto x2 = x.detach().clone().requires_grad_(true);
        const auto w = torch::randn({2, 6, 4, 9});
        (ours->forward(x) * w).sum().backward();
        (theirs->forward(x2) * w).sum().backward();
        QVERIFY(torch::equal(x.grad(), x2.grad()));
        QVERIFY(torch::allclose(ours->weight.grad(), theirs->weight.grad(), 1e-4, 1e-4));
    }

    // The fused BatchNorm + PReLU against the two modules through autograd: output, the
    // gradients of the input and of all three parameters, and the running statistics, in
    // training mode, with sizes that leave a remainder to the vector loops and the 64-row
    // blocks, a batch that every thread shares, a mean 10⁴ times the spread (the sums'
    // cancellation; x itself is only known to 10⁻³ there, float's step at 10⁴, and so are the
    // two sides' means) and BatchNorm's cumulative average (no momentum); BatchNorm alone
    // against the module. Other layouts and eval mode run the modules, equal bit for bit.
    void batchNormPReLUTrainsLikeTheTwoModules_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("batch");
        QTest::addColumn<double>("mean");
        QTest::addColumn<bool>("cumulative");
        QTest::addColumn<bool>("channelsLast");
        QTest::addColumn<bool>("training");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<bool>("withPReLU");
        QTest::newRow("7 channels") << 7 << 3 << 0.0 << false << true << true << 1e-4 << true;
        QTest::newRow("64 channels, batch 64") << 64 << 64 << 0.5 << false << true << true << 1e-4 << true;
        QTest::newRow("mean 10^4 x spread") << 5 << 4 << 1e4 << false << true << true << 1e-2 << true;
        QTest::newRow("cumulative average") << 7 << 3 << 0.0 << true << true << true << 1e-4 << true;
        QTest::newRow("channels-first") << 7 << 3 << 0.0 << false << false << true << 0.0 << true;
        QTest::newRow("eval mode") << 7 << 3 << 0.0 << false << true << false << 0.0 << true;
        QTest::newRow("BatchNorm alone") << 7 << 3 << 0.0 << false << true << true << 1e-4 << false;
        QTest::newRow("BatchNorm alone, 64 channels") << 64 << 64 << 0.5 << false << true << true << 1e-4 << false;
        QTest::newRow("BatchNorm alone, mean 10^4") << 5 << 4 << 1e4 << false << true << true << 1e-2 << false;
    }

    void batchNormPReLUTrainsLikeTheTwoModules()
    {
        QFETCH(int, channels);
        QFETCH(int, batch);
        QFETCH(double, mean);
        QFETCH(bool, cumulative);
        QFETCH(bool, channelsLast);
        QFETCH(bool, training);
        QFETCH(double, tolerance);
        QFETCH(bool, withPReLU);
        auto bnOptions = torch::nn::BatchNorm2dOptions(channels);
        if (cumulative)
            bnOptions.momentum(c10::nullopt);
        torch::nn::BatchNorm2d bn(bnOptions), bnRef(bnOptions);
        ChannelPReLU prelu(channels), preluRef(channels);
        {
            torch::NoGradGuard noGrad;
            for (auto *m : {&bn, &bnRef}) {
                (*m)->weight.copy_(torch::linspace(0.5, 2.0, channels));
                (*m)->bias.copy_(torch::linspace(-0.3, 0.4, channels));
                (*m)->running_mean.fill_(0.2);
                (*m)->running_var.fill_(1.5);
            }
            // A slope of 1 with the far mean: there x's last digit decides which side of the
            // kink some outputs fall, and their gradients with it.
            prelu->weight.copy_(mean > 100 ? torch::ones({channels}) : torch::linspace(-0.2, 0.6, channels));
            preluRef->weight.copy_(prelu->weight);
        }
        bn->train(training);
        bnRef->train(training);
        const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
        const auto input = (torch::randn({batch, channels, 5, 11}) + mean).contiguous(format);
        const auto x = input.clone().requires_grad_(true), xRef = input.clone().requires_grad_(true);
        const auto w = torch::randn({batch, channels, 5, 11});
        for (int step = 0; step < 2; ++step) { // twice: the running averages move on
            const auto y = withPReLU ? batchNormPReLU(x, *bn, *prelu) : batchNorm(x, *bn);
            const auto yRef = withPReLU ? preluRef->forward(bnRef->forward(xRef)) : bnRef->forward(xRef);
            QCOMPARE(y.is_contiguous(torch::MemoryFormat::ChannelsLast), channelsLast);
            if (channelsLast && training) {
                QVERIFY2(torch::allclose(y, yRef, tolerance, tolerance), qPrintable(QString::number((y - yRef).abs().max().item<double>())));
            } else {
                QVERIFY(torch::equal(y, yRef));
            }
            if (training) {
                (y * w).sum().backward();
                (yRef * w).sum().backward();
            }
        }
        QCOMPARE(bn->num_batches_tracked.item<long>(), bnRef->num_batches_tracked.item<long>());
        QVERIFY(torch::allclose(bn->running_mean, bnRef->running_mean, 1e-5, 1e-4));
        QVERIFY(torch::allclose(bn->running_var, bnRef->running_var, 1e-5, 1e-4));
        if (!training)
            return;
        const auto close = [tolerance](const torch::Tensor &a, const torch::Tensor &b) {
            const double scale = b.abs().max().item<double>();
            return (a - b).abs().max().item<double>() <= tolerance * std::max(1.0, scale);
        };
        QVERIFY2(close(x.grad(), xRef.grad()), qPrintable(QString::number((x.grad() - xRef.grad()).abs().max().item<double>())));
        QVERIFY(close(bn->weight.grad(), bnRef->weight.grad()));
        QVERIFY(close(bn->bias.grad(), bnRef->bias.grad()));
        if (withPReLU)
            QVERIFY(close(prelu->weight.grad(), preluRef->weight.grad()));
        else
            QVERIFY(!prelu->weight.grad().defined());
    }

    // MobileFaceNet's forward runs fused layers (BatchNorm + PReLU, BatchNorm alone, the GDC as
    // a weighted sum; MobileFaceNet.cpp). In training mode its output, every parameter's
    // gradient and every running statistic equal those of its modules run one by one.
    void mobileFaceNetTrainsLikeItsModulesRunOneByOne()
    {
        MobileFaceNet fused(1, 32, 40), plain(1, 32, 40);
        {
            torch::NoGradGuard noGrad;
            auto to = plain->named_parameters();
            for (const auto &p : fused->named_parameters())
                to[p.key()].copy_(p.value());
        }
        const auto input = torch::randn({4, 1, 32, 40}) * 5 - 20;
        const auto w = torch::randn({4, 128});
        const auto y = fused->forward(input);
        const auto children = plain->named_children();
        const auto run = [&](const char *name, const torch::Tensor &x) {
            return children[name]->as<torch::nn::Sequential>()->forward(x);
        };
        auto x = run("dw_conv1", run("conv1", input));
        for (const auto &block : children["blocks"]->children()) {
            const auto out = block->named_children()["conv"]->as<torch::nn::Sequential>()->forward(x);
            x = out.sizes() == x.sizes() ? x + out : out; // the residual blocks: stride 1, in = out
        }
        const auto yPlain = run("linear1", run("linear7", run("conv2", x))).flatten(1);
        QVERIFY2(torch::allclose(y, yPlain, 1e-4, 1e-4), qPrintable(QString::number((y - yPlain).abs().max().item<double>())));
        (y * w).sum().backward();
        (yPlain * w).sum().backward();
        auto plainParameters = plain->named_parameters();
        for (const auto &p : fused->named_parameters()) {
            const auto &g = p.value().grad(), &gPlain = plainParameters[p.key()].grad();
            const double tolerance = 1e-3 * std::max(1.0, gPlain.abs().max().item<double>());
            QVERIFY2((g - gPlain).abs().max().item<double>() <= tolerance,
                     qPrintable(QString::fromStdString(p.key()) + ": " + QString::number((g - gPlain).abs().max().item<double>())));
        }
        auto plainBuffers = plain->named_buffers();
        for (const auto &b : fused->named_buffers())
            QVERIFY2(torch::allclose(b.value().to(torch::kDouble), plainBuffers[b.key()].to(torch::kDouble), 1e-4, 1e-4),
                     qPrintable(QString::fromStdString(b.key())));
    }

    // MobileFaceNet runs its activations channels-last (MobileFaceNet.cpp says why); its
    // output and what the trainer scores with after each epoch stay the same numbers.
    void inferenceCopyScoresLikeTheNetwork()
    {
        AsdNetOptions o;
        o.classes = 3;
        o.frames = 40;
        AsdNet net(o);
        net->train();
        {
            torch::NoGradGuard g;
            net->forward({}, torch::randn({4, 1, 128, 40}) * 5 - 20, torch::tensor({0, 1, 2, 0}));
        }
        net->eval();
        const auto mel = torch::randn({2, 1, 128, 40}) * 5 - 20;
        const auto labels = torch::tensor({2, 0});
        torch::NoGradGuard g;
        const auto before = net->forward({}, mel, labels);
        AsdNet copy = inferenceCopyOf(net);
        const auto after = copy->forward({}, mel, labels);
        QVERIFY(torch::allclose(after.embedding, before.embedding, 1e-4, 1e-4));
        QVERIFY(torch::allclose(after.logits, before.logits, 1e-3, 1e-3));
        // The original is untouched: still in its BatchNorm form, still trainable.
        int batchNorms = 0;
        for (const auto &m : net->mobilefacenet->modules(false))
            batchNorms += m->as<torch::nn::BatchNorm2d>() != nullptr;
        QVERIFY(batchNorms > 20);
    }

    void temporalAttentionWeightsFrames()
    {
        // Column 0 = {1, 3}: a = sigmoid(3 + 2); column 1 = {-10, -20}: a = sigmoid(-10 - 15).
        const auto x = torch::tensor({1.0f, -10.0f, 3.0f, -20.0f}).view({1, 1, 2, 2});
        const auto y = temporalAttention(x);
        const double a0 = 1.0 / (1.0 + std::exp(-5.0)), a1 = 1.0 / (1.0 + std::exp(25.0));
        QVERIFY(std::abs(y[0][0][1][0].item<double>() - 3.0 * a0) < 1e-5);
        QVERIFY(std::abs(y[0][0][1][1].item<double>() + 20.0 * a1) < 1e-9);
    }

    void arcFaceMatchesHandComputedMargins()
    {
        ArcFaceHead head(2, 2, 0.4, 30.0);
        {
            torch::NoGradGuard g;
            head->weight.copy_(torch::tensor({1.0f, 0.0f, 0.0f, 1.0f}).view({2, 2}));
        }
        // x = (0.6, 0.8): cos to class 0 = 0.6, to class 1 = 0.8.
        const auto logits = head->forward(torch::tensor({0.6f, 0.8f}).view({1, 2}), torch::tensor({0}));
        const double phi = 0.6 * std::cos(0.4) - 0.8 * std::sin(0.4); // cos(θ + m)
        QVERIFY(std::abs(logits[0][0].item<double>() - 30 * phi) < 1e-4);
        QVERIFY(std::abs(logits[0][1].item<double>() - 30 * 0.8) < 1e-4);
        // Past θ = π − m (cos ≤ th) the non-easy margin uses cos − m·sin(π − m).
        const auto far = head->forward(torch::tensor({-0.95f, std::sqrt(1 - 0.95f * 0.95f)}).view({1, 2}), torch::tensor({0}));
        QVERIFY(std::abs(far[0][0].item<double>() - 30 * (-0.95 - 0.4 * std::sin(M_PI - 0.4))) < 1e-4);
    }

    void arcFaceGradientIsFiniteAtCosineOne()
    {
        // The reference's unclamped sqrt(1 − cos²) has an infinite slope at |cos| = 1.
        ArcFaceHead head(2, 2, 0.7, 30.0);
        {
            torch::NoGradGuard g;
            head->weight.copy_(torch::tensor({1.0f, 0.0f, 0.0f, 1.0f}).view({2, 2}));
        }
        auto x = torch::tensor({1.0f, 0.0f, 0.0f, 1.0f}).view({2, 2}).requires_grad_(true);
        const auto loss = torch::nn::functional::cross_entropy(head->forward(x, torch::tensor({0, 1})), torch::tensor({0, 1}));
        loss.backward();
        QVERIFY(std::isfinite(loss.item<double>()));
        QVERIFY(torch::isfinite(x.grad()).all().item<bool>());
        QVERIFY(torch::isfinite(head->weight.grad()).all().item<bool>());
    }

    void supConMatchesHandComputedValue()
    {
        // z = [e1, e1, e2], labels [0, 0, 1], τ = τ_base = 1:
        // anchors 0 and 1: −(1 − log(e + 1)); anchor 2 has no positive and adds 0; mean over 3.
        const auto z = torch::tensor({1.0f, 0.0f, 1.0f, 0.0f, 0.0f, 1.0f}).view({3, 2});
        const double expected = 2.0 * (std::log(std::exp(1.0) + 1.0) - 1.0) / 3.0;
        QVERIFY(std::abs(supConLoss(z, torch::tensor({0, 0, 1}), 1.0, 1.0).item<double>() - expected) < 1e-6);
        // The τ/τ_base factor scales it.
        QVERIFY(std::abs(supConLoss(z, torch::tensor({0, 0, 1}), 1.0, 2.0).item<double>() - expected / 2) < 1e-6);
    }

    void supConStaysFiniteAtTheReferenceTemperature()
    {
        // A batch of two different classes (no positives) and near-identical features at
        // τ = 0.02: the reference's exp-then-mask underflows to log 0 here.
        auto z = torch::nn::functional::normalize(torch::tensor({1.0f, 0.0f, -1.0f, 0.01f}).view({2, 2}),
                                                  torch::nn::functional::NormalizeFuncOptions().dim(1))
                     .requires_grad_(true);
        auto loss = supConLoss(z, torch::tensor({0, 1}));
        QCOMPARE(loss.item<double>(), 0.0);
        loss.backward();
        QVERIFY(torch::isfinite(z.grad()).all().item<bool>());
        // Positives pointing apart (cos −1, l = −50) beside an unrelated impostor: large but finite.
        auto w = torch::nn::functional::normalize(torch::tensor({1.0f, 0.0f, -1.0f, 0.0f, 1.0f, 0.001f}).view({3, 2}),
                                                  torch::nn::functional::NormalizeFuncOptions().dim(1));
        const double v = supConLoss(w, torch::tensor({0, 0, 1})).item<double>();
        QVERIFY(std::isfinite(v) && v > 5.0); // 2 · 50 · (0.02 / 0.07) / 3 ≈ 9.5
    }

    void mixupCrossEntropyReducesToCe()
    {
        const auto logits = torch::randn({4, 3});
        const auto y = torch::tensor({0, 1, 2, 1});
        const auto ce = torch::nn::functional::cross_entropy(logits, y);
        QVERIFY(torch::allclose(mixupCrossEntropy(logits, y, torch::tensor({2, 2, 0, 0}), 1.0), ce));
        const auto half = mixupCrossEntropy(logits, y, y.flip(0), 0.5);
        QVERIFY(torch::allclose(half, 0.5 * ce + 0.5 * torch::nn::functional::cross_entropy(logits, y.flip(0))));
    }

    void alignmentLossIsZeroAtTheConvexTarget()
    {
        const auto machine = torch::randn({4, 128}), noise = torch::randn({4, 128});
        const auto target = 0.5 * machine + 0.5 * noise;
        QCOMPARE(mixtureAlignmentLoss(target, machine, noise, 0.5).item<double>(), 0.0);
        QVERIFY(mixtureAlignmentLoss(machine, machine, noise, 0.5).item<double>() > 0.1);
        // λ = 1 is the "denoise" baseline: the target is the clean machine alone.
        QCOMPARE(mixtureAlignmentLoss(machine, machine, noise, 1.0).item<double>(), 0.0);
        const auto d = machine - noise;
        QVERIFY(std::abs(mixtureAlignmentLoss(machine, machine, noise, 0.3).item<double>() -
                         (0.7 * d).pow(2).mean().item<double>()) < 1e-6);
    }

    void aFewStepsReduceTheLoss()
    {
        torch::manual_seed(1);
        AsdNetOptions o;
        o.classes = 2;
        o.frames = 16;
        AsdNet net(o);
        torch::optim::AdamW opt(net->parameters(), torch::optim::AdamWOptions(1e-3));
        // Two classes that differ in which mel bands are loud.
        auto mel = torch::randn({8, 1, 128, 16});
        mel.index({torch::indexing::Slice(0, 4), 0, torch::indexing::Slice(0, 64)}) += 3.0;
        mel.index({torch::indexing::Slice(4, 8), 0, torch::indexing::Slice(64, 128)}) += 3.0;
        const auto y = torch::tensor({0, 0, 0, 0, 1, 1, 1, 1});
        double first = 0, last = 0;
        for (int step = 0; step < 15; ++step) {
            const auto out = net->forward({}, mel, y);
            const auto loss = torch::nn::functional::cross_entropy(out.logits, y) + supConLoss(out.embedding, y);
            opt.zero_grad();
            loss.backward();
            opt.step();
            (step == 0 ? first : last) = loss.item<double>();
        }
        QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
