// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JobPrinter.h"
#include "metrics/MetricsJson.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace asd::cli {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<int> g_outcome{0};
std::mutex g_print;

const char *kindName(JobEvent::Kind k)
{
    switch (k) {
    case JobEvent::Kind::Phase: return "phase";
    case JobEvent::Kind::Progress: return "progress";
    case JobEvent::Kind::Epoch: return "epoch";
    case JobEvent::Kind::Warning: return "warning";
    case JobEvent::Kind::Finished: return "finished";
    case JobEvent::Kind::Failed: return "failed";
    case JobEvent::Kind::Cancelled: return "cancelled";
    case JobEvent::Kind::Condition: return "condition";
    case JobEvent::Kind::Compared: return "compared";
    }
    return "?";
}

std::string duration(double s)
{
    char b[32];
    const long t = long(s);
    std::snprintf(b, sizeof(b), "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
    return b;
}

void printMetrics(const EvaluationSummary &m)
{
    if (m.types.empty())
        return;
    std::printf("    %-14s %-11s %7s %7s\n", "type", "group", "AUC", "pAUC");
    for (const auto &g : m.groups)
        if (g.domain == Domain::None || m.rule != EvaluationRule::PerGroup)
            std::printf("    %-14s %-11s %7.2f %7.2f%s\n", g.machineType.c_str(), g.group.c_str(), 100 * g.auc,
                        100 * g.pauc, g.domain == Domain::None ? "" : (std::string("  ") + toString(g.domain)).c_str());
    for (const auto &t : m.types)
        std::printf("    %-14s %-11s %7.2f %7.2f  mAUC %6.2f\n", t.machineType.c_str(), "(pooled)", 100 * t.auc,
                    100 * t.pauc, 100 * t.mauc);
    std::printf("    %-26s %7.2f %7.2f  mAUC %6.2f\n", "mean over types", 100 * m.aucMean, 100 * m.paucMean,
                100 * m.maucMean);
}

} // namespace

