#!/usr/bin/env bash
# Runs the sandbox benchmarks (bench/) with their defaults; results are described in
# docs/benchmarks.md. Needs root (the sandbox does) and the venv (`make setup`). Not part of CI.
#
#   scripts/bench.sh              # overhead, throughput, timing stability (about 3 minutes)
#   scripts/bench.sh --quick      # small counts, a smoke test (about 20 seconds)
#   scripts/bench.sh --profile    # also bench/profile_sandbox.py (where a run's time goes)
#   BENCH_JSON_DIR=DIR scripts/bench.sh   # also write each benchmark's results as DIR/NAME.json
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
profile=0
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        --profile) profile=1 ;;
        *) echo "usage: scripts/bench.sh [--quick] [--profile]" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/bench.sh: run as root (the sandbox needs it)" >&2
    exit 2
fi
python=.venv/bin/python
if [ ! -x "$python" ]; then
    echo "scripts/bench.sh: no .venv; run 'make setup' first (or 'make bench')" >&2
    exit 2
fi

# Other work on the machine skews every number here: say so up front.
read -r load1 _ < /proc/loadavg
echo "load average before the benchmarks: $load1 on $(nproc) cores"
if awk -v l="$load1" 'BEGIN { exit !(l > 0.5) }'; then
    echo "warning: the machine is busy; numbers will be noisier and slower than on an idle one"
fi

json() {
    if [ -n "${BENCH_JSON_DIR:-}" ]; then
        mkdir -p "$BENCH_JSON_DIR"
        echo "--json" "$BENCH_JSON_DIR/$1.json"
    fi
}

run() {
    echo
    echo "================================================================ $1"
    shift
    "$python" "$@"
}

if [ "$quick" -eq 1 ]; then
    run "sandbox overhead" bench/sandbox_overhead.py --runs 20 --warmup 3 $(json sandbox_overhead)
    run "throughput" bench/throughput.py --seconds 1 --warmup 3 $(json throughput)
    run "timing stability" bench/timing_stability.py --runs 3 --target-s 0.2 $(json timing_stability)
    if [ "$profile" -eq 1 ]; then
        run "profile" bench/profile_sandbox.py --runs 30 --timeline-runs 10 --rounds 10 --blocks 1 \
            $(json profile_sandbox)
    fi
else
    run "sandbox overhead" bench/sandbox_overhead.py $(json sandbox_overhead)
    run "throughput" bench/throughput.py $(json throughput)
    run "timing stability" bench/timing_stability.py $(json timing_stability)
    if [ "$profile" -eq 1 ]; then
        run "profile" bench/profile_sandbox.py $(json profile_sandbox)
    fi
fi
