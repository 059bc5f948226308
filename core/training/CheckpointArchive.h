#pragma once
#include <string>

namespace hiernet::training {

/// Checks a checkpoint's bytes for everything LibTorch's reader takes on trust, before it sees them:
/// every record the zip directory names lies inside the file and is stored as it is, and every pickle
/// record (data.pkl) is a well-formed opcode stream whose strings fit in it and whose memo stays as
/// small as its writer made it. Throws hiernet::Error "PATH: not a checkpoint (…)".
void checkCheckpointArchive(const std::string& bytes, const std::string& path);

} // namespace hiernet::training
