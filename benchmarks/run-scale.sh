#!/usr/bin/env bash
# Whole-process benchmarks for BENCHMARKS.md: generate at 100/1,000/10,000/100,000 tenants (wall time,
# tenants/s, peak RSS), incremental runs, --check, validate start-up, and the Helm route
# (`helm template` once per tenant, as CI scripts do) on the same tenants.
# Usage: bash benchmarks/run-scale.sh [SIZES...]   (default: 100 1000 10000 100000; the last takes minutes and ~3.5 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$(cd ../shared && pwd)"
helm="${HELM:-$(command -v helm || echo "$shared/tools/bin/helm")}"
sizes=("${@:-100 1000 10000 100000}"); sizes=(${sizes[@]})
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

dotnet publish generators/OpenClaw.Manifests.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v q >/dev/null
dotnet build benchmarks/OpenClaw.Manifests.Benchmarks -c Release --nologo -v q >/dev/null
bench=(dotnet "$root/benchmarks/OpenClaw.Manifests.Benchmarks/bin/Release/net10.0/OpenClaw.Manifests.Benchmarks.dll")
cli=(dotnet "$work/cli/openclaw-manifests.dll")

# timed CMD... -> prints "<seconds> <peak RSS MiB>" of the whole process
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }; awk '{printf "%.2f %.0f\n", $1, $2/1024}' "$work/time"; }
newest() { find "$1" -type f -newer "$2" | wc -l; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), .NET $(dotnet --version)"
echo
echo "| tenants | generate (s) | tenants/s | peak RSS (MiB) | 2nd generate, nothing changed (s) | files rewritten | one tenant changed (s) | files rewritten | --check (s) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  dir="$work/t$n"; out="$work/out$n"
  "${bench[@]}" make-tenants "$n" "$dir"
  read -r t1 rss <<<"$(timed "${cli[@]}" generate --tenants "$dir" --out "$out")"
  touch "$work/mark"; sleep 1
  read -r t2 _ <<<"$(timed "${cli[@]}" generate --tenants "$dir" --out "$out")"
  same=$(newest "$out" "$work/mark")
  "${bench[@]}" touch-tenant 1 "$dir/t00001.yaml"
  touch "$work/mark"; sleep 1
  read -r t3 _ <<<"$(timed "${cli[@]}" generate --tenants "$dir" --out "$out")"
  changed=$(newest "$out" "$work/mark")
  read -r t4 _ <<<"$(timed "${cli[@]}" generate --check --tenants "$dir" --out "$out")"
  rate=$(awk -v n="$n" -v t="$t1" 'BEGIN {printf "%.0f", n / t}')
  echo "| $n | $t1 | $rate | $rss | $t2 | $same | $t3 | $changed | $t4 |"
done

echo
n=${HELM_SAMPLE:-50}
dir="$work/t100"; out="$work/out100"
[ -d "$out/bp-openclaw" ] || { echo "no chart in the output; skipping the Helm comparison"; exit 0; }
start=$(date +%s.%N)
for i in $(seq 0 $((n - 1))); do
  name=$(printf "t%05d" "$i")
  "$helm" template "$name" "$out/bp-openclaw" -f "$out/tenants/$name/values.yaml" -n "org-$name" >/dev/null
done
end=$(date +%s.%N)
helm_rate=$(awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", n / (e - s)}')
read -r tg _ <<<"$(timed "${cli[@]}" generate --tenants "$dir" --out "$work/fresh100")"
lib_rate=$(awk -v t="$tg" 'BEGIN {printf "%.0f", 100 / t}')
echo "| route | tenants/s | ratio |"
echo "| --- | ---: | ---: |"
echo "| \`helm template\` per tenant ($n tenants, $(basename "$helm")) | $helm_rate | 1 |"
echo "| \`openclaw-manifests generate\` (100 tenants, fresh output, whole process) | $lib_rate | $(awk -v a="$lib_rate" -v b="$helm_rate" 'BEGIN {printf "%.0f", a / b}') |"

echo
echo "validate one tenant file, whole process, 10 runs:"
for i in $(seq 10); do timed "${cli[@]}" validate samples/tenants/acme.yaml | cut -d' ' -f1; done | sort -n | awk '{a[NR]=$1} END {printf "median %.3f s (min %.3f, max %.3f)\n", (a[5]+a[6])/2, a[1], a[NR]}'
