// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Evaluation.h"

#include "metrics/Decision.h"
#include "metrics/RocAuc.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace asd {
namespace {

struct Figures {
    double auc, pauc;
    int normals, anomalies;
};

Figures figuresOf(const std::vector<const ScoredClip *> &clips, double maxFpr)
{
    std::vector<double> s;
    std::vector<int> y;
    for (const auto *c : clips) {
        if (c->label == Label::Unknown)
            continue;
        s.push_back(c->score);
        y.push_back(c->label == Label::Anomaly);
    }
    const int anomalies = int(std::count(y.begin(), y.end(), 1));
    return {rocAuc(s, y), partialRocAuc(s, y, maxFpr), int(y.size()) - anomalies, anomalies};
}

// Precision, recall and F1 of the decisions on the given clips (the DCASE 2023/24 evaluator
// computes them per domain on that domain's clips).
void decisionsOf(const std::vector<const ScoredClip *> &clips, Domain domain, GroupResult &g)
{
    std::vector<double> called;
    std::vector<int> labels;
    for (const auto *c : clips)
        if (c->decision >= 0 && c->label != Label::Unknown && (domain == Domain::None || c->domain == domain)) {
            called.push_back(c->decision);
            labels.push_back(c->label == Label::Anomaly);
        }
    if (called.empty())
        return;
    const DecisionCounts d = decide(called, labels, 0.5);
    g.precision = d.precision();
    g.recall = d.recall();
    g.f1 = d.f1();
}

double meanOf(const std::vector<double> &v)
{
    double sum = 0;
    int n = 0;
    for (double x : v)
        if (!std::isnan(x)) {
            sum += x;
            ++n;
        }
    return n ? sum / n : std::nan("");
}

} // namespace

const char *toString(EvaluationRule r)
{
    switch (r) {
    case EvaluationRule::PerGroup: return "per-group (DCASE 2020)";
    case EvaluationRule::PerDomain: return "per-domain (DCASE 2021)";
    case EvaluationRule::SourceTarget: return "source/target (DCASE 2023-24)";
    }
    return "?";
}

double harmonicMean(const std::vector<double> &values)
{
    const double eps = std::numeric_limits<float>::epsilon();
    double inv = 0;
    int n = 0;
    for (double v : values)
        if (!std::isnan(v)) {
            inv += 1.0 / std::max(v, eps);
            ++n;
        }
    return n ? n / inv : std::nan("");
}

EvaluationRule defaultRule(const std::vector<ScoredClip> &clips)
{
    for (const auto &c : clips)
        if (c.domain != Domain::None)
            return EvaluationRule::SourceTarget;
    return EvaluationRule::PerGroup;
}

EvaluationSummary evaluate(const std::vector<ScoredClip> &clips, EvaluationRule rule, double maxFpr)
{
    EvaluationSummary out;
    out.rule = rule;
    out.maxFpr = maxFpr;
    // type -> group -> clips, in a stable order (types case-insensitively, groups by name).
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::tolower(ch); });
        return s;
    };
    std::map<std::string, std::pair<std::string, std::map<std::string, std::vector<const ScoredClip *>>>> byType;
    for (const auto &c : clips) {
        auto &entry = byType[lower(c.machineType)];
        entry.first = c.machineType;
        entry.second[c.group].push_back(&c);
    }

    std::vector<double> officialTerms;
    for (const auto &[key, entry] : byType) {
        const auto &[type, groups] = entry;
        TypeResult tr;
        tr.machineType = type;
        std::vector<const ScoredClip *> all;
        std::vector<double> groupAucs, groupPaucs;
        for (const auto &[group, members] : groups) {
            all.insert(all.end(), members.begin(), members.end());
            auto add = [&](Domain d, const Figures &f) {
                GroupResult g{type, group, d, f.auc, f.pauc, f.normals, f.anomalies};
                decisionsOf(members, d, g);
                out.groups.push_back(g);
            };
            auto select = [&](const std::function<bool(const ScoredClip &)> &keep) {
                std::vector<const ScoredClip *> v;
                for (const auto *c : members)
                    if (keep(*c))
                        v.push_back(c);
                return v;
            };
            const Figures whole = figuresOf(members, maxFpr);
            add(Domain::None, whole);
            groupAucs.push_back(whole.auc);
            groupPaucs.push_back(whole.pauc);
            if (rule == EvaluationRule::PerGroup)
                continue;
            for (Domain d : {Domain::Source, Domain::Target}) {
                const auto subset = select([&](const ScoredClip &c) {
                    if (rule == EvaluationRule::PerDomain)
                        return c.domain == d;
                    return c.domain == d || c.label == Label::Anomaly; // all anomalies (2023/24)
                });
                const bool any = std::any_of(subset.begin(), subset.end(), [&](const ScoredClip *c) {
                    return c->domain == d && c->label != Label::Unknown;
                });
                if (!any)
                    continue;
                const Figures f = figuresOf(subset, maxFpr);
                add(d, f);
                if (rule == EvaluationRule::SourceTarget)
                    officialTerms.push_back(f.auc);
            }
            if (rule == EvaluationRule::SourceTarget)
                officialTerms.push_back(whole.pauc);
        }
        const Figures pooled = figuresOf(all, maxFpr);
        tr.auc = pooled.auc;
        tr.pauc = pooled.pauc;
        tr.aucMean = meanOf(groupAucs);
        tr.paucMean = meanOf(groupPaucs);
        tr.mauc = std::nan("");
        for (double a : groupAucs)
            if (!std::isnan(a))
                tr.mauc = std::isnan(tr.mauc) ? a : std::min(tr.mauc, a);
        out.types.push_back(tr);
    }

    std::vector<double> aucs, paucs, maucs, groupAucMeans, groupPaucMeans, groupAucs, groupPaucs;
    for (const auto &t : out.types) {
        aucs.push_back(t.auc);
        paucs.push_back(t.pauc);
        maucs.push_back(t.mauc);
        groupAucMeans.push_back(t.aucMean);
        groupPaucMeans.push_back(t.paucMean);
    }
    for (const auto &g : out.groups)
        if (g.domain == Domain::None) {
            groupAucs.push_back(g.auc);
            groupPaucs.push_back(g.pauc);
        }
    out.aucMean = meanOf(aucs);
    out.paucMean = meanOf(paucs);
    out.maucMean = meanOf(maucs);
    out.aucPerGroupMean = meanOf(groupAucMeans);
    out.paucPerGroupMean = meanOf(groupPaucMeans);
    out.aucHmean = harmonicMean(groupAucs);
    out.paucHmean = harmonicMean(groupPaucs);
    out.officialScore = rule == EvaluationRule::SourceTarget ? harmonicMean(officialTerms) : std::nan("");
    std::vector<double> source, target, both, sectionPaucs;
    for (const auto &g : out.groups) {
        (g.domain == Domain::Source ? source : g.domain == Domain::Target ? target : sectionPaucs)
            .push_back(g.domain == Domain::None ? g.pauc : g.auc);
        if (g.domain != Domain::None)
            both.push_back(g.auc);
    }
    const bool domains = rule != EvaluationRule::PerGroup;
    out.aucSourceHmean = domains ? harmonicMean(source) : std::nan("");
    out.aucTargetHmean = domains ? harmonicMean(target) : std::nan("");
    out.aucDomainsHmean = domains ? harmonicMean(both) : std::nan("");
    out.paucSectionsHmean = domains ? harmonicMean(sectionPaucs) : std::nan("");
    return out;
}

} // namespace asd
