#include "download/ArchiveUnpack.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace hiernet::download {
namespace {

using ArchiveReader = std::unique_ptr<archive, decltype(&archive_read_free)>;

std::string archiveError(const std::string& archivePath, archive* reader)
{
    const char* text = archive_error_string(reader);
    return archivePath + ": not a readable .tar.gz archive (" + (text ? text : "unknown error") + ")";
}

/// The entry's path below `folder`, or throws: only `folder/…` with plain components is unpacked.
std::string relativePath(const std::string& archivePath, const std::string& folder, const std::string& entry)
{
    const std::filesystem::path path(entry);
    if (path.is_absolute())
        throw Error(archivePath + ": the entry '" + entry + "' has an absolute path; refusing to unpack it");
    for (const auto& part : path)
        if (part == "..")
            throw Error(archivePath + ": the entry '" + entry + "' leaves the dataset's folder; refusing to unpack it");
    auto it = path.begin();
    if (it == path.end() || *it != folder)
        throw Error(
            archivePath + ": the entry '" + entry + "' is not in '" + folder + "/' (the archive is not in the official layout)");
    std::filesystem::path rest;
    for (++it; it != path.end(); ++it)
        if (!it->empty() && *it != ".")
            rest /= *it;
    return rest.string();
}

void writeEntryData(archive* reader, const std::string& archivePath, const std::string& target, const CancelCheck& cancelled)
{
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(target + ": cannot create (" + std::strerror(errno) + ")");
    const void* block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        if (cancelled && cancelled()) {
            ::close(fd);
            throw Cancelled("cancelled while unpacking " + archivePath);
        }
        const int status = archive_read_data_block(reader, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK) {
            ::close(fd);
            throw Error(archiveError(archivePath, reader));
        }
        for (size_t done = 0; done < size;) {
            const auto n = ::pwrite(fd, static_cast<const char*>(block) + done, size - done, offset + la_int64_t(done));
            if (n <= 0) {
                const std::string cause = std::strerror(errno);
                ::close(fd);
                throw Error(target + ": cannot write (" + cause + ")");
            }
            done += size_t(n);
        }
    }
    if (::close(fd) != 0)
        throw Error(target + ": cannot write (" + std::strerror(errno) + ")");
}

} // namespace

void unpackFolder(
    const std::string& archivePath, const std::string& folder, const std::string& destination, const CancelCheck& cancelled)
{
    ArchiveReader reader(archive_read_new(), &archive_read_free);
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    if (archive_read_open_filename(reader.get(), archivePath.c_str(), 1 << 16) != ARCHIVE_OK)
        throw Error(archiveError(archivePath, reader.get()));
    std::error_code ec;
    if (!std::filesystem::create_directory(destination, ec))
        throw Error(destination + ": cannot create (" + (ec ? ec.message() : "it exists") + ")");
    archive_entry* entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK)
            throw Error(archiveError(archivePath, reader.get()));
        const std::string name = archive_entry_pathname(entry) ? archive_entry_pathname(entry) : "";
        const auto relative = relativePath(archivePath, folder, name);
        const auto type = archive_entry_filetype(entry);
        const auto target = relative.empty() ? destination : destination + "/" + relative;
        if (type == AE_IFDIR) {
            std::filesystem::create_directories(target, ec);
            if (ec)
                throw Error(target + ": cannot create (" + ec.message() + ")");
        } else if (type == AE_IFREG && !relative.empty()) {
            std::filesystem::create_directories(std::filesystem::path(target).parent_path(), ec);
            writeEntryData(reader.get(), archivePath, target, cancelled);
        } else {
            throw Error(archivePath + ": the entry '" + name + "' is not a regular file or folder; refusing to unpack it");
        }
    }
}

} // namespace hiernet::download
