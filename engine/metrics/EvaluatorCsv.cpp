// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/EvaluatorCsv.h"

#include <charconv>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>

namespace asd {

namespace {

// As Python's repr of a float: the shortest text that reads back to the same double.
std::string pythonFloat(double v)
{
    if (std::isnan(v))
        return "nan";
    char text[32];
    const auto [end, error] = std::to_chars(text, text + sizeof text, v);
    std::string s(text, end);
    if (s.find_first_of(".en") == std::string::npos)
        s += ".0"; // 1.0, not 1
    return s;
}

// A text field as Python's csv module writes it: quoted when it holds a comma, quote or line break.
std::string field(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char ch : text)
        quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return quoted + "\"";
}

// A section row's cell: empty for NaN, as pandas' to_csv writes it.
std::string cell(double v) { return std::isnan(v) ? std::string() : pythonFloat(v); }

struct Section {
    std::string id; // "00"
    double aucAll = std::nan(""), aucSource = std::nan(""), aucTarget = std::nan(""), pauc = std::nan("");
    double precision[2] = {std::nan(""), std::nan("")}, recall[2] = {std::nan(""), std::nan("")},
           f1[2] = {std::nan(""), std::nan("")};
};

double mean(const std::vector<double> &v)
{
    return v.empty() ? std::nan("") : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double hmeanOf(const std::vector<double> &v)
{
    for (double x : v)
        if (std::isnan(x))
            return std::nan("");
    return harmonicMean(v);
}

// The five "AUC, pAUC, precision, recall, F1 score" rows of the evaluator, over source then target.
struct Performance {
    std::vector<double> rows[5];
    void add(const Section &s)
    {
        rows[0].insert(rows[0].begin() + std::ptrdiff_t(rows[0].size() / 2), s.aucSource);
        rows[0].push_back(s.aucTarget);
        rows[1].insert(rows[1].begin() + std::ptrdiff_t(rows[1].size() / 2), s.pauc);
        rows[1].push_back(s.pauc);
        const double *pairs[3] = {s.precision, s.recall, s.f1};
        for (int r = 0; r < 3; ++r) {
            rows[2 + r].insert(rows[2 + r].begin() + std::ptrdiff_t(rows[2 + r].size() / 2), pairs[r][0]);
            rows[2 + r].push_back(pairs[r][1]);
        }
    }
    std::string line(const std::string &label, double (*f)(const std::vector<double> &), int half) const
    {
        std::string out = field(label) + ",";
        for (const auto &row : rows) {
            const std::size_t n = row.size() / 2;
            const std::vector<double> part = half == 0   ? std::vector<double>(row.begin(), row.begin() + std::ptrdiff_t(n))
                                             : half == 1 ? std::vector<double>(row.begin() + std::ptrdiff_t(n), row.end())
                                                         : row;
            out += "," + pythonFloat(f(part));
        }
        return out + "\n";
    }
    std::string means(const std::string &suffix) const
    {
        constexpr int both = -1; // half: 0 source, 1 target, both
        return line("arithmetic mean" + suffix, mean, both) + line("harmonic mean" + suffix, hmeanOf, both) +
               line("source harmonic mean" + suffix, hmeanOf, 0) + line("target harmonic mean" + suffix, hmeanOf, 1);
    }
};

// The 2020 evaluator's layout: per machine type its IDs' AUC and pAUC, and their average.
std::string perGroupCsv(const EvaluationSummary &summary)
{
    std::map<std::string, std::map<std::string, const GroupResult *>> byType;
    for (const GroupResult &g : summary.groups)
        if (g.domain == Domain::None)
            byType[g.machineType][g.group] = &g;
    std::string out;
    for (const auto &[type, groups] : byType) {
        out += field(type) + "\nid,AUC,pAUC\n";
        std::vector<double> aucs, paucs;
        for (const auto &[group, g] : groups) {
            out += group.substr(group.find('_') + 1) + "," + pythonFloat(g->auc) + "," + pythonFloat(g->pauc) + "\n";
            aucs.push_back(g->auc);
            paucs.push_back(g->pauc);
        }
        out += "Average," + pythonFloat(mean(aucs)) + "," + pythonFloat(mean(paucs)) + "\n\n";
    }
    return out;
}

// The 2021 evaluator's layout (y-kawagu/dcase2021_task2_evaluator): per machine type a row per
// domain (source, then target) and section with AUC, pAUC, precision, recall and F1 on that
// domain's own clips, their arithmetic and harmonic means; then both over everything.
std::string perDomainCsv(const EvaluationSummary &summary)
{
    std::map<std::string, std::map<Domain, std::map<std::string, const GroupResult *>>> byType;
    for (const GroupResult &g : summary.groups)
        if (g.domain != Domain::None)
            byType[g.machineType][g.domain][g.group] = &g;
    const std::string header = "AUC,pAUC,precision,recall,F1 score\n";
    auto means = [](const std::string &suffix, const std::vector<std::vector<double>> &rows) {
        std::string arithmetic = field("arithmetic mean" + suffix) + ",", harmonic = field("harmonic mean" + suffix) + ",";
        for (std::size_t k = 0; k < 5; ++k) {
            std::vector<double> column;
            for (const auto &r : rows)
                column.push_back(r[k]);
            arithmetic += "," + pythonFloat(mean(column));
            harmonic += "," + pythonFloat(hmeanOf(column));
        }
        return arithmetic + "\n" + harmonic + "\n";
    };
    std::string out;
    std::vector<std::vector<double>> overall;
    for (const auto &[type, domains] : byType) {
        out += field(type) + "\nsection,domain," + header;
        std::vector<std::vector<double>> rows;
        for (Domain d : {Domain::Source, Domain::Target}) {
            const auto it = domains.find(d);
            if (it == domains.end())
                continue;
            for (const auto &[group, g] : it->second) {
                const std::vector<double> row{g->auc, g->pauc, g->precision, g->recall, g->f1};
                out += group.substr(group.find('_') + 1) + "," + toString(d);
                for (double v : row)
                    out += "," + pythonFloat(v);
                out += "\n";
                rows.push_back(row);
                overall.push_back(row);
            }
        }
        out += means("", rows) + "\n";
    }
    out += ",," + header + means(" over all machine types, sections, and domains", overall) + "\n";
    return out;
}

} // namespace

std::string evaluatorResultCsv(const EvaluationSummary &summary)
{
    if (summary.rule == EvaluationRule::PerGroup)
        return perGroupCsv(summary);
    if (summary.rule == EvaluationRule::PerDomain)
        return perDomainCsv(summary);
    std::map<std::string, std::map<std::string, Section>> byType; // sorted, as the evaluator's glob
    for (const GroupResult &g : summary.groups) {
        Section &s = byType[g.machineType][g.group];
        s.id = g.group.substr(g.group.find('_') + 1);
        switch (g.domain) {
        case Domain::None:
            s.aucAll = g.auc;
            s.pauc = g.pauc;
            break;
        case Domain::Source:
        case Domain::Target: {
            const int d = g.domain == Domain::Source ? 0 : 1;
            (d == 0 ? s.aucSource : s.aucTarget) = g.auc;
            s.precision[d] = g.precision;
            s.recall[d] = g.recall;
            s.f1[d] = g.f1;
            break;
        }
        }
    }
    const std::string meansHeader = ",,AUC,pAUC,precision,recall,F1 score\n";
    std::string out;
    Performance overall;
    std::vector<double> officialParts[2];
    for (const auto &[type, sections] : byType) {
        out += field(type) + "\n";
        out += "section,AUC (all),AUC (source),AUC (target),pAUC,precision (source),precision (target),recall (source),"
               "recall (target),F1 score (source),F1 score (target)\n";
        Performance perType;
        for (const auto &[group, s] : sections) {
            out += s.id + "," + cell(s.aucAll) + "," + cell(s.aucSource) + "," + cell(s.aucTarget) + "," + cell(s.pauc) +
                   "," + cell(s.precision[0]) + "," + cell(s.precision[1]) + "," + cell(s.recall[0]) + "," +
                   cell(s.recall[1]) + "," + cell(s.f1[0]) + "," + cell(s.f1[1]) + "\n";
            perType.add(s);
            overall.add(s);
        }
        out += meansHeader + perType.means("") + "\n";
    }
    out += meansHeader + overall.means(" over all machine types, sections, and domains") + "\n";
    out += "official score,," + pythonFloat(summary.officialScore) + "\n";
    return out;
}

} // namespace asd
