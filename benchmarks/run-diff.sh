#!/usr/bin/env bash
# The diff benchmark for BENCHMARKS.md: a change summary of N tenants (default 10,000) where every tenant's quota
# changed (every rendered.yaml, values.yaml and helmrelease.yaml differs) and one tenant gained an RBAC rule.
# Whole processes: wall time and peak RSS of `diff --base-dir` in each format, after two generates.
# Usage: bash benchmarks/run-diff.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
# DIFF_BENCH_DIR=DIR keeps the generated trees there (and reuses them on the next run).
if [ -n "${DIFF_BENCH_DIR:-}" ]; then work="$DIFF_BENCH_DIR"; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

dotnet publish generators/OpenClaw.Manifests.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v q >/dev/null
dotnet build benchmarks/OpenClaw.Manifests.Benchmarks -c Release --nologo -v q >/dev/null
bench=(dotnet "$(pwd)/benchmarks/OpenClaw.Manifests.Benchmarks/bin/Release/net10.0/OpenClaw.Manifests.Benchmarks.dll")
cli=(dotnet "$work/cli/openclaw-manifests.dll")

# timed CMD... -> "<wall s> <CPU s (user+system)> <peak RSS MiB>"; exit 1 (--fail-on security found something) is expected
timed() {
  local rc=0; /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/err" || rc=$?
  if [ "$rc" -gt 1 ]; then cat "$work/err" >&2; return 1; fi
  tail -n 1 "$work/time" | awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4/1024}'
}

if [ ! -d "$work/head" ]; then
"${bench[@]}" make-tenants "$n" "$work/tenants"
"${cli[@]}" generate --tenants "$work/tenants" --settings samples/platform.yaml --out "$work/base" >/dev/null
# Every tenant's quota changes (the initech copies have one, the acme copies get one); one tenant gains pods/exec create.
sed -i 's/pods: 60/pods: 77/' "$work"/tenants/*.yaml
grep -L '^  quota:' "$work"/tenants/*.yaml | while read -r f; do printf '  quota: {pods: 77}\n' >>"$f"; done
printf '  rbac:\n    extraRules:\n      - {apiGroups: [""], resources: [pods/exec], verbs: [create]}\n' >>"$work/tenants/t00001.yaml"
"${cli[@]}" generate --tenants "$work/tenants" --settings samples/platform.yaml --out "$work/head" >/dev/null
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), .NET $(dotnet --version)"
echo "tree: $(find "$work/head" -type f | wc -l) files, $(du -sm "$work/head" | cut -f1) MiB per side"
echo
echo "| format | wall (s) | CPU (s) | peak RSS (MiB) | output (KiB) |"
echo "| --- | ---: | ---: | ---: | ---: |"
for format in markdown json text; do
  read -r t cpu rss <<<"$(timed "${cli[@]}" diff --base-dir "$work/base" --out "$work/head" --format "$format" --fail-on security)"
  echo "| $format | $t | $cpu | $rss | $(( $(wc -c <"$work/stdout") / 1024 )) |"
done
echo
sed -n '1,12p' "$work/stdout"
