#!/usr/bin/env bash
# Coverage-guided fuzzing of the strict YAML reader and the tenant loader with afl-fuzz (Debian afl++)
# and SharpFuzz: publish the fuzz target, instrument the loader (OpenClaw.Manifests.dll) and the YAML
# parser under it (YamlDotNet.dll), seed with the hostile corpus and the samples, fuzz for a bounded time.
#   fuzz/run.sh [SECONDS] [WORK_DIR]     # default 120 s, a fresh temporary folder
# Prints executions, executions per second, edges found, crashes and hangs (over 2 s); exits 1 when
# afl-fuzz saved any crash or hang (each is replayed with the target's replay mode and kept in
# WORK_DIR/findings/default/{crashes,hangs} to turn into a corpus case), 2 when it cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
work="${2:-$(mktemp -d -t ocm-fuzz-XXXXXX)}"
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install -y afl++)" >&2; exit 2; }
mkdir -p "$work"
bin="$work/bin"

echo "== publish and instrument (SharpFuzz, the sharpfuzz tool of .config/dotnet-tools.json)"
dotnet tool restore >/dev/null
dotnet publish fuzz/OpenClaw.Manifests.Fuzz -c Release -o "$bin" --nologo -v quiet
# An uninstrumented copy replays findings: instrumented code outside afl-fuzz has no coverage map to write.
rm -rf "$work/plain" && cp -r "$bin" "$work/plain"
# Not the target itself: SharpFuzz's fork server cannot start from an instrumented entry assembly.
for dll in OpenClaw.Manifests.dll YamlDotNet.dll; do dotnet tool run sharpfuzz "$bin/$dll"; done

echo "== seeds"
rm -rf "$work/in" && mkdir -p "$work/in"
n=0
# Small seeds fuzz best; every committed tenant file (good, bad, multi-file sets, samples) is one, except
# those the loader refuses before parsing (not UTF-8): they reach no instrumented code, and afl-fuzz
# stops on a seed without coverage.
while IFS= read -r -d '' f; do
  if [ "$(stat -c %s "$f")" -le 16384 ] && iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then cp "$f" "$work/in/seed-$n.yaml"; n=$((n + 1)); fi
done < <(find tests/corpus samples/tenants -type f \( -name '*.yaml' -o -name '*.yml' \) -print0 | sort -z)
echo "$n seeds"

echo "== afl-fuzz for $seconds s"
# -t 2000: an input that runs longer than 2 s is a hang; "+" skips seeds that time out while the
# target warms up (JIT) instead of aborting. -m none: .NET reserves far more address space than it
# uses; the target itself fails an input that allocates over 256 MiB.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$work/in" -o "$work/findings" -t 2000+ -m none -V "$seconds" -- dotnet "$bin/OpenClaw.Manifests.Fuzz.dll" >"$work/afl.log" 2>&1 || {
  echo "fuzz: afl-fuzz failed; the end of its log:" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 2
}

stats="$work/findings/default/fuzzer_stats"
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "== result"
echo "run time:         $(stat run_time) s"
echo "executions:       $(stat execs_done) ($(stat execs_per_sec) per second)"
echo "edges found:      $(stat edges_found) of $(stat total_edges) (bitmap coverage $(stat bitmap_cvg))"
echo "corpus:           $(stat corpus_count) inputs ($(stat corpus_found) found by fuzzing)"
echo "crashes, hangs:   $(stat saved_crashes), $(stat saved_hangs)"
echo "work folder:      $work"
found=0
for kind in crashes hangs; do
  for f in "$work/findings/default/$kind"/id:*; do
    [ -e "$f" ] || continue
    found=1
    echo "-- $kind: $f"
    timeout 20 dotnet "$work/plain/OpenClaw.Manifests.Fuzz.dll" "$f" || true
  done
done
exit "$found"
