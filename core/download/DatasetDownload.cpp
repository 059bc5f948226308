#include "download/DatasetDownload.h"

namespace hiernet::download {

bool getDataset(const DatasetInstall& install, const Fetcher& fetch, const GetObserver& observer)
{
    const auto say = [&observer](const std::string& step) {
        if (observer.step)
            observer.step(step);
    };
    if (install.installed())
        return false;
    install.prepare();
    if (!install.archiveDownloaded()) {
        say("downloading " + install.url());
        fetch(install.url(), install.partialPath(), install.dataset().bytes, observer.progress, observer.cancelled);
        install.transferComplete();
    }
    say("checking the MD5 sum of " + install.archivePath());
    install.verifyChecksum(observer.cancelled);
    say("unpacking into " + install.installedPath());
    install.unpack(observer.cancelled);
    return true;
}

} // namespace hiernet::download
