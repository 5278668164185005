// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include "metrics/Evaluation.h"

namespace asd {

// The metrics as JSON, in one layout for `asd eval --json`, job events, comparisons and run
// records: {rule, max_fpr, groups[{machine_type, group, id, section, domain, auc, pauc,
// n_normal, n_anomaly, precision, recall, f1}], types[{machine_type, auc, pauc, mauc,
// auc_id_mean, pauc_id_mean}], means{auc, pauc, mauc, auc_id_mean, pauc_id_mean, auc_hmean,
// pauc_hmean, evaluator_hmean{auc, auc_source, auc_target, pauc}, official_score}}.
// A figure that does not exist (NaN) is null; a group's domain is null on its row over all
// of its clips.
nlohmann::json metricsToJson(const EvaluationSummary &summary);
// The inverse; missing fields read as NaN (older files). Throws nlohmann::json::exception on
// fields of the wrong kind.
EvaluationSummary metricsFromJson(const nlohmann::json &j);

// NaN as null and back.
nlohmann::json jsonNumber(double v);
double numberFromJson(const nlohmann::json &v);

} // namespace asd
