#!/usr/bin/env bash
# The issue-#17 table in one run, side by side: openclaw-manifests beside real Helm 4 and Helm 3 on the same
# tenants, for cold generate, no-op generate, generate --check, validate of all, and validate of one file
# (native and framework-dependent). Columns: wall time, cost per tenant, ratio to ours, peak RSS, files written,
# and the load average when the row was taken (the machine is shared; compare rows of one run, not of two).
#
# Usage: bash benchmarks/run-table.sh [TENANTS]    (default 10000)
#   HELM, HELM3     the Helm 4 and Helm 3 binaries (default ../shared/tools/bin/helm, helm3)
#   HELM_SAMPLE     tenants Helm renders (default 50); Helm's total for TENANTS is extrapolated from them
#   RUNS            runs of each one-file validate, for the median (default 7)
#   NATIVE=0        skip the Native AOT publish (minutes) and its row
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$(cd ../shared && pwd)"
helm4="${HELM:-$shared/tools/bin/helm}"
helm3="${HELM3:-$shared/tools/bin/helm3}"
n="${1:-10000}"
sample="${HELM_SAMPLE:-50}"
runs="${RUNS:-7}"
[ "$sample" -le "$n" ] || sample=$n
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# generate's no-op cache lives under $XDG_CACHE_HOME: a private one, so no earlier run's cache is read and none is left.
export XDG_CACHE_HOME="$work/cache"
unset OPENCLAW_MANIFESTS_NO_CACHE
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')

echo "building (framework-dependent, ReadyToRun; native: Native AOT for $rid)..." >&2
dotnet publish generators/OpenClaw.Manifests.Cli -c Release -r "$rid" --self-contained false -o "$work/cli" --nologo -v q >/dev/null
if [ "${NATIVE:-1}" != 0 ]; then
  dotnet publish generators/OpenClaw.Manifests.Cli -c Release -r "$rid" -p:OpenClawAot=true -o "$work/native" --nologo -v q >/dev/null
fi
dotnet build benchmarks/OpenClaw.Manifests.Benchmarks -c Release --nologo -v q >/dev/null
bench=(dotnet "$root/benchmarks/OpenClaw.Manifests.Benchmarks/bin/Release/net10.0/OpenClaw.Manifests.Benchmarks.dll")
cli=(dotnet "$work/cli/openclaw-manifests.dll")
native=("$work/native/openclaw-manifests")

load() { awk '{print $1}' /proc/loadavg; }
# timed CMD... -> "<seconds> <peak RSS MiB>" of the whole process; its output goes to $work/stdout
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/err" || [ $? -eq 1 ] || { cat "$work/err" >&2; return 1; }
  awk '{printf "%.3f %.0f\n", $1, $2/1024}' "$work/time"
}
# median of RUNS whole-process runs of CMD... -> "<median s> <min s> <max s> <peak RSS MiB>"
median() {
  for _ in $(seq "$runs"); do timed "$@"; done | sort -n | awk '{t[NR]=$1; if ($2>m) m=$2} END {mid=(NR%2)?t[(NR+1)/2]:(t[NR/2]+t[NR/2+1])/2; printf "%.3f %.3f %.3f %d\n", mid, t[1], t[NR], m}'
}
files_newer() { find "$1" -type f -newer "$2" | wc -l; }
row() { # operation tool tenants seconds rss files [note]
  local per; per=$(awk -v t="$4" -v n="$3" 'BEGIN {printf "%.2f", 1000 * t / n}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$per" "${ratio:-}" "$5" "$6" "$(load)${7:+; $7}"
}
ratio_to() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; }

echo "writing $n tenants..." >&2
tenants="$work/tenants"; out="$work/out"
"${bench[@]}" make-tenants "$n" "$tenants"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), .NET $(dotnet --version), $(date -u +%FT%TZ)"
echo "Helm: $("$helm4" version --short) and $("$helm3" version --short); Helm rows render $sample tenants and extrapolate to $n (time × $n / $sample)."
echo
echo "| operation | tool | tenants | time (s) | per tenant (ms) | Helm ÷ ours | peak RSS (MiB) | files written | load (1 min) |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"

