// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace asd::cli {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// "--name value" options, "--flag" switches and positional arguments, checked against
// what the command declares so that a typo is an error, not a silently ignored option.
class Args {
public:
    Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
         const std::set<std::string> &flags);

    bool has(const std::string &name) const { return m_values.count(name) || m_flags.count(name); }
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    std::string required(const std::string &name) const;
    int intValue(const std::string &name, int fallback) const;
    double doubleValue(const std::string &name, double fallback) const;
    const std::vector<std::string> &positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

} // namespace asd::cli
