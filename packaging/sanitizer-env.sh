# Sourced by packaging/sanitize.sh, soak.sh and monkey.sh: the sanitizers' run-time options, and the build folder
# for the sanitizers asked (SANITIZE=thread: ThreadSanitizer in build-tsan/, else ASan + UBSan in build-asan/).
# tests/sanitizers/*.supp hold the only suppressions, third-party code each, explained there.
if [[ ${SANITIZE:-address} == thread ]]; then
  sanitizer_build=build-tsan
  sanitizers=thread
  # LibTorch's intra-op threads come from libgomp, which is not built with TSan: its barriers are invisible to it,
  # so every parallel kernel would be reported. One thread per op; the project's own threads are all still there.
  export OMP_NUM_THREADS=1
  # ignore_noninstrumented_modules: what LibTorch and Qt (not built with TSan) do through TSan's interceptors is
  # theirs (tests/sanitizers/tsan.supp says why no suppression is needed); every access of our code is checked.
  # die_after_fork=0: QProcess starts programs (hiernet, pdftotext, the test mirror) from the multi-threaded tests
  # with vfork semantics; the child only execs, but TSan would otherwise end the parent.
  export TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:allocator_may_return_null=1:ignore_noninstrumented_modules=1:die_after_fork=0:suppressions=$PWD/tests/sanitizers/tsan.supp"
else
  sanitizer_build=build-asan
  sanitizers="address;undefined"
  # LibTorch is not built with ASan: its allocator pairs and its own one-off allocations are not ours to check,
  # but every allocation of the project's code is. halt_on_error makes a report a failed test.
  # allocator_may_return_null: the out-of-memory tests ask for 2^62 bytes on purpose and expect the failure LibTorch reports.
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_odr_violation=0:allocator_may_return_null=1
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
export QT_QPA_PLATFORM=offscreen
configure_sanitized_build() {
  cmake -S . -B "$sanitizer_build" -G Ninja -DHIERNET_SANITIZE="$sanitizers" >/dev/null
}