void printEvent(const JobEvent &e, bool json)
{
    std::lock_guard<std::mutex> lock(g_print);
    if (e.kind == JobEvent::Kind::Finished)
        g_outcome = 0;
    else if (e.kind == JobEvent::Kind::Failed)
        g_outcome = 1;
    else if (e.kind == JobEvent::Kind::Cancelled)
        g_outcome = 130;
    if (json) {
        nlohmann::json j{{"event", kindName(e.kind)}};
        if (!e.message.empty())
            j["message"] = e.message;
        if (e.epochs) {
            j["epoch"] = e.epoch;
            j["epochs"] = e.epochs;
        }
        if (e.kind == JobEvent::Kind::Progress || e.kind == JobEvent::Kind::Epoch) {
            j["step"] = e.step;
            j["steps"] = e.steps;
            j["loss"] = jsonNumber(e.loss);
            j["lr"] = e.learningRate;
            j["samples_per_second"] = e.samplesPerSecond;
            j["eta_seconds"] = e.etaSeconds;
        }
        if (e.kind == JobEvent::Kind::Epoch) {
            j["loss_parts"] = e.lossParts;
            j["validation_loss"] = jsonNumber(e.validationLoss);
            j["best"] = e.bestSoFar;
        }
        if (e.kind == JobEvent::Kind::Condition) {
            j["snr_db"] = jsonNumber(e.snrDb); // null for the clean data
            j["model"] = e.model;
        }
        if (e.kind == JobEvent::Kind::Compared) {
            j["model"] = e.model;
            j["error"] = e.error;
            j["fit_seconds"] = e.fitSeconds;
            j["score_ms_per_clip"] = e.scoreMsPerClip;
            j["fit_stages"] = e.fitStages; // [[stage, seconds], ...]
            j["estimates"] = e.estimates;
        }
        if (!e.metrics.types.empty())
            j["metrics"] = metricsToJson(e.metrics);
        std::cout << j.dump() << std::endl;
        return;
    }
    static const bool tty = ::isatty(STDERR_FILENO);
    switch (e.kind) {
    case JobEvent::Kind::Phase:
        if (e.message != "training")
            std::fprintf(stderr, "%s\n", e.message.c_str());
        break;
    case JobEvent::Kind::Progress:
        if (tty) {
            if (e.epochs && e.learningRate <= 0.0) // an epoch of a family that reports no rate
                std::fprintf(stderr, "\repoch %d/%d  %ld/%ld  ETA %s   ", e.epoch, e.epochs, e.step, e.steps,
                             duration(e.etaSeconds).c_str());
            else if (e.epochs)
                std::fprintf(stderr, "\repoch %d/%d  step %ld/%ld  loss %.4f  lr %.2e  %.1f samples/s  ETA %s   ", e.epoch,
                             e.epochs, e.step, e.steps, e.loss, e.learningRate, e.samplesPerSecond,
                             duration(e.etaSeconds).c_str());
            else if (e.etaSeconds > 0.0)
                std::fprintf(stderr, "\r%ld/%ld  ETA %s   ", e.step, e.steps, duration(e.etaSeconds).c_str());
            else
                std::fprintf(stderr, "\r%ld/%ld clips   ", e.step, e.steps);
        }
        break;
    case JobEvent::Kind::Epoch: {
        if (tty)
            std::fprintf(stderr, "\r%100s\r", "");
        std::string parts;
        for (const auto &[k, v] : e.lossParts) {
            char b[48];
            std::snprintf(b, sizeof(b), " %s %.4f", k.c_str(), v);
            parts += b;
        }
        // The parts, learning rate and speed where the job reports them (a detector's adaptation does not).
        std::string extra;
        if (e.learningRate > 0) {
            char b[64];
            std::snprintf(b, sizeof(b), "  lr %.2e  %.1f samples/s", e.learningRate, e.samplesPerSecond);
            extra = b;
        }
        if (!e.message.empty()) // the detector, in a comparison
            std::printf("%s: ", e.message.c_str());
        std::printf("epoch %d/%d  loss %.4f%s%s%s  val %.4f%s%s\n", e.epoch, e.epochs, e.loss, parts.empty() ? "" : " (",
                    parts.c_str(), parts.empty() ? "" : " )", e.validationLoss, e.bestSoFar ? " *best*" : "", extra.c_str());
        printMetrics(e.metrics);
        std::fflush(stdout);
        break;
    }
    case JobEvent::Kind::Warning: std::fprintf(stderr, "warning: %s\n", e.message.c_str()); break;
    case JobEvent::Kind::Finished:
        if (tty)
            std::fprintf(stderr, "\r%100s\r", "");
        printMetrics(e.metrics);
        std::printf("%s\n", e.message.c_str());
        break;
    case JobEvent::Kind::Failed: std::fprintf(stderr, "\nerror: %s\n", e.message.c_str()); break;
    case JobEvent::Kind::Cancelled: std::fprintf(stderr, "\n%s\n", e.message.c_str()); break;
    case JobEvent::Kind::Compared:
        if (tty)
            std::fprintf(stderr, "\r%100s\r", "");
        std::printf("%s\n", e.message.c_str());
        std::fflush(stdout);
        break;
    case JobEvent::Kind::Condition:
        if (tty)
            std::fprintf(stderr, "\r%100s\r", "");
        std::printf("%-24s %-16s mean AUC %6.2f  pAUC %6.2f  mAUC %6.2f\n", e.message.c_str(), e.model.c_str(),
                    100 * e.metrics.aucMean, 100 * e.metrics.paucMean, 100 * e.metrics.maucMean);
        for (const auto &g : e.metrics.groups)
            if (g.domain == Domain::None)
                std::printf("    %-14s %-11s AUC %6.2f  pAUC %6.2f\n", g.machineType.c_str(), g.group.c_str(),
                            100 * g.auc, 100 * g.pauc);
        std::fflush(stdout);
        break;
    }
}

JobEvent resultFromJson(const std::string &line, JobEvent::Kind kind)
{
    const nlohmann::json j = nlohmann::json::parse(line);
    if (j.at("event") != kindName(kind))
        throw std::invalid_argument(std::string("not a ") + kindName(kind) + " event");
    JobEvent e;
    e.kind = kind;
    e.message = j.value("message", std::string());
    e.model = j.at("model").get<std::string>();
    if (kind == JobEvent::Kind::Condition)
        e.snrDb = numberFromJson(j.at("snr_db"));
    if (kind == JobEvent::Kind::Compared) {
        e.error = j.at("error").get<std::string>();
        e.fitSeconds = numberFromJson(j.at("fit_seconds"));
        e.scoreMsPerClip = numberFromJson(j.at("score_ms_per_clip"));
        if (j.contains("fit_stages")) // nor before the fit's stages were timed
            e.fitStages = j.at("fit_stages").get<std::vector<std::pair<std::string, double>>>();
        if (j.contains("estimates")) // parts written before the estimate have none
            e.estimates = j.at("estimates").get<std::map<std::string, double>>();
    }
    if (j.contains("metrics"))
        e.metrics = metricsFromJson(j.at("metrics"));
    return e;
}

int printJob(Job &job, bool)
{
    g_interrupted = false;
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    while (job.running()) {
        if (g_interrupted)
            job.cancel();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    job.wait();
    std::signal(SIGINT, SIG_DFL);
    return g_outcome;
}

} // namespace asd::cli
