#!/usr/bin/env bash
# The cost of the first lookup in a fresh process: WsaErrors.Find(10054) once (loading the library, its type
# initialiser, the JIT of the path) against a process that does nothing, both through the same Release build.
# Prints the median of each and the difference, then the first call as timed inside the process, then that time
# split into phases (see FirstLookup.RunPhases).
# Uses hyperfine when it is installed, a bash loop otherwise. Usage: first-lookup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")"

runs=${1:-40}
dotnet build -c Release --nologo -v quiet . >/dev/null
exe=bin/Release/net10.0/WinsockErrors.Benchmarks

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if command -v hyperfine >/dev/null; then
  json=$(mktemp)
  hyperfine -N --style none --warmup 5 --runs "$runs" --export-json "$json" \
    "$exe --noop" "$exe --first-lookup" >/dev/null
  noop=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["median"]*1000)' "$json")
  first=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[1]["median"]*1000)' "$json")
  rm -f "$json"
  tool="hyperfine -N, $runs runs after 5 warmups"
else
  time_ms() {
    for _ in $(seq "$runs"); do
      local start end
      start=$(date +%s%N); "$exe" "$1"; end=$(date +%s%N)
      echo $(( (end - start) / 1000 ))
    done | median | awk '{ print $1 / 1000 }'
  }
  "$exe" --noop; "$exe" --first-lookup
  noop=$(time_ms --noop)
  first=$(time_ms --first-lookup)
  tool="bash loop, $runs runs"
fi

awk -v n="$noop" -v f="$first" -v t="$tool" 'BEGIN {
  printf "process, median (%s): --noop %.2f ms, --first-lookup %.2f ms, difference %.2f ms\n", t, n, f, f - n }'

timed=$(for _ in $(seq 15); do "$exe" --first-lookup-timed; done)
first_us=$(awk '{ print $2 }' <<<"$timed" | median)
second_us=$(awk '{ print $5 }' <<<"$timed" | median)
echo "in process, median of 15: first call ${first_us} us, second call ${second_us} us"

phases=$(for _ in $(seq 15); do "$exe" --first-lookup-phases; done)
field() { awk -v f="$1" '{ print $f }' <<<"$phases" | median; }
echo "phases, median of 15: load $(field 2) us, platform probes $(field 6) us, System.Net.Primitives $(field 9) us," \
  "JIT of the type initialiser $(field 16) us, running it $(field 20) us, first call after them $(field 24) us"
