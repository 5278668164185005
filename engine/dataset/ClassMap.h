// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "dataset/Clip.h"

namespace asd {

// The classes an ID-classification detector (ArcFace, OS-SCL) learns to tell apart.
// 2020-style data: one class per (machine type, ID), types ordered case-insensitively
// and IDs ascending, which reproduces the reference's 41-class order (reference §1.1).
// 2021+ data: one class per (type, section, attribute values), so a single-section
// dataset still has several classes.
class ClassMap {
public:
    ClassMap() = default;
    static ClassMap fromClips(const std::vector<Clip> &clips);
    static ClassMap fromKeys(std::vector<std::string> keys); // as stored in a checkpoint

    static std::string keyOf(const Clip &clip);
    int indexOf(const Clip &clip) const; // -1 if the clip's class is unknown to the map
    int indexOf(const std::string &key) const;
    const std::vector<std::string> &keys() const { return m_keys; }
    int size() const { return static_cast<int>(m_keys.size()); }

private:
    std::vector<std::string> m_keys;
    std::unordered_map<std::string, int> m_index;
};

} // namespace asd
