#!/usr/bin/env bash
# The long monkey test (issue #35): the studio's seeded random walk (tests/app/tst_studio_monkey) under ASan + UBSan
# — or SANITIZE=thread under TSan — for thousands of events per seed, Qt offscreen. Each seed prints its events,
# the dialogs it dismissed, the trainings it started and the longest GUI-thread stall outside modal dialogs; a
# crash, a sanitizer report or a Qt warning fails it. CI runs the short one (300 events, seed 1) in both builds.
#   packaging/monkey.sh [EVENTS, default 3000] [SEED ...; default 1 2 3]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-3000}
seeds=("${@:2}")
[[ ${#seeds[@]} -gt 0 ]] || seeds=(1 2 3)
source packaging/sanitizer-env.sh
configure_sanitized_build
cmake --build "$sanitizer_build" --target tst_studio_monkey
failed=0
for seed in "${seeds[@]}"; do
  log="$sanitizer_build/monkey-seed-$seed.log"
  if HIERNET_MONKEY_SEED=$seed HIERNET_MONKEY_EVENTS=$events "$sanitizer_build/tests/app/tst_studio_monkey" >"$log" 2>&1; then
    grep -m1 "monkey: seed" "$log" | sed 's/^QINFO *: *[^ ]* //'
  else
    failed=$((failed + 1))
    echo "monkey: seed $seed FAILED; its log: $log" >&2
    grep -v "This plugin does not support" "$log" | tail -n 60 >&2
  fi
done
[[ $failed -eq 0 ]] && echo "monkey: ${#seeds[@]} seeds × $events events passed under $sanitizers ($sanitizer_build/)"
exit "$failed"
