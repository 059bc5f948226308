#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (GCC) into build-asan/ and runs the
# whole test suite there, Qt offscreen. Leak checks are on; tests/sanitizers/lsan.supp holds the only
# suppressions, third-party code each, explained there. Takes about 40 minutes on 2 cores.
#   packaging/sanitize.sh [ctest arguments, e.g. -R tst_grouping]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DHIERNET_SANITIZE="address;undefined" >/dev/null
cmake --build build-asan
export QT_QPA_PLATFORM=offscreen
# LibTorch is not built with ASan: its allocator pairs and its own one-off allocations are not ours to check,
# but every allocation of the project's code is. halt_on_error makes a report a failed test.
# allocator_may_return_null: the out-of-memory tests ask for 2^62 bytes on purpose and expect the failure LibTorch reports.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_odr_violation=0:allocator_may_return_null=1
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure "$@"
