#include "distributed/LaunchEnvironment.h"

#include "util/Error.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace hiernet::distributed {
namespace {

std::optional<std::string> variable(const char* name)
{
    const char* value = std::getenv(name);
    if (!value)
        return std::nullopt;
    return std::string(value);
}

long long integerVariable(const char* name, long long lowest, long long highest)
{
    const auto text = variable(name);
    if (!text || text->empty())
        throw Error(std::string(name) + " is not set; a distributed run needs RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT");
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text->size() || value < lowest || value > highest)
        throw Error(std::string(name) + "='" + *text + "' is not a whole number in [" + std::to_string(lowest) + ", "
            + std::to_string(highest) + "]");
    return value;
}

} // namespace

std::optional<LaunchEnvironment> LaunchEnvironment::fromEnvironment()
{
    if (!variable("WORLD_SIZE"))
        return std::nullopt;
    LaunchEnvironment env;
    env.worldSize = int(integerVariable("WORLD_SIZE", 1, 1 << 16));
    env.rank = int(integerVariable("RANK", 0, env.worldSize - 1));
    env.localRank = variable("LOCAL_RANK") ? int(integerVariable("LOCAL_RANK", 0, 1 << 16)) : 0;
    env.masterAddress = variable("MASTER_ADDR").value_or("");
    if (env.masterAddress.empty())
        throw Error("MASTER_ADDR is not set; a distributed run needs the host of rank 0 there");
    env.masterPort = int(integerVariable("MASTER_PORT", 1, 65535));
    if (variable("HIERNET_DIST_TIMEOUT"))
        env.timeout = std::chrono::seconds(integerVariable("HIERNET_DIST_TIMEOUT", 1, std::numeric_limits<int>::max()));
    env.validate();
    return env;
}

void LaunchEnvironment::validate() const
{
    if (worldSize < 1)
        throw Error("WORLD_SIZE " + std::to_string(worldSize) + " must be at least 1");
    if (rank < 0 || rank >= worldSize)
        throw Error("RANK " + std::to_string(rank) + " is outside [0, WORLD_SIZE " + std::to_string(worldSize) + ")");
    if (localRank < 0)
        throw Error("LOCAL_RANK " + std::to_string(localRank) + " cannot be negative");
    if (worldSize > 1 && masterAddress.empty())
        throw Error("MASTER_ADDR is empty");
    if (worldSize > 1 && (masterPort < 1 || masterPort > 65535))
        throw Error("MASTER_PORT " + std::to_string(masterPort) + " is not a port number");
    if (timeout.count() < 1)
        throw Error("the distributed timeout must be at least one second");
}

int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw Error(std::string("cannot open a socket to find a free port: ") + std::strerror(errno));
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const std::string cause = std::strerror(errno);
        ::close(fd);
        throw Error("cannot find a free local port for the ranks to meet: " + cause);
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace hiernet::distributed
