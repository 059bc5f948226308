#include "util/Threads.h"

#include <torch/torch.h>

#include <thread>

namespace hiernet {

int useThreads(int threads)
{
    const int count = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(count);
    return torch::get_num_threads();
}

} // namespace hiernet
