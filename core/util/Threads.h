#pragma once

namespace hiernet {

/// Sets LibTorch's intra-op threads: `threads` > 0, or every core for 0. Debian's LibTorch 1.13
/// starts with one thread, which halves CPU training speed on two cores. Returns the count in use.
int useThreads(int threads = 0);

} // namespace hiernet
