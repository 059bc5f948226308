#include "util/PeakMemory.h"

#include <sys/resource.h>

namespace hiernet {

double peakResidentMegabytes()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0.0;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace hiernet
