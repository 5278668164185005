// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/ensemble/EnsembleDetector.h"

#include "detectors/DetectorFile.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/LabelFreeEstimate.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

namespace {

std::string joined(const std::vector<std::string> &names)
{
    std::string s;
    for (const auto &n : names)
        s += (s.empty() ? "" : "+") + n;
    return s;
}

// A member is fitted from the normal clips alone with its own defaults and kept in a detector
// file: not the ensembles themselves, not the families that need an encoder or a teacher named,
// not the networks (kept as checkpoints, trained for long).
constexpr double kEstimateMargin = 0.05;

bool canBeMember(const DetectorFamily &f)
{
    return f.name != "fusion" && f.name != "auto" && !f.needsEncoder() && !f.needsTeacher() && !f.resumes;
}

} // namespace

const DetectorFamily &EnsembleDetector::description(Mode mode)
{
    using K = DetectorOption::Kind;
    static const DetectorFamily fusion{
        "fusion", "Fusion of detectors (mean of normalised scores)",
        "several families fitted together, each score in units of its own training scores' spread, averaged; "
        "shows which member drove each clip's score",
        withNoisyCopyOptions(
            {{"members", K::Text, "bandstats+patchcore",
              "the families fused, joined by + (each with its defaults, and the noisy copies asked for here)"},
             {"weights", K::Choice, "estimate",
              "estimate: each member weighted by how far its label-free estimate is above chance; equal: the plain "
              "mean",
              -HUGE_VAL, HUGE_VAL, {"estimate", "equal"}}})};
    static const DetectorFamily choose{
        "auto", "Auto (chosen per group without anomalies)",
        "per group, the member family whose label-free estimate is best: each is fitted on half the normal clips "
        "and scores the other half with and without pseudo-faults; needs no anomalous clips",
        withNoisyCopyOptions({{"members", K::Text, "bandstats+patchcore",
                               "the families chosen from, joined by + (each with its defaults, and the noisy copies "
                               "asked for here)"}})};
    return mode == Mode::Fuse ? fusion : choose;
}

EnsembleDetector::Options EnsembleDetector::parseOptions(const std::map<std::string, std::string> &given, Mode mode,
                                                        bool saved)
{
    const auto options = description(mode).resolve(given);
    Options o;
    o.mode = mode;
    o.equalWeights = mode == Mode::Fuse && textSetting(options, "weights") == "equal";
    o.noisy = noisyCopiesOf(options, 1, !saved);
    std::stringstream list(textSetting(options, "members"));
    std::string allowed;
    for (const auto &f : detectorFamilies())
        if (canBeMember(f))
            allowed += (allowed.empty() ? "" : ", ") + f.name;
    for (std::string name; std::getline(list, name, '+');) {
        if (name.empty())
            continue;
        const DetectorFamily *f = findDetectorFamily(name);
        if (!f || !canBeMember(*f))
            throw std::invalid_argument(description(mode).name + ": '" + name + "' cannot be a member (choose " +
                                        allowed + ")");
        if (std::find(o.members.begin(), o.members.end(), name) != o.members.end())
            throw std::invalid_argument(description(mode).name + ": member '" + name + "' is named twice");
        o.members.push_back(name);
    }
    if (o.members.empty())
        throw std::invalid_argument(description(mode).name + ": members names no family (choose " + allowed + ")");
    return o;
}

EnsembleDetector::EnsembleDetector(Options options) : m_options(std::move(options)) {}

std::map<std::string, std::string> EnsembleDetector::memberOptions(const std::string &member) const
{
    std::map<std::string, std::string> o;
    const DetectorFamily *f = findDetectorFamily(member);
    if (m_options.noisy.any() && f && f->option("noise"))
        addNoisyCopyOptions(m_options.noisy, o);
    return o;
}

