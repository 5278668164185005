// SPDX-License-Identifier: GPL-3.0-or-later
// AUC, pAUC and the DCASE aggregations, against scikit-learn's own values.
#include "analysis/Projection.h"
#include "dataset/DatasetIndex.h"
#include "metrics/Decision.h"
#include "metrics/Evaluation.h"
#include "metrics/EvaluatorCsv.h"
#include "metrics/RocAuc.h"
#include "score/ScoreFiles.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <random>

using namespace asd;

namespace {

// A CSV text's lines, without their line ends.
std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    for (std::size_t a = 0, b; (b = text.find('\n', a)) != std::string::npos; a = b + 1)
        lines.push_back(text.substr(a, b - a));
    return lines;
}
ScoredClip sc(const char *type, const char *group, Domain d, Label l, double s)
{
    return {std::string(group) + std::to_string(s), type, group, d, l, s};
}

const GroupResult *row(const EvaluationSummary &e, const std::string &type, const std::string &group, Domain d)
{
    for (const auto &g : e.groups)
        if (g.machineType == type && g.group == group && g.domain == d)
            return &g;
    return nullptr;
}
} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesScikitLearn_data()
    {
        QTest::addColumn<QJsonObject>("c");
        QFile f(test::testDataDir() + QStringLiteral("/fixtures/roc_auc_cases.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 11);
        for (const auto &c : cases)
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }
    void matchesScikitLearn()
    {
        QFETCH(QJsonObject, c);
        std::vector<double> s;
        std::vector<int> y;
        for (const auto &v : c.value(QStringLiteral("scores")).toArray())
            s.push_back(v.toDouble());
        for (const auto &v : c.value(QStringLiteral("labels")).toArray())
            y.push_back(v.toInt());
        auto check = [&](double got, const char *key) {
            const double want = c.value(QLatin1String(key)).toDouble();
            QVERIFY2(std::abs(got - want) <= 1e-9, qPrintable(QStringLiteral("%1: %2 vs sklearn %3")
                                                                  .arg(QLatin1String(key))
                                                                  .arg(got, 0, 'g', 17)
                                                                  .arg(want, 0, 'g', 17)));
        };
        check(rocAuc(s, y), "auc");
        check(partialRocAuc(s, y, 0.1), "pauc_0.1");
        check(partialRocAuc(s, y, 0.05), "pauc_0.05");
        check(partialRocAuc(s, y, 0.2), "pauc_0.2");
    }

    void handCases()
    {
        // Ties count one half: one anomaly tied with one normal.
        QCOMPARE(rocAuc({1.0, 1.0}, {0, 1}), 0.5);
        QCOMPARE(rocAuc({0.0, 1.0}, {0, 1}), 1.0);
        QCOMPARE(partialRocAuc({0.0, 1.0}, {0, 1}, 0.1), 1.0);
        QCOMPARE(partialRocAuc({1.0, 0.0}, {0, 1}, 0.1), 0.5 * (1 + (0 - 0.005) / 0.095));
        QVERIFY(std::isnan(rocAuc({1.0, 2.0}, {1, 1}))); // one class only
        QVERIFY(std::isnan(partialRocAuc({1.0, 2.0}, {0, 0}, 0.1)));
        // No clips at all (the Results view before anything is scored): no area, and the
        // partial AUC reads nothing past the curve's one point.
        QVERIFY(std::isnan(rocAuc({}, {})));
        QVERIFY(std::isnan(partialRocAuc({}, {}, 0.1)));
        const auto roc = rocCurve({3, 2, 2, 1}, {1, 1, 0, 0});
        QCOMPARE(roc.size(), std::size_t(4)); // (0,0) + three distinct scores
        QCOMPARE(roc[2].fpr, 0.5);
        QCOMPARE(roc[2].tpr, 1.0);
    }

    void aggregatesLikeTheDcaseEvaluators()
    {
        // fan id_00: perfect; fan id_02: inverted; pump id_00: perfect.
        std::vector<ScoredClip> clips = {
            sc("fan", "id_00", Domain::None, Label::Normal, 0.1), sc("fan", "id_00", Domain::None, Label::Anomaly, 0.9),
            sc("fan", "id_02", Domain::None, Label::Normal, 0.8), sc("fan", "id_02", Domain::None, Label::Anomaly, 0.2),
            sc("pump", "id_00", Domain::None, Label::Normal, 0.3), sc("pump", "id_00", Domain::None, Label::Anomaly, 0.4),
        };
        const EvaluationSummary e = evaluate(clips, EvaluationRule::PerGroup);
        QCOMPARE(e.groups.size(), std::size_t(3));
        QCOMPARE(row(e, "fan", "id_02", Domain::None)->auc, 0.0);
        QCOMPARE(e.types.size(), std::size_t(2));
        const TypeResult &fan = e.types[0];
        QCOMPARE(fan.machineType, std::string("fan"));
        QCOMPARE(fan.aucMean, 0.5);                          // DCASE 2020: mean over IDs
        QCOMPARE(fan.mauc, 0.0);                             // minimum over IDs
        QCOMPARE(fan.auc, rocAuc({0.1, 0.9, 0.8, 0.2}, {0, 1, 0, 1})); // OS-SCL: IDs pooled
        QCOMPARE(e.maucMean, 0.5);                           // (0 + 1) / 2 over types
        QCOMPARE(e.aucPerGroupMean, (0.5 + 1.0) / 2);
        QVERIFY(std::isnan(e.officialScore));
    }

    void sourceTargetRuleUsesAllAnomalies()
    {
        // Source normals score low, target normals high; anomalies in between.
        std::vector<ScoredClip> clips = {
            sc("fan", "section_00", Domain::Source, Label::Normal, 0.1),
            sc("fan", "section_00", Domain::Source, Label::Normal, 0.2),
            sc("fan", "section_00", Domain::Target, Label::Normal, 0.8),
            sc("fan", "section_00", Domain::Target, Label::Normal, 0.9),
            sc("fan", "section_00", Domain::Source, Label::Anomaly, 0.5),
            sc("fan", "section_00", Domain::Target, Label::Anomaly, 0.6),
        };
        EvaluationSummary e = evaluate(clips, EvaluationRule::SourceTarget);
        QCOMPARE(row(e, "fan", "section_00", Domain::Source)->auc, 1.0); // source normals vs both anomalies
        QCOMPARE(row(e, "fan", "section_00", Domain::Source)->nAnomaly, 2);
        QCOMPARE(row(e, "fan", "section_00", Domain::Target)->auc, 0.0);
        const double pauc = partialRocAuc({0.1, 0.2, 0.8, 0.9, 0.5, 0.6}, {0, 0, 0, 0, 1, 1});
        QCOMPARE(row(e, "fan", "section_00", Domain::None)->pauc, pauc);
        QCOMPARE(e.officialScore, harmonicMean({1.0, 0.0, pauc}));
        // Decisions: precision/recall/F1 per domain on that domain's own clips.
        for (auto &c : clips)
            c.decision = c.score > 0.55 ? 1 : 0; // calls the target normals and the target anomaly
        e = evaluate(clips, EvaluationRule::SourceTarget);
        QCOMPARE(row(e, "fan", "section_00", Domain::Source)->recall, 0.0);    // its anomaly (0.5) missed
        QCOMPARE(row(e, "fan", "section_00", Domain::Target)->recall, 1.0);
        QCOMPARE(row(e, "fan", "section_00", Domain::Target)->precision, 1.0 / 3.0);
        QVERIFY(std::isnan(evaluate({sc("pump", "id_00", Domain::None, Label::Normal, 0.1)}, EvaluationRule::PerGroup)
                               .groups[0]
                               .precision)); // no decision files: no figures
        // DCASE 2021: each domain only on its own clips.
        e = evaluate(clips, EvaluationRule::PerDomain);
        QCOMPARE(row(e, "fan", "section_00", Domain::Source)->nAnomaly, 1);
        QCOMPARE(row(e, "fan", "section_00", Domain::Target)->auc, 0.0);
        QCOMPARE(int(defaultRule(clips)), int(EvaluationRule::SourceTarget));
    }

    void harmonicMeanClipsAtEpsilon()
    {
        QVERIFY(std::abs(harmonicMean({0.5, 1.0}) - 2.0 / 3.0) < 1e-12);
        QVERIFY(harmonicMean({0.0, 1.0}) > 0.0);
        QVERIFY(harmonicMean({0.0, 1.0}) < 1e-6);
    }

    void decisionThresholdAndCounts()
    {
        QVERIFY(std::abs(regularizedGammaP(1.0, 2.0) - (1 - std::exp(-2.0))) < 1e-12);
        QVERIFY(std::abs(gammaQuantile(2.0, 1.0, 0.9) - 3.88972) < 1e-4); // scipy.stats.gamma.ppf(0.9, 2)
        // Normal scores from gamma(2, 0.5): the fitted 0.9 quantile is close to the true one.
        std::mt19937 g(1);
        std::gamma_distribution<double> dist(2.0, 0.5);
        std::vector<double> normal(20000);
        for (auto &v : normal)
            v = dist(g);
        const double t = gammaThreshold(normal, 0.9);
        QVERIFY2(std::abs(t - 0.5 * 3.88972) < 0.05 * 1.945, qPrintable(QString::number(t)));
        const DecisionCounts d = decide({0.1, 0.5, 0.9, 0.95}, {0, 1, 0, 1}, 0.6);
        QCOMPARE(d.tp, 1);
        QCOMPARE(d.fp, 1);
        QCOMPARE(d.fn, 1);
        QCOMPARE(d.tn, 1);
        QCOMPARE(d.f1(), 0.5);
    }

    void projectionsKeepClustersApart()
    {
        // Two tight clusters in 16-D, far apart along one axis.
        std::vector<std::vector<float>> rows;
        for (int c = 0; c < 2; ++c)
            for (int i = 0; i < 20; ++i) {
                std::vector<float> r(16, 0.0f);
                r[0] = c ? 10.0f : -10.0f;
                r[1 + i % 15] = 0.3f * float(i % 3);
                rows.push_back(r);
            }
        auto separated = [&](const Projection2d &p) {
            double within = 0, between = 0;
            int nw = 0, nb = 0;
            for (std::size_t i = 0; i < rows.size(); ++i)
                for (std::size_t j = i + 1; j < rows.size(); ++j) {
                    const double d = std::hypot(p.points[i].first - p.points[j].first, p.points[i].second - p.points[j].second);
                    ((i < 20) == (j < 20) ? within : between) += d;
                    ((i < 20) == (j < 20) ? nw : nb) += 1;
                }
            return between / nb > 3.0 * within / nw;
        };
        const Projection2d pca = pcaProjection(rows);
        QVERIFY(pca.explained[0] > 0.9);
        QVERIFY(separated(pca));
        const Projection2d tsne = tsneProjection(rows, 10.0, 750, 7);
        QCOMPARE(tsne.points.size(), rows.size());
        QVERIFY(separated(tsne));
        QCOMPARE(tsneProjection(rows, 10.0, 750, 7).points, tsne.points); // seeded
        std::atomic<bool> cancel{true};
        QVERIFY(tsneProjection(rows, 10.0, 750, 7, &cancel).points.empty());
    }

    void scoreFilesRoundTripAndReportGaps()
    {
        QTemporaryDir data, scores;
        for (const char *name : {"fan/test/normal_id_00_00000000.wav", "fan/test/normal_id_00_00000001.wav",
                                 "fan/test/anomaly_id_00_00000000.wav", "fan/train/normal_id_00_00000005.wav"}) {
            const QString p = data.path() + QLatin1Char('/') + QLatin1String(name);
            QDir().mkpath(QFileInfo(p).absolutePath());
            test::writeAudio(p.toStdString(), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000, 160,
                             [](long, int) { return 0.1f; });
        }
        const DatasetIndex index = scanDataset(data.path().toStdString());
        std::vector<ScoredClip> tests;
        for (const auto &c : index.clips)
            if (c.split == Split::Test)
                tests.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label,
                                 c.label == Label::Anomaly ? 2.5 : 1.0, c.path});
        QCOMPARE(scoreFileName("fan", "id_00"), std::string("anomaly_score_fan_id_00.csv"));
        QCOMPARE(decisionFileName("fan", "section_01"), std::string("decision_result_fan_section_01_test.csv"));
        writeScoreFiles(scores.path().toStdString(), tests, [](const ScoredClip &) { return 2.0; });
        const auto decisions = test::readBytes(scores.path().toStdString() + "/decision_result_fan_id_00.csv");
        QCOMPARE(std::string(decisions.begin(), decisions.end()),
                 std::string("anomaly_id_00_00000000.wav,1\nnormal_id_00_00000000.wav,0\nnormal_id_00_00000001.wav,0\n"));
        ScoreFileReading r = readScoreFiles(scores.path().toStdString(), index);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.scored.size(), std::size_t(3));
        const EvaluationSummary withDecisions = evaluate(r.scored, EvaluationRule::PerGroup);
        QCOMPARE(withDecisions.groups[0].auc, 1.0);
        // The decision files were read back: every clip called correctly.
        QCOMPARE(withDecisions.groups[0].precision, 1.0);
        QCOMPARE(withDecisions.groups[0].recall, 1.0);
        QCOMPARE(withDecisions.groups[0].f1, 1.0);

        // Drop one line, add a stranger and a broken score: each is reported by name.
        test::writeText(scores.path().toStdString() + "/anomaly_score_fan_id_00.csv",
                        "normal_id_00_00000000.wav,1.0\nanomaly_id_00_00000000.wav,2.5\n"
                        "normal_id_00_00099999.wav,1.0\nnormal_id_00_00000001.wav,high\n");
        r = readScoreFiles(scores.path().toStdString(), index);
        QCOMPARE(r.scored.size(), std::size_t(2));
        auto reported = [&](const std::string &file, const std::string &what) {
            for (const auto &p : r.problems)
                if (p.file.find(file) != std::string::npos && p.problem.find(what) != std::string::npos)
                    return true;
            return false;
        };
        QVERIFY(reported("normal_id_00_00099999.wav", "not a test clip"));
        QVERIFY(reported("anomaly_score_fan_id_00.csv line 4", "not a finite number"));
        QVERIFY(reported("normal_id_00_00000001.wav", "has no score"));

        // Two files for one ID (a second seed of a baseline run beside the first): both are
        // named, neither is pooled; --match chooses one.
        test::writeText(scores.path().toStdString() + "/anomaly_score_fan_id_00.csv",
                        "normal_id_00_00000000.wav,1.0\nanomaly_id_00_00000000.wav,2.5\nnormal_id_00_00000001.wav,1.5\n");
        test::writeText(scores.path().toStdString() + "/anomaly_score_DCASE2020T2fan_id_00_seed2.csv",
                        "normal_id_00_00000000.wav,3.0\nanomaly_id_00_00000000.wav,0.5\nnormal_id_00_00000001.wav,1.5\n");
        r = readScoreFiles(scores.path().toStdString(), index);
        QVERIFY(r.scored.empty());
        QVERIFY(reported("anomaly_score_DCASE2020T2fan_id_00_seed2.csv", "2 score files for fan id_00"));
        QVERIFY(reported("anomaly_score_fan_id_00.csv", "choose with --match"));
        r = readScoreFiles(scores.path().toStdString(), index, "seed2");
        QVERIFY(r.problems.empty());
        QCOMPARE(r.scored.size(), std::size_t(3)); // the counts of one file, not two
        QCOMPARE(evaluate(r.scored, EvaluationRule::PerGroup).groups[0].auc, 0.0);
        r = readScoreFiles(scores.path().toStdString(), index, "no-such-tag");
        QVERIFY(reported(scores.path().toStdString(), "no-such-tag"));
    }

    void evaluatorHarmonicMeanRow()
    {
        // One section, source and target: the evaluator's harmonic-mean AUC is that of AUC
        // (source) and AUC (target), not of the section's AUC over all its clips.
        std::vector<ScoredClip> clips;
        auto add = [&](Domain d, Label l, double score) { clips.push_back({"x", "valve", "section_00", d, l, score, ""}); };
        add(Domain::Source, Label::Normal, 0.1);
        add(Domain::Source, Label::Normal, 0.6);
        add(Domain::Source, Label::Anomaly, 0.5);
        add(Domain::Target, Label::Normal, 0.2);
        add(Domain::Target, Label::Normal, 0.9);
        add(Domain::Target, Label::Anomaly, 0.85);
        const EvaluationSummary e = evaluate(clips, EvaluationRule::SourceTarget);
        double source = 0, target = 0;
        for (const auto &g : e.groups)
            (g.domain == Domain::Source ? source : g.domain == Domain::Target ? target : source) +=
                g.domain == Domain::None ? 0.0 : g.auc;
        QVERIFY(source > 0 && target > 0);
        QCOMPARE(e.aucSourceHmean, source);
        QCOMPARE(e.aucTargetHmean, target);
        QVERIFY(std::abs(e.aucDomainsHmean - 2.0 / (1.0 / source + 1.0 / target)) < 1e-12);
        QVERIFY(e.aucDomainsHmean != e.aucHmean);
        QVERIFY(std::isnan(evaluate(clips, EvaluationRule::PerGroup).aucDomainsHmean));
    }

    void evaluatorResultCsvHasTheEvaluatorsLayout()
    {
        // One machine type, one section: source normals, target normals, anomalies of both.
        std::vector<ScoredClip> clips;
        for (int i = 0; i < 8; ++i) {
            const Domain d = i % 2 ? Domain::Target : Domain::Source;
            clips.push_back({"n" + std::to_string(i) + ".wav", "valve", "section_00", d, Label::Normal, 0.1 * i, "", i % 3 == 0});
            clips.push_back({"a" + std::to_string(i) + ".wav", "valve", "section_00", d, Label::Anomaly, 0.3 + 0.1 * i, "", 1});
        }
        const EvaluationSummary e = evaluate(clips, EvaluationRule::SourceTarget);
        const std::string csv = evaluatorResultCsv(e);
        const std::vector<std::string> lines = linesOf(csv);
        QCOMPARE(lines[0], std::string("valve"));
        QVERIFY(lines[1].rfind("section,AUC (all),AUC (source),AUC (target),pAUC,precision (source)", 0) == 0);
        QVERIFY(lines[2].rfind("00,", 0) == 0);
        QCOMPARE(std::count(lines[2].begin(), lines[2].end(), ','), std::ptrdiff_t(10));
        QCOMPARE(lines[3], std::string(",,AUC,pAUC,precision,recall,F1 score"));
        QVERIFY(lines[4].rfind("arithmetic mean,,", 0) == 0);
        // The labels with commas are quoted, as Python's csv module writes them.
        QVERIFY(csv.find("\n\"arithmetic mean over all machine types, sections, and domains\",,") != std::string::npos);
        // The official score is the summary's, written so that it reads back exactly.
        const std::string last = lines.back();
        QVERIFY(last.rfind("official score,,", 0) == 0);
        QCOMPARE(std::stod(last.substr(16)), e.officialScore);
        // Per ID, the 2020 evaluator's layout.
        const EvaluationSummary perGroup = evaluate(clips, EvaluationRule::PerGroup);
        QVERIFY(evaluatorResultCsv(perGroup).rfind("valve\nid,AUC,pAUC\n00,", 0) == 0);
        QVERIFY(evaluatorResultCsv(perGroup).find("\nAverage,") != std::string::npos);
        // Per domain, the 2021 evaluator's: source rows, then target rows, each on its domain's
        // own clips, with the summary's figures; the means; then the means over everything.
        const EvaluationSummary perDomain = evaluate(clips, EvaluationRule::PerDomain);
        const std::vector<std::string> rows = linesOf(evaluatorResultCsv(perDomain));
        QCOMPARE(rows[0], std::string("valve"));
        QCOMPARE(rows[1], std::string("section,domain,AUC,pAUC,precision,recall,F1 score"));
        QVERIFY(rows[2].rfind("00,source,", 0) == 0 && rows[3].rfind("00,target,", 0) == 0);
        for (const GroupResult &g : perDomain.groups)
            if (g.domain != Domain::None) {
                const std::string &row = rows[g.domain == Domain::Source ? 2 : 3];
                const std::size_t at = row.find(',', row.find(',') + 1) + 1;
                QCOMPARE(std::stod(row.substr(at)), g.auc);
            }
        QVERIFY(rows[4].rfind("arithmetic mean,,", 0) == 0 && rows[5].rfind("harmonic mean,,", 0) == 0);
        QCOMPARE(rows[6], std::string());
        QCOMPARE(rows[7], std::string(",,AUC,pAUC,precision,recall,F1 score"));
        QVERIFY(rows[8].rfind("\"arithmetic mean over all machine types, sections, and domains\",,", 0) == 0);
        QCOMPARE(std::count(rows[8].begin(), rows[8].end(), ','), std::ptrdiff_t(6 + 2)); // 7 fields, 2 commas in the quoted label
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
