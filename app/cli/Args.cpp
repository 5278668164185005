// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"

#include <CLI/CLI.hpp>

namespace asd::cli {

Args::Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
           const std::set<std::string> &flags)
{
    // CLI11 parses what the command declares (Commands.h); main prints the command's help,
    // whose options a test checks against the same declaration.
    CLI::App app;
    app.set_help_flag();
    app.allow_extras(false);
    std::map<std::string, std::string> given;
    std::map<std::string, CLI::Option *> options;
    for (const auto &name : valueOptions)
        options[name] = app.add_option("--" + name, given[name])->allow_extra_args(false)->multi_option_policy(
            CLI::MultiOptionPolicy::TakeLast);
    std::map<std::string, CLI::Option *> switches;
    for (const auto &name : flags)
        switches[name] = app.add_flag("--" + name);
    app.add_option("arguments", m_positional);
    std::vector<std::string> reversed(argv.rbegin(), argv.rend()); // CLI11 takes them last first
    try {
        app.parse(reversed);
    } catch (const CLI::ExtrasError &) {
        for (const auto &a : argv)
            if (a.rfind("--", 0) == 0 && a.size() > 2) {
                const std::string name = a.substr(2, a.find('=') == std::string::npos ? std::string::npos : a.find('=') - 2);
                if (!valueOptions.count(name) && !flags.count(name))
                    throw UsageError("unknown option --" + name);
            }
        throw UsageError("unexpected argument");
    } catch (const CLI::ArgumentMismatch &e) {
        for (const auto &[name, option] : options)
            if (std::string(e.what()).find("--" + name) != std::string::npos)
                throw UsageError("option --" + name + " needs a value");
        throw UsageError(e.what());
    } catch (const CLI::ParseError &e) {
        throw UsageError(e.what());
    }
    for (const auto &[name, option] : options)
        if (option->count())
            m_values[name] = given[name];
    for (const auto &[name, option] : switches)
        if (option->count())
            m_flags.insert(name);
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
