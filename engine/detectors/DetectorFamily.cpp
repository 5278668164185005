// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/DetectorFamily.h"

#include <cstdio>
#include <stdexcept>

namespace asd {

namespace {

std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

std::string joined(const std::vector<std::string> &items, const std::string &last)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " " + last + " " : ", ") + items[i];
    return out;
}

bool parseWhole(const std::string &text, long &out)
{
    try {
        std::size_t used = 0;
        out = std::stol(text, &used);
        return used == text.size();
    } catch (const std::exception &) {
        return false;
    }
}

bool parseNumber(const std::string &text, double &out)
{
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size() && std::isfinite(out);
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

std::string DetectorOption::accepts() const
{
    auto range = [&] {
        if (std::isfinite(min) && std::isfinite(max))
            return " from " + number(min) + " to " + number(max);
        if (std::isfinite(min))
            return ", " + number(min) + " or more";
        if (std::isfinite(max))
            return ", " + number(max) + " or less";
        return std::string();
    };
    switch (kind) {
    case Kind::Whole: return "a whole number" + range();
    case Kind::Number: return "a number" + range();
    case Kind::Choice: return joined(choices, "or");
    case Kind::Text: break;
    }
    return required ? "text (required)" : "text";
}

const std::vector<std::string> &trainingSettings()
{
    static const std::vector<std::string> names = {"epochs", "batch", "lr", "seconds", "seed", "device"};
    return names;
}

const DetectorOption *DetectorFamily::option(const std::string &wanted) const
{
    for (const auto &o : options)
        if (o.name == wanted)
            return &o;
    return nullptr;
}

std::map<std::string, std::string> DetectorFamily::resolve(const std::map<std::string, std::string> &given) const
{
    std::map<std::string, std::string> out;
    for (const auto &o : options)
        out[o.name] = o.defaultValue;
    for (const auto &[key, value] : given) {
        const DetectorOption *o = option(key);
        if (!o) {
            std::vector<std::string> names;
            for (const auto &known : options)
                names.push_back(known.name);
            throw std::invalid_argument(name + " has no option '" + key + "'" +
                                        (names.empty() ? " (it takes none)" : " (it takes " + joined(names, "and") + ")"));
        }
        bool ok = true;
        long whole = 0;
        double real = 0.0;
        switch (o->kind) {
        case DetectorOption::Kind::Whole: ok = parseWhole(value, whole) && whole >= o->min && whole <= o->max; break;
        case DetectorOption::Kind::Number: ok = parseNumber(value, real) && real >= o->min && real <= o->max; break;
        case DetectorOption::Kind::Choice:
            ok = false;
            for (const auto &c : o->choices)
                ok = ok || c == value;
            break;
        case DetectorOption::Kind::Text: break;
        }
        if (!ok)
            throw std::invalid_argument(name + ": " + key + " takes " + o->accepts() + ", not '" + value + "'");
        out[key] = value;
    }
    for (const auto &o : options)
        if (o.required && out[o.name].empty())
            throw std::invalid_argument(name + " needs " + o.name + "=... (" + o.help + ")");
    return out;
}

namespace {
const std::string &setting(const std::map<std::string, std::string> &options, const std::string &name)
{
    const auto it = options.find(name);
    if (it == options.end()) // a family reading an option it does not declare: a programming error
        throw std::logic_error("option '" + name + "' was not resolved");
    return it->second;
}
} // namespace

long wholeSetting(const std::map<std::string, std::string> &options, const std::string &name)
{
    long v = 0;
    if (!parseWhole(setting(options, name), v))
        throw std::invalid_argument(name + " takes a whole number, not '" + setting(options, name) + "'");
    return v;
}

double numberSetting(const std::map<std::string, std::string> &options, const std::string &name)
{
    double v = 0.0;
    if (!parseNumber(setting(options, name), v))
        throw std::invalid_argument(name + " takes a number, not '" + setting(options, name) + "'");
    return v;
}

const std::string &textSetting(const std::map<std::string, std::string> &options, const std::string &name)
{
    return setting(options, name);
}

} // namespace asd
