#pragma once
#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace hiernet {

/// A std::vector allocator that asks Linux for 2 MB pages for large blocks. For matrices read along columns
/// (the grouping's pair sums at 10,000 classes: 400 MB, one access per row of a column), where 4 KB pages
/// make every access a TLB miss. Elsewhere, or for small blocks, it is plain operator new.
template <typename T> struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t(2) << 20;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U>&) { }

    T* allocate(std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        if (bytes < 2 * kHugePage)
            return static_cast<T*>(::operator new(bytes));
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void* block = std::aligned_alloc(kHugePage, rounded);
        if (!block)
            throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        ::madvise(block, rounded, MADV_HUGEPAGE); // a hint: without it the block works as well, only slower
#endif
        return static_cast<T*>(block);
    }

    void deallocate(T* block, std::size_t count)
    {
        if (count * sizeof(T) < 2 * kHugePage)
            ::operator delete(block);
        else
            std::free(block);
    }

    template <typename U> bool operator==(const HugePageAllocator<U>&) const
    {
        return true;
    }
    template <typename U> bool operator!=(const HugePageAllocator<U>&) const
    {
        return false;
    }
};

} // namespace hiernet
