// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"

namespace asd::cli {

Args::Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
           const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string &a = argv[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            m_positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2), inlineValue;
        const auto eq = name.find('=');
        const bool hasInline = eq != std::string::npos;
        if (hasInline) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (hasInline)
                m_values[name] = inlineValue;
            else if (i + 1 < argv.size())
                m_values[name] = argv[++i];
            else
                throw UsageError("option --" + name + " needs a value");
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

std::string Args::value(const std::string &name, const std::string &fallback) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::string Args::required(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        throw UsageError("missing required option --" + name);
    return it->second;
}

int Args::intValue(const std::string &name, int fallback) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    try {
        std::size_t used = 0;
        const int v = std::stoi(it->second, &used);
        if (used == it->second.size())
            return v;
    } catch (const std::exception &) {
    }
    throw UsageError("--" + name + " expects a whole number, got '" + it->second + "'");
}

double Args::doubleValue(const std::string &name, double fallback) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    try {
        std::size_t used = 0;
        const double v = std::stod(it->second, &used);
        if (used == it->second.size())
            return v;
    } catch (const std::exception &) {
    }
    throw UsageError("--" + name + " expects a number, got '" + it->second + "'");
}

} // namespace asd::cli
