#include "download/DatasetInstall.h"

#include "download/ArchiveUnpack.h"
#include "util/FileIo.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include <unistd.h>

namespace hiernet::download {
namespace fs = std::filesystem;

std::string md5OfFile(const std::string& path, const CancelCheck& cancelled)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open (" + std::strerror(errno) + ")");
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_md5(), nullptr) != 1)
        throw Error("cannot compute an MD5 sum: OpenSSL offers no MD5 here");
    std::vector<char> block(1 << 20);
    while (in) {
        if (cancelled && cancelled())
            throw Cancelled("cancelled while checking " + path);
        in.read(block.data(), std::streamsize(block.size()));
        EVP_DigestUpdate(context.get(), block.data(), std::size_t(in.gcount()));
    }
    if (in.bad())
        throw Error(path + ": read failed (" + std::strerror(errno) + ")");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    std::string hex;
    char pair[3];
    for (unsigned int i = 0; i < length; ++i) {
        std::snprintf(pair, sizeof pair, "%02x", digest[i]);
        hex += pair;
    }
    return hex;
}

DatasetInstall::DatasetInstall(data::DownloadableDataset dataset, std::string dataDirectory, std::string mirror)
    : m_dataset(std::move(dataset))
    , m_directory(std::move(dataDirectory))
    , m_mirror(std::move(mirror))
{
    while (m_directory.size() > 1 && m_directory.back() == '/')
        m_directory.pop_back();
    while (!m_mirror.empty() && m_mirror.back() == '/')
        m_mirror.pop_back();
    if (!m_mirror.empty() && m_mirror.rfind("http://", 0) != 0 && m_mirror.rfind("https://", 0) != 0
        && m_mirror.rfind("file://", 0) != 0)
        throw Error("mirror '" + m_mirror + "': expected an http://, https:// or file:// address");
}

std::string DatasetInstall::url() const
{
    return m_mirror.empty() ? m_dataset.url : m_mirror + "/" + m_dataset.archive;
}

std::string DatasetInstall::partialPath() const
{
    return archivePath() + ".part";
}

std::string DatasetInstall::archivePath() const
{
    return m_directory + "/" + m_dataset.archive;
}

std::string DatasetInstall::installedPath() const
{
    return data::installedDatasetPath(m_dataset, m_directory);
}

std::string DatasetInstall::unpackingPath() const
{
    return m_directory + "/." + m_dataset.folder + ".unpacking";
}

bool DatasetInstall::installed() const
{
    return data::isDatasetInstalled(m_dataset, m_directory);
}

bool DatasetInstall::archiveDownloaded() const
{
    return io::fileExists(archivePath());
}

void DatasetInstall::prepare() const
{
    std::error_code ec;
    fs::create_directories(m_directory, ec);
    if (ec || !io::isDirectory(m_directory))
        throw Error(m_directory + ": cannot create the data folder (" + (ec ? ec.message() : "not a folder") + ")");
    if (::access(m_directory.c_str(), W_OK) != 0)
        throw Error(m_directory + ": cannot write there (" + std::strerror(errno) + "); choose another folder");
    if (fs::exists(installedPath(), ec) && !installed())
        throw Error(installedPath() + " exists but does not hold " + m_dataset.title
            + "'s files; move it away (it is not removed here) and try again");
    fs::remove_all(unpackingPath(), ec);
}

void DatasetInstall::transferComplete() const
{
    if (::rename(partialPath().c_str(), archivePath().c_str()) != 0)
        throw Error(partialPath() + ": cannot rename to " + m_dataset.archive + " (" + std::strerror(errno) + ")");
}

void DatasetInstall::verifyChecksum(const CancelCheck& cancelled) const
{
    const auto sum = md5OfFile(archivePath(), cancelled);
    if (sum == m_dataset.md5)
        return;
    std::error_code ec;
    const auto size = fs::file_size(archivePath(), ec);
    fs::remove(archivePath(), ec);
    throw Error(archivePath() + ": wrong checksum — MD5 " + sum + " (" + std::to_string(size) + " bytes), expected "
        + m_dataset.md5 + " (" + std::to_string(m_dataset.bytes)
        + " bytes); the download is damaged or the server sent another file. It was removed; nothing was unpacked");
}

void DatasetInstall::unpack(const CancelCheck& cancelled) const
{
    std::error_code ec;
    try {
        unpackFolder(archivePath(), m_dataset.folder, unpackingPath(), cancelled);
        for (const auto& file : m_dataset.files)
            if (!io::fileExists(unpackingPath() + "/" + file))
                throw Error(archivePath() + ": holds no " + m_dataset.folder + "/" + file + " (not the official archive)");
        if (::rename(unpackingPath().c_str(), installedPath().c_str()) != 0)
            throw Error(installedPath() + ": cannot create (" + std::strerror(errno) + ")");
    } catch (...) {
        fs::remove_all(unpackingPath(), ec);
        throw;
    }
    fs::remove(archivePath(), ec);
}

} // namespace hiernet::download
