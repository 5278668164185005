// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsJson.h"

#include <cmath>
#include <string>

namespace asd {

nlohmann::json jsonNumber(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

double numberFromJson(const nlohmann::json &v) { return v.is_number() ? v.get<double>() : std::nan(""); }

namespace {

// "id_04" -> 4 for the id field, "section_01" -> 1 for the section field.
nlohmann::json groupNumber(const std::string &group, const char *prefix)
{
    if (group.rfind(prefix, 0) != 0)
        return nullptr;
    try {
        return std::stoi(group.substr(std::string(prefix).size()));
    } catch (const std::exception &) {
        return nullptr;
    }
}

double field(const nlohmann::json &j, const char *key)
{
    return j.is_object() && j.contains(key) ? numberFromJson(j.at(key)) : std::nan("");
}

} // namespace

nlohmann::json metricsToJson(const EvaluationSummary &e)
{
    nlohmann::json j;
    j["rule"] = toString(e.rule);
    j["max_fpr"] = e.maxFpr;
    j["groups"] = nlohmann::json::array();
    for (const auto &g : e.groups)
        j["groups"].push_back({{"machine_type", g.machineType},
                               {"group", g.group},
                               {"id", groupNumber(g.group, "id_")},
                               {"section", groupNumber(g.group, "section_")},
                               {"domain", g.domain == Domain::None ? nlohmann::json(nullptr) : nlohmann::json(toString(g.domain))},
                               {"auc", jsonNumber(g.auc)},
                               {"pauc", jsonNumber(g.pauc)},
                               {"n_normal", g.nNormal},
                               {"n_anomaly", g.nAnomaly},
                               {"precision", jsonNumber(g.precision)},
                               {"recall", jsonNumber(g.recall)},
                               {"f1", jsonNumber(g.f1)}});
    j["types"] = nlohmann::json::array();
    for (const auto &t : e.types)
        j["types"].push_back({{"machine_type", t.machineType},
                              {"auc", jsonNumber(t.auc)},
                              {"pauc", jsonNumber(t.pauc)},
                              {"mauc", jsonNumber(t.mauc)},
                              {"auc_id_mean", jsonNumber(t.aucMean)},
                              {"pauc_id_mean", jsonNumber(t.paucMean)}});
    j["means"] = {{"auc", jsonNumber(e.aucMean)},
                  {"pauc", jsonNumber(e.paucMean)},
                  {"mauc", jsonNumber(e.maucMean)},
                  {"auc_id_mean", jsonNumber(e.aucPerGroupMean)},
                  {"pauc_id_mean", jsonNumber(e.paucPerGroupMean)},
                  {"auc_hmean", jsonNumber(e.aucHmean)},
                  {"pauc_hmean", jsonNumber(e.paucHmean)},
                  {"evaluator_hmean", {{"auc", jsonNumber(e.aucDomainsHmean)},
                                       {"auc_source", jsonNumber(e.aucSourceHmean)},
                                       {"auc_target", jsonNumber(e.aucTargetHmean)},
                                       {"pauc", jsonNumber(e.paucSectionsHmean)}}},
                  {"official_score", jsonNumber(e.officialScore)}};
    return j;
}

EvaluationSummary metricsFromJson(const nlohmann::json &j)
{
    EvaluationSummary m;
    const std::string rule = j.value("rule", std::string());
    for (EvaluationRule r : {EvaluationRule::PerGroup, EvaluationRule::PerDomain, EvaluationRule::SourceTarget})
        if (rule == toString(r))
            m.rule = r;
    m.maxFpr = j.contains("max_fpr") ? numberFromJson(j.at("max_fpr")) : 0.1;
    for (const auto &g : j.at("groups")) {
        GroupResult r;
        r.machineType = g.at("machine_type").get<std::string>();
        r.group = g.at("group").get<std::string>();
        const auto &d = g.at("domain");
        r.domain = !d.is_string()                                     ? Domain::None
                   : d.get<std::string>() == toString(Domain::Source) ? Domain::Source
                   : d.get<std::string>() == toString(Domain::Target) ? Domain::Target
                                                                      : Domain::None;
        r.auc = field(g, "auc");
        r.pauc = field(g, "pauc");
        r.nNormal = g.value("n_normal", 0);
        r.nAnomaly = g.value("n_anomaly", 0);
        r.precision = field(g, "precision");
        r.recall = field(g, "recall");
        r.f1 = field(g, "f1");
        m.groups.push_back(r);
    }
    for (const auto &t : j.at("types")) {
        TypeResult r;
        r.machineType = t.at("machine_type").get<std::string>();
        r.auc = field(t, "auc");
        r.pauc = field(t, "pauc");
        r.mauc = field(t, "mauc");
        r.aucMean = field(t, "auc_id_mean");
        r.paucMean = field(t, "pauc_id_mean");
        m.types.push_back(r);
    }
    const nlohmann::json means = j.contains("means") ? j.at("means") : nlohmann::json::object();
    m.aucMean = field(means, "auc");
    m.paucMean = field(means, "pauc");
    m.maucMean = field(means, "mauc");
    m.aucPerGroupMean = field(means, "auc_id_mean");
    m.paucPerGroupMean = field(means, "pauc_id_mean");
    m.aucHmean = field(means, "auc_hmean");
    m.paucHmean = field(means, "pauc_hmean");
    const nlohmann::json h = means.contains("evaluator_hmean") ? means.at("evaluator_hmean") : nlohmann::json::object();
    m.aucDomainsHmean = field(h, "auc");
    m.aucSourceHmean = field(h, "auc_source");
    m.aucTargetHmean = field(h, "auc_target");
    m.paucSectionsHmean = field(h, "pauc");
    m.officialScore = field(means, "official_score");
    return m;
}

} // namespace asd
