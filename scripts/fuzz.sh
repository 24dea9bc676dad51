#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer harnesses of tests/fuzz with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on) and runs each for SECONDS, two at a time:
#   archive_line   one line of a hub archive (hubctl import)
#   referral_csv   a police referral file (encoding and delimiter detection, parsing)
#   backup_reader  an encrypted backup file (hubctl restore)
#   sync_payload   rows as a hub or desk sends them, parsed and merged
# Usage: bash scripts/fuzz.sh [SECONDS] [HARNESS...]   (default 60 s, all four)
# Each starts from its seed corpus in tests/fuzz/corpus/<harness> (read only; what it
# finds goes to a working copy under the build directory). A crash, leak, sanitizer
# report or timeout fails the script and leaves the input in
# build-fuzz/artifacts/<harness>/: copy it into tests/fuzz/regressions/<harness>/, fix the
# code, and the test suite replays it from then on (tst_fuzz_<harness>).
# Environment: HUB_FUZZ_BUILD_DIR (default build-fuzz).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
SECONDS_EACH=${1:-60}
shift || true
HARNESSES=("$@")
((${#HARNESSES[@]})) || HARNESSES=(archive_line referral_csv backup_reader sync_payload)
BUILD=${HUB_FUZZ_BUILD_DIR:-build-fuzz}

bash "$ROOT/scripts/install-deps.sh"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang-14 CXX=clang++-14 cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja "${launcher[@]}" >/dev/null
cmake --build "$BUILD" -j "$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run() { # harness
    local h=$1 work="$BUILD/corpus/$1" artifacts="$BUILD/artifacts/$1/"
    mkdir -p "$work" "$artifacts"
    # -rss_limit_mb: the backup reader's key derivation may take up to 64 MiB a try.
    if "$BUILD/fuzz_$h" "$work" "$ROOT/tests/fuzz/corpus/$h" -max_total_time="$SECONDS_EACH" \
        -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts" \
        >"$BUILD/$h.log" 2>&1; then
        echo "fuzz $h: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/$h.log" |
            grep -o '[0-9]*$') runs in ${SECONDS_EACH} s, no crash"
    else
        echo "fuzz $h: FAILED (input in $artifacts):"
        tail -40 "$BUILD/$h.log"
        return 1
    fi
}

failed=0
pids=()
for h in "${HARNESSES[@]}"; do
    run "$h" &
    pids+=($!)
    if ((${#pids[@]} == 2)); then
        for p in "${pids[@]}"; do wait "$p" || failed=1; done
        pids=()
    fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit $failed
