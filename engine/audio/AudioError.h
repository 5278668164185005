// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace asd {

// Every failure to read a recording names the file and says what is wrong with it,
// so a scan or a job can list the file as skipped and go on.
class AudioError : public std::runtime_error {
public:
    AudioError(std::string path, std::string reason)
        : std::runtime_error(path + ": " + reason), m_path(std::move(path)), m_reason(std::move(reason)) {}
    const std::string &path() const { return m_path; }
    const std::string &reason() const { return m_reason; }

private:
    std::string m_path;
    std::string m_reason;
};

} // namespace asd
