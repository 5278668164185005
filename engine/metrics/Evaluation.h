// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "dataset/Clip.h"

namespace asd {

// One scored test clip with what the evaluation needs to know about it.
struct ScoredClip {
    std::string fileName;
    std::string machineType;
    std::string group; // "id_00" or "section_00"
    Domain domain = Domain::None;
    Label label = Label::Unknown; // Normal or Anomaly; others are ignored
    double score = 0.0;           // higher = more anomalous
    std::string path;             // where known, so a view can open the clip
    int decision = -1;            // from a decision file: 1 anomalous, 0 normal, -1 none
};

// How each DCASE year's evaluator forms its per-group figures (reference §1.3).
enum class EvaluationRule {
    PerGroup,    // DCASE 2020: AUC and pAUC per machine ID (or section), all clips
    PerDomain,   // DCASE 2021: per section and domain, each on that domain's own clips
    SourceTarget // DCASE 2023/24: AUC_source = source normals + all anomalies, AUC_target
                 // likewise; pAUC over both domains
};
const char *toString(EvaluationRule r);

struct GroupResult {
    std::string machineType;
    std::string group;
    Domain domain = Domain::None; // None: the row over all of the group's clips
    double auc = 0.0;
    double pauc = 0.0;
    int nNormal = 0;
    int nAnomaly = 0;
    // From the decisions, on this domain's own clips (NaN without decision files).
    double precision = std::nan(""), recall = std::nan(""), f1 = std::nan("");
};

struct TypeResult {
    std::string machineType;
    double auc = 0.0;     // IDs pooled into one AUC (OS-SCL, Noisy-ArcMix)
    double pauc = 0.0;    // pooled
    double aucMean = 0.0; // arithmetic mean of the per-group AUCs (DCASE 2020 evaluator)
    double paucMean = 0.0;
    double mauc = 0.0;    // minimum per-group AUC
};

struct EvaluationSummary {
    EvaluationRule rule = EvaluationRule::PerGroup;
    double maxFpr = 0.1;
    std::vector<GroupResult> groups;
    std::vector<TypeResult> types;
    // Over machine types: arithmetic means of the pooled and per-group-mean figures and of
    // mAUC, and harmonic means of the per-group figures.
    double aucMean = 0.0, paucMean = 0.0, maucMean = 0.0;
    double aucPerGroupMean = 0.0, paucPerGroupMean = 0.0;
    double aucHmean = 0.0, paucHmean = 0.0;
    // DCASE 2023/24 official score: harmonic mean over all AUC_source, AUC_target and pAUC
    // (SourceTarget rule only; NaN otherwise).
    double officialScore = 0.0;
    // The official evaluators' "harmonic mean" row, over sections (domain rules only; NaN
    // otherwise): of the AUC (source) column, of the AUC (target) column, of both columns
    // together (its "AUC"), and of the pAUC column.
    double aucSourceHmean = 0.0, aucTargetHmean = 0.0, aucDomainsHmean = 0.0, paucSectionsHmean = 0.0;
};

// Harmonic mean with each value clipped at the float epsilon, as the DCASE evaluators do.
double harmonicMean(const std::vector<double> &values);

// Groups with only one label present get NaN figures and are left out of the means.
EvaluationSummary evaluate(const std::vector<ScoredClip> &clips, EvaluationRule rule, double maxFpr = 0.1);

// PerGroup for data without domains, SourceTarget when any clip has one.
EvaluationRule defaultRule(const std::vector<ScoredClip> &clips);

} // namespace asd
