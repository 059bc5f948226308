#include "studio/common/BackgroundTask.h"

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);

namespace {
// One token for every hand-off: a little more order than each task needs, never less.
char handOffToken;
} // namespace
#endif

namespace hiernet::studio::detail {

void backgroundHandOffRelease()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(&handOffToken);
#endif
}

void backgroundHandOffAcquire()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(&handOffToken);
#endif
}

} // namespace hiernet::studio::detail
