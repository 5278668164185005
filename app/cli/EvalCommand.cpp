// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"
#include "metrics/MetricsJson.h"

#include "dataset/DatasetIndex.h"
#include "metrics/Evaluation.h"
#include "score/ScoreFiles.h"

#include "metrics/EvaluatorCsv.h"
#include "util/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace asd::cli {
namespace {

std::string pct(double v)
{
    if (std::isnan(v))
        return "     -";
    char b[16];
    std::snprintf(b, sizeof(b), "%6.2f", 100.0 * v);
    return b;
}

} // namespace

int runEval(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    const DatasetIndex data = scanDataset(args.required("data"));
    const ScoreFileReading reading = readScoreFiles(args.required("scores"), data, args.value("match"));
    EvaluationRule rule = defaultRule(reading.scored);
    const std::string ruleName = args.value("rule", "auto");
    if (ruleName == "dcase2020")
        rule = EvaluationRule::PerGroup;
    else if (ruleName == "dcase2021")
        rule = EvaluationRule::PerDomain;
    else if (ruleName == "dcase2023")
        rule = EvaluationRule::SourceTarget;
    else if (ruleName != "auto")
        throw UsageError("--rule must be auto, dcase2020, dcase2021 or dcase2023");
    const double maxFpr = args.doubleValue("max-fpr", 0.1);
    if (!(maxFpr > 0.0 && maxFpr < 1.0))
        throw UsageError("--max-fpr must be in (0, 1)");
    const EvaluationSummary e = evaluate(reading.scored, rule, maxFpr);
    if (args.has("csv")) {
        if (rule == EvaluationRule::PerDomain &&
            std::none_of(e.groups.begin(), e.groups.end(), [](const GroupResult &g) { return g.domain != Domain::None; }))
            throw UsageError("--csv with --rule dcase2021 writes the 2021 evaluator's rows per source and target "
                             "domain, and these clips have no domains (use --rule dcase2020)");
        writeTextAtomically(args.value("csv"), evaluatorResultCsv(e));
    }

    if (args.has("json")) {
        nlohmann::json j = metricsToJson(e);
        j["problems"] = nlohmann::json::array();
        for (const auto &p : reading.problems)
            j["problems"].push_back({{"file", p.file}, {"problem", p.problem}});
        std::cout << j.dump(2) << "\n";
    } else {
        std::printf("evaluation rule: %s, pAUC at FPR <= %g (scikit-learn / DCASE, McClish-standardised)\n\n",
                    toString(rule), maxFpr);
        std::printf("%-14s %-11s %-7s %7s %7s %6s %6s %7s %7s %7s\n", "type", "group", "domain", "AUC", "pAUC",
                    "normal", "anomaly", "prec.", "recall", "F1");
        for (const auto &g : e.groups)
            std::printf("%-14s %-11s %-7s %7s %7s %6d %6d %7s %7s %7s\n", g.machineType.c_str(), g.group.c_str(),
                        g.domain == Domain::None ? "all" : toString(g.domain), pct(g.auc).c_str(),
                        pct(g.pauc).c_str(), g.nNormal, g.nAnomaly, pct(g.precision).c_str(), pct(g.recall).c_str(),
                        pct(g.f1).c_str());
        std::printf("\n%-14s %7s %7s %7s %12s %12s\n", "type", "AUC", "pAUC", "mAUC", "AUC(ID mean)",
                    "pAUC(ID mean)");
        for (const auto &t : e.types)
            std::printf("%-14s %7s %7s %7s %12s %12s\n", t.machineType.c_str(), pct(t.auc).c_str(),
                        pct(t.pauc).c_str(), pct(t.mauc).c_str(), pct(t.aucMean).c_str(), pct(t.paucMean).c_str());
        std::printf("%-14s %7s %7s %7s %12s %12s\n", "mean", pct(e.aucMean).c_str(), pct(e.paucMean).c_str(),
                    pct(e.maucMean).c_str(), pct(e.aucPerGroupMean).c_str(), pct(e.paucPerGroupMean).c_str());
        if (!std::isnan(e.aucDomainsHmean))
            std::printf("official evaluator's harmonic mean row: AUC %s (of AUC (source) and AUC (target)), "
                        "AUC (source) %s, AUC (target) %s, pAUC %s\n",
                        pct(e.aucDomainsHmean).c_str(), pct(e.aucSourceHmean).c_str(), pct(e.aucTargetHmean).c_str(),
                        pct(e.paucSectionsHmean).c_str());
        std::printf("this tool's harmonic mean of the per-%s rows over all their clips: AUC %s, pAUC %s\n",
                    e.groups.empty() || e.groups.front().group.rfind("id_", 0) == 0 ? "ID" : "section",
                    pct(e.aucHmean).c_str(), pct(e.paucHmean).c_str());
        if (!std::isnan(e.officialScore))
            std::printf("DCASE 2023/24 official score (h-mean of AUC_s, AUC_t, pAUC): %s\n",
                        pct(e.officialScore).c_str());
        if (!reading.problems.empty()) {
            std::printf("\n%zu problem(s) with the score files:\n", reading.problems.size());
            for (const auto &p : reading.problems)
                std::printf("  %s: %s\n", p.file.c_str(), p.problem.c_str());
        }
    }
    // Incomplete or inconsistent score files make the figures untrustworthy: say so in the status.
    return reading.problems.empty() ? 0 : 3;
}

} // namespace asd::cli
