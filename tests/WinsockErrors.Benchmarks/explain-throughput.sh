#!/usr/bin/env bash
# wsaerr explain on a 100 MB log against grep -c -i -F -f with the same phrases and names, on the same file.
# The log is built from the corpus of real lines (tests/WinsockErrors.Cli.Tests/Corpus): one line in 20 names a
# Winsock error, the others are the corpus' negatives and the sample log's ordinary lines. The phrase file holds what
# explain looks for: every system message, the Berkeley-socket titles, the log wordings, every name, alias and errno
# name, and the tag words before a code. Prints the medians, MB/s and the maximum resident set size of each.
# Needs hyperfine and /usr/bin/time (apt-get install -y hyperfine time). Usage: explain-throughput.sh [MB] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."

size_mb=${1:-100}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release --nologo -v quiet src/WinsockErrors.Cli >/dev/null
wsaerr=src/WinsockErrors.Cli/bin/Release/net10.0/wsaerr

python3 - "$work" "$size_mb" <<'PY'
import json, random, sys
work, size_mb = sys.argv[1], int(sys.argv[2])
errors = json.load(open("data/winsock-errors.json", encoding="utf-8"))["errors"]
wordings = json.load(open("data/log-wordings.json", encoding="utf-8"))["wordings"]
phrases = set()
for e in errors:
    if e["code"] == 0:
        continue
    message = e["message"].rstrip(".")
    if len(message) >= 15:
        phrases.add(message)
    if e["category"] == "Socket" and e["title"]:
        phrases.add(e["title"].rstrip("."))
    phrases.add(e["name"])
    phrases.update(e.get("aliases", []))
    phrases.update(x["name"] for x in e.get("errno", []))
phrases.update(w["text"] for w in wordings if not w.get("ambiguous"))
phrases.update(["WinError", "Win32Exception", "Win32 error", "error code", "NativeErrorCode", "ErrorCode",
                "SocketException", "GetLastError", "socket error", "HRESULT", "errno", "os error", "SocketError"])
with open(f"{work}/phrases.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(phrases)) + "\n")

def column(path, index):
    return [l.rstrip("\n").split("\t")[index] for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
positives = column("tests/WinsockErrors.Cli.Tests/Corpus/positives.tsv", 3)
ordinary = column("tests/WinsockErrors.Cli.Tests/Corpus/negatives.tsv", 2)
ordinary += [l.rstrip("\n") for l in open("tests/WinsockErrors.Cli.Tests/TestData/sample.log", encoding="utf-8") if "INFO" in l]
rng = random.Random(10054)
target = size_mb * 1024 * 1024
written = 0
with open(f"{work}/big.log", "w", encoding="utf-8") as f:
    while written < target:
        line = rng.choice(positives) if rng.random() < 0.05 else rng.choice(ordinary)
        f.write(line + "\n")
        written += len(line.encode("utf-8")) + 1
print(f"{len(phrases)} phrases; log of {written / 1048576:.0f} MB")
PY

log=$work/big.log
echo "grep counts $(grep -c -i -F -f "$work/phrases.txt" "$log") lines; explain finds $("$wsaerr" explain "$log" | grep -c '^line ') mentions"

# Both write to a pipe: grep stops at the first match when its output is /dev/null.
hyperfine --style basic --warmup 1 --runs "$runs" --output=pipe --export-json "$work/times.json" \
  -n grep "grep -c -i -F -f $work/phrases.txt $log" \
  -n explain "$wsaerr explain $log" \
  -n "explain --json" "$wsaerr explain --json $log" \
  -n "grep, LC_ALL=C" "env LC_ALL=C grep -c -i -F -f $work/phrases.txt $log"

rss() { /usr/bin/time -v "$@" 2>&1 >"$work/out" | awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }'; }
grep_rss=$(rss grep -c -i -F -f "$work/phrases.txt" "$log")
explain_rss=$(rss "$wsaerr" explain "$log")
json_rss=$(rss "$wsaerr" explain --json "$log")

python3 - "$work/times.json" "$(stat -c %s "$log")" "$grep_rss" "$explain_rss" "$json_rss" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
size_mb = int(sys.argv[2]) / 1048576
g, e, c, j = (results[n] for n in ("grep", "explain", "grep, LC_ALL=C", "explain --json"))
print(f"log: {size_mb:.1f} MB, LANG={__import__('os').environ.get('LANG', '')}, load average {open('/proc/loadavg').read().split()[0]}; medians of wall time, mean user CPU")
for name, r, rss in (("grep -c -i -F -f", g, sys.argv[3]), ("wsaerr explain", e, sys.argv[4]), ("explain --json", j, sys.argv[5]), ("grep, LC_ALL=C", c, None)):
    extra = f", max RSS {rss} MB" if rss else ""
    print(f"{name:17} median {r['median']:.2f} s ({size_mb / r['median']:.0f} MB/s), user {r['user']:.2f} s{extra}")
print(f"explain / grep throughput: {g['median'] / e['median']:.2f} by wall time, {g['user'] / e['user']:.2f} by CPU time")
print(f"explain --json / grep throughput: {g['median'] / j['median']:.2f} by wall time, {g['user'] / j['user']:.2f} by CPU time")
print(f"explain / grep (LC_ALL=C) throughput: {c['median'] / e['median']:.2f} by wall time, {c['user'] / e['user']:.2f} by CPU time")
PY