std::string EnsembleDetector::describe() const
{
    std::string s = m_options.mode == Mode::Fuse ? "fusion of " : "auto from ";
    s += joined(m_options.members) + noisyCopyDescription(m_options.noisy) + ", " + std::to_string(m_groups.size()) + (m_groups.size() == 1 ? " group" : " groups");
    if (m_options.mode == Mode::Choose) {
        std::map<std::string, int> chosen;
        for (const auto &[group, members] : m_groups)
            for (std::size_t m = 0; m < members.size(); ++m)
                if (members[m].weight > 0.0)
                    ++chosen[m_options.members[m]];
        std::string picks;
        for (const auto &[name, n] : chosen)
            picks += (picks.empty() ? "" : ", ") + name + " on " + std::to_string(n);
        s += " (" + picks + ")";
    }
    return s;
}

std::map<std::string, std::string> EnsembleDetector::options() const
{
    std::map<std::string, std::string> o{{"members", joined(m_options.members)}};
    if (m_options.mode == Mode::Fuse)
        o["weights"] = m_options.equalWeights ? "equal" : "estimate";
    addNoisyCopyOptions(m_options.noisy, o);
    return o;
}

void EnsembleDetector::fit(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    m_groups.clear();
    m_estimates.clear();
    m_members.clear();
    for (const auto &name : m_options.members)
        m_members.push_back(makeDetector(name, memberOptions(name)));
    for (std::size_t m = 0; m < m_members.size(); ++m) {
        FitContext member = ctx;
        const std::string name = m_options.members[m];
        member.group = [&ctx, name](const std::string &group, std::size_t index, std::size_t groups) {
            ctx.startGroup(name + ": " + group, index, groups);
        };
        if (ctx.stageTime) // each member's stages under its name: "patchcore: patches and coreset"
            member.stageTime = [&ctx, name](const std::string &stage, double seconds) {
                ctx.stageTime(name + ": " + stage, seconds);
            };
        m_members[m]->fit(normals, member);
        if (ctx.cancel && *ctx.cancel)
            return;
    }
    std::set<std::string> groups;
    for (const Clip *c : normals)
        if (std::all_of(m_members.begin(), m_members.end(), [&](const auto &d) { return d->hasGroup(detectorGroup(*c)); }))
            groups.insert(detectorGroup(*c));
    if (groups.empty())
        throw std::runtime_error("no group could be fitted by every member");

    if (!m_options.equalWeights) {
        EstimateSettings settings;
        std::random_device random;
        settings.scratchDir = ctx.runDir.empty()
                                  ? (fs::temp_directory_path() / ("asd-estimate-" + std::to_string(random()))).string()
                                  : (fs::path(ctx.runDir) / "estimate-scratch").string();
        StageClock clock(ctx); // each member's estimate fits it twice more: usually most of the time
        for (std::size_t m = 0; m < m_members.size(); ++m) {
            if (ctx.events)
                ctx.events(phaseEvent("estimating " + m_options.members[m] + " without labels (" +
                                      std::to_string(m + 1) + " of " + std::to_string(m_members.size()) + ")"));
            std::map<std::string, GroupEstimate> e;
            try {
                e = estimateDetection(m_options.members[m], memberOptions(m_options.members[m]), normals, settings, ctx);
            } catch (const std::runtime_error &error) {
                if (ctx.warn)
                    ctx.warn(m_options.members[m] + ": no label-free estimate (" + error.what() + ")");
            }
            if (ctx.cancel && *ctx.cancel)
                return;
            clock.lap(m_options.members[m] + ": label-free estimate");
            for (const auto &group : groups)
                m_estimates[group].push_back(e.count(group) ? e.at(group).auc : NAN);
        }
    }

    for (const auto &group : groups) {
        std::vector<Member> members(m_members.size());
        for (std::size_t m = 0; m < m_members.size(); ++m) {
            std::vector<double> t = m_members[m]->trainingScores(group);
            t.erase(std::remove_if(t.begin(), t.end(), [](double v) { return !std::isfinite(v); }), t.end());
            double mean = 0.0, var = 0.0;
            for (double v : t)
                mean += v / double(t.size());
            for (double v : t)
                var += (v - mean) * (v - mean) / double(std::max<std::size_t>(1, t.size() - 1));
            members[m].mean = t.empty() ? 0.0 : mean;
            members[m].spread = std::sqrt(var) > 0.0 ? std::sqrt(var) : 1.0;
            members[m].weight = 1.0 / double(m_members.size());
        }
        if (!m_options.equalWeights) {
            // auto: the best estimate; fusion: weights from how far each is above chance. The
            // first member alone (the default family) where no estimate could be made.
            const auto &e = m_estimates[group];
            std::size_t best = 0;
            for (std::size_t m = 1; m < e.size(); ++m)
                if (std::isfinite(e[m]) && (!std::isfinite(e[best]) || e[m] > e[best]))
                    best = m;
            double total = 0.0;
            for (std::size_t m = 0; m < members.size(); ++m) {
                // Members the estimate cannot tell from the best (within its spread over folds
                // on ~20 held-out clips, about 0.05) are fused; one well below it only adds
                // noise (patchcore at chance on the valve set: BENCHMARKS.md).
                const bool close = std::isfinite(e[m]) && e[m] >= e[best] - kEstimateMargin;
                const double above = close ? std::max(0.0, e[m] - 0.5) : 0.0;
                members[m].weight = m_options.mode == Mode::Choose ? double(m == best) : above;
                total += members[m].weight;
            }
            for (std::size_t m = 0; m < members.size(); ++m)
                members[m].weight = total > 0.0 ? members[m].weight / total : double(m == best);
        }
        m_groups[group] = std::move(members);
    }
}