# Ours.
read -r t_cold rss <<<"$(timed "${cli[@]}" generate --tenants "$tenants" --out "$out")"
written=$(find "$out" -type f | wc -l)
row "cold generate" openclaw-manifests "$n" "$t_cold" "$rss" "$written"
touch "$work/mark"; sleep 1
read -r t_noop lo hi rss <<<"$(median "${cli[@]}" generate --tenants "$tenants" --out "$out")"
row "no-op generate" openclaw-manifests "$n" "$t_noop" "$rss" "$(files_newer "$out" "$work/mark")" "no-op cache; median of $runs, $lo–$hi s"
touch "$work/mark"; sleep 1
read -r t_nocache rss <<<"$(timed "${cli[@]}" generate --no-cache --tenants "$tenants" --out "$out")"
row "no-op generate --no-cache" openclaw-manifests "$n" "$t_nocache" "$rss" "$(files_newer "$out" "$work/mark")" "every tenant parsed and rendered"
if [ "${NATIVE:-1}" != 0 ]; then
  # The native build has a cache key of its own: its first run renders (and writes nothing), the next ones are no-ops.
  timed "${native[@]}" generate --tenants "$tenants" --out "$out" >/dev/null
  touch "$work/mark"; sleep 1
  read -r t lo hi rss <<<"$(median "${native[@]}" generate --tenants "$tenants" --out "$out")"
  row "no-op generate" "openclaw-manifests, Native AOT" "$n" "$t" "$rss" "$(files_newer "$out" "$work/mark")" "no-op cache; median of $runs, $lo–$hi s"
fi
touch "$work/mark"; sleep 1
read -r t_check rss <<<"$(timed "${cli[@]}" generate --check --tenants "$tenants" --out "$out")"
row "generate --check" openclaw-manifests "$n" "$t_check" "$rss" "$(files_newer "$out" "$work/mark")"
read -r t_val rss <<<"$(timed "${cli[@]}" validate "$tenants")"
row "validate (all)" openclaw-manifests "$n" "$t_val" "$rss" 0
one=$(find "$tenants" -name '*.yaml' | sort | head -n 1)
read -r t_one_fd lo hi rss <<<"$(median "${cli[@]}" validate "$one")"
row "validate (one file)" "openclaw-manifests, framework-dependent" 1 "$t_one_fd" "$rss" 0 "median of $runs, $lo–$hi s"
t_one_native=""
if [ "${NATIVE:-1}" != 0 ]; then
  read -r t_one_native lo hi rss <<<"$(median "${native[@]}" validate "$one")"
  row "validate (one file)" "openclaw-manifests, Native AOT" 1 "$t_one_native" "$rss" 0 "median of $runs, $lo–$hi s"
fi

# Helm, the way a CI script drives it: one process per tenant, over the chart and the tenant's values.yaml that
# generate wrote. generate's equivalent is `helm template` to a file; --check is the same render compared with the
# committed file; validate is `helm lint --strict`. Helm has no incremental mode: a no-op run renders everything.
mapfile -t names < <(find "$out/tenants" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | head -n "$sample")
chart="$out/bp-openclaw"
for h in "$helm4" "$helm3"; do
  tool="$(basename "$h") $("$h" version --short | cut -d+ -f1)"
  mkdir -p "$work/helm"; : >"$work/rss"
  helm_each() { # MODE -> total seconds over the sample; peak RSS per process into $work/rss
    local start end
    start=$(date +%s.%N)
    for name in "${names[@]}"; do
      values="$out/tenants/$name/values.yaml"
      case "$1" in
        template) /usr/bin/time -f %M -a -o "$work/rss" "$h" template "$name" "$chart" -f "$values" -n "$name" >"$work/helm/$name.yaml" ;;
        check) /usr/bin/time -f %M -a -o "$work/rss" "$h" template "$name" "$chart" -f "$values" -n "$name" | cmp -s - "$work/helm/$name.yaml" ;;
        lint) /usr/bin/time -f %M -a -o "$work/rss" "$h" lint --strict "$chart" -f "$values" >/dev/null ;;
      esac
    done
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", e - s}'
  }
  peak() { sort -n "$work/rss" | tail -n 1 | awk '{printf "%.0f", $1/1024}'; : >"$work/rss"; }
  extrapolate() { awk -v t="$1" -v n="$n" -v s="$sample" 'BEGIN {printf "%.1f", t * n / s}'; }
  t=$(extrapolate "$(helm_each template)"); ratio=$(ratio_to "$t" "$t_cold") row "cold generate" "$tool" "$n" "$t" "$(peak)" "$n" "extrapolated from $sample"
  ratio=$(ratio_to "$t" "$t_noop") row "no-op generate" "$tool" "$n" "$t" "-" "$n" "no incremental mode: the cold run again"
  t=$(extrapolate "$(helm_each check)"); ratio=$(ratio_to "$t" "$t_check") row "generate --check" "$tool" "$n" "$t" "$(peak)" 0 "extrapolated from $sample"
  t=$(extrapolate "$(helm_each lint)"); ratio=$(ratio_to "$t" "$t_val") row "validate (all)" "$tool" "$n" "$t" "$(peak)" 0 "helm lint --strict, extrapolated from $sample"
  read -r t1 lo hi rss <<<"$(median "$h" lint --strict "$chart" -f "$out/tenants/${names[0]}/values.yaml")"
  ratio="$(ratio_to "$t1" "$t_one_fd") FD${t_one_native:+, $(ratio_to "$t1" "$t_one_native") native}" \
    row "validate (one file)" "$tool" 1 "$t1" "$rss" 0 "helm lint --strict, median of $runs, $lo–$hi s"
done
