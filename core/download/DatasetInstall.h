#pragma once
#include "data/DatasetCatalogue.h"
#include "util/Error.h"

#include <functional>
#include <string>

namespace hiernet::download {

/// Asked to stop: the partial download stays for a later resume, nothing half-unpacked is left.
class Cancelled : public Error {
public:
    using Error::Error;
};

/// Polled during long steps; true stops them with Cancelled.
using CancelCheck = std::function<bool()>;

/// The files of one dataset's download in a data directory, and the steps after the transfer. The archive
/// arrives as ARCHIVE.part (appended to on a resume), becomes ARCHIVE once whole, is checked against the
/// catalogue's MD5, and unpacks into .FOLDER.unpacking, renamed to FOLDER only when every file is there —
/// so the data directory never holds a half-unpacked dataset under its real name.
class DatasetInstall {
public:
    /// `mirror`: a base URL (http://, https:// or file://) that serves the archive under its own file name;
    /// empty for the official URL.
    DatasetInstall(data::DownloadableDataset dataset, std::string dataDirectory, std::string mirror = {});

    const data::DownloadableDataset& dataset() const { return m_dataset; }
    const std::string& dataDirectory() const { return m_directory; }
    std::string url() const;
    std::string partialPath() const;
    std::string archivePath() const;
    std::string installedPath() const;
    bool installed() const;
    /// Whether a whole archive is already there (a run that stopped after the transfer).
    bool archiveDownloaded() const;

    /// Creates the data directory and checks it can be written; removes a stale unpacking folder. Throws naming
    /// the folder, or a folder FOLDER that exists without the dataset's files (it is the user's: never removed).
    void prepare() const;
    /// The transfer is whole: ARCHIVE.part becomes ARCHIVE.
    void transferComplete() const;
    /// Compares the archive's MD5 with the catalogue's; on a mismatch removes it (a new download starts over)
    /// and throws naming both sums.
    void verifyChecksum(const CancelCheck& cancelled) const;
    /// Unpacks the checked archive into FOLDER and removes the archive. On any failure (a full disk, an entry
    /// outside FOLDER, a file missing) or a cancel, nothing is left but the archive.
    void unpack(const CancelCheck& cancelled) const;

private:
    std::string unpackingPath() const;

    data::DownloadableDataset m_dataset;
    std::string m_directory;
    std::string m_mirror;
};

/// Lower-case hex MD5 of a file (OpenSSL); polls `cancelled` between blocks.
std::string md5OfFile(const std::string& path, const CancelCheck& cancelled = {});

} // namespace hiernet::download