ClipAnalysis EnsembleDetector::analyse(const Clip &clip) const
{
    const std::vector<Member> &g = fittedGroup(m_groups, detectorGroup(clip));
    ClipAnalysis out;
    std::vector<ClipAnalysis> parts;
    std::size_t driver = 0;
    double drive = -HUGE_VAL;
    for (std::size_t m = 0; m < m_members.size(); ++m) {
        parts.push_back(m_members[m]->analyse(clip));
        const double z = (parts[m].score - g[m].mean) / g[m].spread;
        out.score += g[m].weight * z;
        out.embedding.insert(out.embedding.end(), parts[m].embedding.begin(), parts[m].embedding.end());
        out.memberScores.emplace_back(m_options.members[m], z);
        if (g[m].weight > 0.0 && g[m].weight * z > drive) {
            drive = g[m].weight * z;
            driver = m;
        }
    }
    out.drivenBy = m_options.members[driver];
    // The driver's curve; where it draws none (band statistics), the most anomalous member's
    // that does.
    std::size_t drawn = driver;
    for (std::size_t m = 0; m < parts.size() && !parts[driver].curve; ++m)
        if (parts[m].curve && (!parts[drawn].curve || out.memberScores[m].second > out.memberScores[drawn].second))
            drawn = m;
    if (parts[drawn].curve) {
        out.curve = std::move(parts[drawn].curve);
        out.inputMaps = std::move(parts[drawn].inputMaps);
        out.curveFrom = m_options.members[drawn];
    }
    return out;
}

std::vector<double> EnsembleDetector::trainingScores(const std::string &group) const
{
    const std::vector<Member> &g = fittedGroup(m_groups, group);
    std::vector<std::vector<double>> each;
    for (const auto &d : m_members)
        each.push_back(d->trainingScores(group));
    const bool aligned = std::all_of(each.begin(), each.end(), [&](const auto &t) { return t.size() == each[0].size(); });
    std::vector<double> out;
    if (aligned) { // one entry per training clip in every member: combined as analyse() does
        out.assign(each[0].size(), 0.0);
        for (std::size_t m = 0; m < each.size(); ++m)
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] += g[m].weight * (each[m][i] - g[m].mean) / g[m].spread;
        return out;
    }
    // Members that also score noisy copies of the clips: the weighted members' own scores,
    // each on the common scale, pooled.
    for (std::size_t m = 0; m < each.size(); ++m)
        if (g[m].weight > 0.0)
            for (double v : each[m])
                out.push_back((v - g[m].mean) / g[m].spread);
    return out;
}

