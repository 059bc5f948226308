#pragma once
#include "download/DatasetInstall.h"

#include <string>

namespace hiernet::download {

/// Unpacks the entries of a .tar.gz archive that lie in `folder` into `destination` (which must not exist yet),
/// with libarchive. Regular files and folders only; an absolute path, a `..`, a link or a device is refused by
/// name, as is any entry outside `folder`. Throws hiernet::Error naming the archive or the file written (a full
/// disk: "No space left on device"); what was written stays for the caller to remove.
void unpackFolder(
    const std::string& archive, const std::string& folder, const std::string& destination, const CancelCheck& cancelled);

} // namespace hiernet::download
