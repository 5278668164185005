// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ClassMap.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace asd {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}


} // namespace

std::string ClassMap::keyOf(const Clip &clip)
{
    std::string key = detectorGroup(clip);
    if (clip.layout == Layout::Dcase2021Plus) {
        for (const auto &[k, v] : clip.attributes)
            key += "/" + k + "=" + v;
    }
    return key;
}

ClassMap ClassMap::fromClips(const std::vector<Clip> &clips)
{
    // Sort by (lower-case type, numeric id/section, attributes) so that id_10 follows id_09.
    struct Entry {
        std::string type, key;
        int group;
    };
    std::vector<Entry> entries;
    std::set<std::string> seen;
    for (const auto &c : clips) {
        // Train clips define the classes; a test-only dataset still gets a map from its test clips.
        auto key = keyOf(c);
        if (seen.insert(key).second)
            entries.push_back({lower(c.machineType), key, c.section >= 0 ? c.section : c.id});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.type != b.type)
            return a.type < b.type;
        if (a.group != b.group)
            return a.group < b.group;
        return a.key < b.key;
    });
    std::vector<std::string> keys;
    for (auto &e : entries)
        keys.push_back(std::move(e.key));
    return fromKeys(std::move(keys));
}

ClassMap ClassMap::fromKeys(std::vector<std::string> keys)
{
    ClassMap m;
    m.m_keys = std::move(keys);
    for (int i = 0; i < static_cast<int>(m.m_keys.size()); ++i)
        m.m_index.emplace(m.m_keys[i], i);
    return m;
}

int ClassMap::indexOf(const std::string &key) const
{
    const auto it = m_index.find(key);
    return it == m_index.end() ? -1 : it->second;
}

int ClassMap::indexOf(const Clip &clip) const { return indexOf(keyOf(clip)); }

} // namespace asd
