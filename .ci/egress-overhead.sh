#!/usr/bin/env bash
# Measures the egress hook's cost (SPEC 9; a benchmark, never a timed test): the same Python workload
# with and without the hook on PYTHONPATH, interleaved in one run so both see the same machine state.
#   bash .ci/egress-overhead.sh [ROUNDS] [TEST_MODULES...]
# Default workload: python3 -m unittest on stdlib test modules available offline (test_json also starts
# Python children, which load the hook too). CPU time (user+sys, children included) is the number to
# compare on a shared machine; wall time is printed beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
shift || true
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(test.test_json test.test_difflib test.test_textwrap test.test_csv)
py=$(python3 -c 'import sys; print(sys.executable)')
hook=$PWD/src/egress/python
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
TIMEFORMAT='%R %U %S'

measure() { # with|without COMMAND... -> "wall_ms cpu_ms"
  local mode=$1 t
  shift
  if [ "$mode" = with ]; then
    t=$({ time MCEN_EGRESS_LOG=$scratch/log.jsonl PYTHONPATH=$hook "$@" >/dev/null 2>&1; } 2>&1)
  else
    t=$({ time "$@" >/dev/null 2>&1; } 2>&1)
  fi
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$t"
}
suite() { measure "$1" "$py" -m unittest -q "${modules[@]}"; }
startups() { measure "$1" bash -c 'for _ in $(seq 20); do "$0" -c pass; done' "$py"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { cut -d' ' -f"$1" "$2" | median; }

suite with >/dev/null # warm caches (.pyc of the hook and of the tests)
for _ in $(seq "$rounds"); do
  suite without >>"$scratch/suite-without"
  suite with >>"$scratch/suite-with"
  startups without >>"$scratch/start-without"
  startups with >>"$scratch/start-with"
done
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.1f%%", (a - b) * 100 / b}'; }
echo "python: $("$py" -V 2>&1) ($py); rounds: $rounds; workload: unittest ${modules[*]}"
for kind in suite start; do
  wo=$(col 2 "$scratch/$kind-without") wi=$(col 2 "$scratch/$kind-with")
  ww=$(col 1 "$scratch/$kind-without") wwi=$(col 1 "$scratch/$kind-with")
  label=$([ $kind = suite ] && echo "test suite" || echo "20 x python -c pass")
  echo "$label: CPU median ${wo} ms without, ${wi} ms with hook ($(pct "$wi" "$wo")); wall median ${ww} / ${wwi} ms ($(pct "$wwi" "$ww"))"
done
echo "log lines written with the hook (all rounds): $(wc -l <"$scratch/log.jsonl")"
