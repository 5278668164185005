// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "encoders/EncoderFacts.h"

namespace asd {

class PretrainedEncoder;

// The encoders a user has imported, kept in a per-user data folder
// ($ASD_DATA_DIR, else $XDG_DATA_HOME/asd-workbench, else ~/.local/share/asd-workbench) as
// encoders.json: name, file, SHA-256 and the facts checked at import. Plain C++ (no torch). The checkpoint stays where
// the user keeps it; a moved or changed file is reported when it is used.
class EncoderLibrary {
public:
    EncoderLibrary(); // the user's folder
    explicit EncoderLibrary(std::string folder);

    const std::string &folder() const { return m_folder; }
    // Every imported encoder; a damaged encoders.json throws std::runtime_error naming it.
    std::vector<EncoderFacts> list() const;
    // Opens and checks the checkpoint, then records it (replacing an entry of the same name)
    // atomically. name empty: the file's stem. Throws std::runtime_error naming the problem.
    EncoderFacts import(const std::string &file, const std::string &name = {});
    // The checkpoint file of NAME, or FILE itself when it exists. Throws std::runtime_error
    // listing the imported names when it is neither.
    std::string resolve(const std::string &nameOrFile) const;
    // The encoder NAME (or FILE) opened on a device, under the name it was imported with.
    std::shared_ptr<PretrainedEncoder> open(const std::string &nameOrFile, const std::string &device = "cpu") const;

private:
    std::string m_folder;
};

} // namespace asd