DetectorFile EnsembleDetector::toFile() const
{
    DetectorFile file = newDetectorFile(family(), options());
    nlohmann::json members = nlohmann::json::array();
    for (const auto &d : m_members) {
        DetectorFile inner = d->toFile();
        nlohmann::json sizes = nlohmann::json::array();
        for (auto &a : inner.arrays) {
            sizes.push_back(a.size());
            file.arrays.push_back(std::move(a));
        }
        inner.header["arrays"] = sizes;
        members.push_back(inner.header);
    }
    nlohmann::json groups = nlohmann::json::array();
    for (const auto &[name, g] : m_groups) {
        nlohmann::json each = nlohmann::json::array();
        for (const Member &m : g)
            each.push_back({{"mean", m.mean}, {"spread", m.spread}, {"weight", m.weight}});
        nlohmann::json entry = {{"name", name}, {"members", each}};
        if (m_estimates.count(name)) {
            nlohmann::json e = nlohmann::json::array();
            for (double v : m_estimates.at(name))
                e.push_back(std::isfinite(v) ? nlohmann::json(v) : nlohmann::json());
            entry["estimates"] = e;
        }
        groups.push_back(entry);
    }
    file.header["members"] = members;
    file.header["groups"] = groups;
    return file;
}

std::unique_ptr<EnsembleDetector> EnsembleDetector::fromFile(const DetectorFile &file)
{
    const nlohmann::json &h = file.header;
    const Mode mode = h["family"] == "auto" ? Mode::Choose : Mode::Fuse;
    auto bad = [&](const std::string &what) { return std::runtime_error(description(mode).name + " detector: " + what); };
    std::map<std::string, std::string> options;
    try {
        options = savedOptions(file);
    } catch (const std::runtime_error &e) {
        throw bad(e.what());
    }
    Options o = parseOptions(options, mode, true);
    auto d = std::make_unique<EnsembleDetector>(o);
    if (!h.contains("members") || !h["members"].is_array() || h["members"].size() != o.members.size())
        throw bad("the file does not hold one detector per member");
    std::size_t next = 0;
    for (std::size_t m = 0; m < o.members.size(); ++m) {
        DetectorFile inner;
        inner.header = h["members"][m];
        if (!inner.header.is_object() || !inner.header.contains("family") || inner.header["family"] != o.members[m] ||
            !inner.header.contains("arrays") || !inner.header["arrays"].is_array())
            throw bad("member " + std::to_string(m + 1) + " is not the " + o.members[m] + " detector its options name");
        for (const auto &n : inner.header["arrays"]) {
            if (next >= file.arrays.size() || !n.is_number_unsigned() || n.get<std::size_t>() != file.arrays[next].size())
                throw bad("member " + o.members[m] + "'s arrays disagree with the file");
            inner.arrays.push_back(file.arrays[next++]);
        }
        d->m_members.push_back(loadDetectorFile(inner));
    }
    if (next != file.arrays.size())
        throw bad("the file holds arrays no member claims");
    for (const auto &gj : h["groups"]) {
        if (!gj.is_object() || !gj.contains("name") || !gj["name"].is_string() || !gj.contains("members") ||
            !gj["members"].is_array() || gj["members"].size() != o.members.size())
            throw bad("a group entry lacks its name or one entry per member");
        const std::string name = gj["name"].get<std::string>();
        std::vector<Member> members;
        // A number the file claims, NaN where it holds anything else.
        auto number = [](const nlohmann::json &j, const char *key) {
            return j.is_object() && j.contains(key) && j[key].is_number() ? j[key].get<double>() : NAN;
        };
        for (const auto &mj : gj["members"]) {
            Member m;
            m.mean = number(mj, "mean");
            m.spread = number(mj, "spread");
            m.weight = number(mj, "weight");
            if (!std::isfinite(m.mean) || !(m.spread > 0.0) || !std::isfinite(m.spread) || !(m.weight >= 0.0))
                throw bad("group " + name + ": a member's scale or weight is not a number it could be");
            members.push_back(m);
        }
        for (const auto &member : d->m_members)
            if (!member->hasGroup(name))
                throw bad("group " + name + " is missing from a member");
        if (gj.contains("estimates") && gj["estimates"].is_array())
            for (const auto &v : gj["estimates"])
                d->m_estimates[name].push_back(v.is_number() ? v.get<double>() : NAN);
        d->m_groups[name] = std::move(members);
    }
    return d;
}

} // namespace asd
