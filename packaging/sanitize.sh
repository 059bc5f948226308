#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (GCC) into build-asan/ — or, with
# SANITIZE=thread, with ThreadSanitizer into build-tsan/ — and runs the whole test suite there, Qt offscreen.
# Leak checks are on under ASan; tests/sanitizers/{lsan,tsan}.supp hold the only suppressions, third-party code
# each, explained there. ASan takes about 40 minutes on 2 cores, TSan about as long.
#   packaging/sanitize.sh [ctest arguments, e.g. -R tst_grouping]
#   SANITIZE=thread packaging/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/sanitizer-env.sh
configure_sanitized_build
cmake --build "$sanitizer_build"
ctest --test-dir "$sanitizer_build" --output-on-failure --timeout 1800 "$@"
