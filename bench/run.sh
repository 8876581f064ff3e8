#!/usr/bin/env bash
# Runs Aster's benchmarks side by side with its peers (CPython, Lua 5.4, Node) and
# prints a table of median wall times with "Aster vs X" ratios (>1 means Aster is
# faster). Before timing, every implementation of a benchmark runs once and its output
# must equal the reference output (CPython's, the oracle; else the first runtime that
# ran): a different output, or a crash, is reported and makes the script exit 1.
# Slowness never changes the exit status; a missing runtime shows "-".
#
# Usage: bench/run.sh [SUITE|BENCHMARK ...]
#   (no argument)   all sync suites: core, workloads
#   core            fib loop strings dict
#   workloads       nbody spectral_norm raytrace wordfreq sort
#   async           the async suite (bench/async/suite.sh; vs asyncio, uvloop, node)
#   all             every suite
#   NAME            one benchmark by name, e.g. `bench/run.sh nbody fib`
#
# Environment:
#   BENCH_RUNS=5        timed runs per benchmark and runtime (the median is shown)
#   BENCH_RSS_RUNS=1    measured runs of the memory (:rss) rows; their check run is
#                       the first (peak RSS barely varies, and these rows are slow)
#   BENCH_TIMEOUT=300   seconds before a single run is killed
#   BENCH_VERBOSE=1     also print every sample
#   BENCH_CLOCK=wall    wall: elapsed time (default); cpu: user+sys CPU time, steadier
#                       on a loaded machine (all runtimes here are single-threaded
#                       except node, whose GC and compiler threads count too)
#   ASTER=path          the aster binary (default: $BUILD/aster, BUILD defaults to build)
#   PYTHON, LUA, NODE   the peers (default: python3's real executable, lua5.4, node)
#   UVLOOP_PYTHON       a python3 with uvloop installed (default /usr/bin/python3); the
#                       async suite's asyncio and uvloop columns both use it
#
# A suite is a directory bench/SUITE/ holding suite.sh (which lists its runtimes,
# ratio columns and benchmarks) and, per benchmark NAME, NAME.as NAME.py NAME.lua
# NAME.js. A benchmark listed as NAME:rss is measured by peak RSS, and one listed as
# NAME:rss/N by peak RSS per unit: (RSS of `NAME N` - RSS of `NAME 0`) / N bytes.
# Needs only bash and coreutils (and GNU time for the :rss benchmarks).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
RUNS=${BENCH_RUNS:-5}
RSS_RUNS=${BENCH_RSS_RUNS:-1}
TIMEOUT=${BENCH_TIMEOUT:-300}
VERBOSE=${BENCH_VERBOSE:-0}
CLOCK=${BENCH_CLOCK:-wall}
SYNC_SUITES=(core workloads)
ALL_SUITES=(core workloads async)

die() { echo "bench/run.sh: $*" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, not '$RUNS'"
[[ $RSS_RUNS =~ ^[1-9][0-9]*$ ]] ||
    die "BENCH_RSS_RUNS must be a positive integer, not '$RSS_RUNS'"
[[ $CLOCK == wall || $CLOCK == cpu ]] || die "BENCH_CLOCK must be wall or cpu, not '$CLOCK'"

# ---------------------------------------------------------------- runtimes
# Every runtime has an id, a column label, a file extension, a command prefix and a
# description (path and version) printed above the tables. `asyncio` is CPython with
# its default event loop, run by the same interpreter as `uvloop` (UVLOOP_PYTHON),
# so that the two Python columns of the async suite differ only by their loop.
declare -A RT_LABEL=([aster]=aster [python3]=python3 [asyncio]=asyncio [uvloop]=uvloop
    [lua]=lua5.4 [node]=node)
declare -A RT_EXT=([aster]=as [python3]=py [asyncio]=py [uvloop]=py [lua]=lua [node]=js)
declare -A RT_CMD=() RT_DESC=()

first_line() { "$@" 2>&1 | head -n 1 || true; }

detect_runtimes() {
    local aster=${ASTER:-$ROOT/${BUILD:-build}/aster}
    if [[ -x $aster && -f $aster ]]; then
        aster=$(cd "$(dirname "$aster")" && pwd)/$(basename "$aster")
        RT_CMD[aster]=$aster
        RT_DESC[aster]="$aster ($(first_line "$aster" --version))"
    fi

    # Resolve python3 to its real executable: a pyenv shim costs ~20 ms per start.
    local py=${PYTHON:-}
    if [[ -z $py ]] && command -v python3 >/dev/null; then
        py=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || true)
    fi
    if [[ -n $py ]] && command -v "$py" >/dev/null; then
        RT_CMD[python3]=$py
        RT_DESC[python3]="$py ($(first_line "$py" --version))"
    fi

    local uvpy=${UVLOOP_PYTHON:-/usr/bin/python3}
    if command -v "$uvpy" >/dev/null; then
        RT_CMD[asyncio]=$uvpy
        RT_DESC[asyncio]="$uvpy ($(first_line "$uvpy" --version), default event loop)"
    fi
    if command -v "$uvpy" >/dev/null &&
        "$uvpy" -c 'import uvloop' >/dev/null 2>&1; then
        RT_CMD[uvloop]="$uvpy $BENCH_DIR/lib/uvloop_run.py"
        RT_DESC[uvloop]="$uvpy ($(first_line "$uvpy" --version), uvloop $("$uvpy" -c 'import uvloop; print(uvloop.__version__)'))"
    fi

    local lua=${LUA:-lua5.4}
    if command -v "$lua" >/dev/null; then
        RT_CMD[lua]=$lua
        RT_DESC[lua]="$(command -v "$lua") ($(first_line "$lua" -v | cut -d' ' -f1-2))"
    fi

    local node=${NODE:-node}
    if command -v "$node" >/dev/null; then
        RT_CMD[node]=$node
        RT_DESC[node]="$(command -v "$node") ($(first_line "$node" --version))"
    fi
}

# ---------------------------------------------------------------- measuring
TMP=$(mktemp -d "${TMPDIR:-/tmp}/aster-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# run_one RT DIR FILE KIND OUT ERR: runs one implementation once in DIR with stdout
# to OUT and stderr to ERR; sets SAMPLE and returns the exit status. SAMPLE is
# microseconds of wall or CPU time (see BENCH_CLOCK); or, when KIND is rss, KiB of
# peak RSS; or, when KIND is rss/N, bytes per unit: the program runs twice, as
# `FILE N` (its output goes to OUT) and as `FILE 0`, and SAMPLE is the difference of
# their peak RSS divided by N.
# Times come from bash's `time` keyword (wall, and user+sys CPU of the process tree).
run_one() {
    local rt=$1 dir=$2 file=$3 kind=$4 out=$5 err=$6 status=0
    local -a cmd
    read -r -a cmd <<<"${RT_CMD[$rt]}"
    if [[ $kind == rss ]]; then
        peak_rss "$dir" "$out" "$err" "${cmd[@]}" "$file" || status=$?
        SAMPLE=$RSS
    elif [[ $kind == rss/* ]]; then
        local units=${kind#rss/} full
        peak_rss "$dir" "$out" "$err" "${cmd[@]}" "$file" "$units" || status=$?
        full=$RSS
        if ((status == 0)); then
            peak_rss "$dir" /dev/null "$TMP/base.err" "${cmd[@]}" "$file" 0 || status=$?
            cat "$TMP/base.err" >>"$err"
        fi
        SAMPLE=$(((full - RSS) * 1024 / units))
        ((SAMPLE >= 0)) || SAMPLE=0
    else
        local TIMEFORMAT='%3R %3U %3S' real user sys
        cd "$dir"
        { time timeout "$TIMEOUT" "${cmd[@]}" "$file" >"$out" 2>"$err"; } 2>"$TMP/time" ||
            status=$?
        cd "$BENCH_DIR"
        # the last line: bash reports a crash ("Segmentation fault ...") above it
        read -r real user sys < <(tail -n 1 "$TMP/time") || true
        [[ ${real:-}${user:-}${sys:-} =~ ^[0-9.,]+$ ]] ||
            die "could not read the time of ${RT_LABEL[$rt]} $file: '$(cat "$TMP/time")'"
        if [[ $CLOCK == cpu ]]; then
            SAMPLE=$(($(to_us "$user") + $(to_us "$sys")))
        else
            SAMPLE=$(to_us "$real")
        fi
    fi
    return "$status"
}

# peak_rss DIR OUT ERR CMD...: runs CMD in DIR under GNU time; sets RSS to its peak
# resident set size in KiB (0 if unknown) and returns CMD's exit status.
peak_rss() {
    local dir=$1 out=$2 err=$3 status=0
    shift 3
    (cd "$dir" && exec timeout "$TIMEOUT" /usr/bin/time -f %M -o "$TMP/rss" "$@") \
        >"$out" 2>"$err" || status=$?
    RSS=$(tail -n 1 "$TMP/rss" 2>/dev/null || echo 0)
    is_number "$RSS" || RSS=0
    return "$status"
}

# to_us 1.234 -> 1234000 (seconds with 3 decimals, as TIMEFORMAT prints them)
to_us() { local ms=${1//[!0-9]/}; echo $((10#$ms * 1000)); }

# median of integers given as arguments (mean of the middle two for an even count)
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# fmt_value KIND VALUE: seconds with 3 decimals, MiB with 1 decimal for rss, or bytes
# for rss/N
fmt_value() {
    if [[ $1 == rss ]]; then
        awk -v v="$2" 'BEGIN { printf "%.1fM", v / 1024 }'
    elif [[ $1 == rss/* ]]; then
        echo "$2 B"
    else
        awk -v v="$2" 'BEGIN { printf "%.3f", v / 1e6 }'
    fi
}

# ratio OTHER ASTER: OTHER/ASTER, so >1 means Aster is faster (or smaller)
ratio() { awk -v o="$1" -v a="$2" 'BEGIN { if (a > 0) printf "%.2fx", o / a; else print "-" }'; }

# ---------------------------------------------------------------- one suite
FAILED=0
NOTES=()

is_number() { [[ $1 =~ ^[0-9]+$ ]]; }

# run_suite SUITE [NAME...]: runs the suite's benchmarks (all, or only those named)
# and prints its table.
run_suite() {
    local suite=$1; shift
    local dir=$BENCH_DIR/$suite
    local SUITE_RUNTIMES=() SUITE_RATIOS=() SUITE_BENCHMARKS=()
    # shellcheck source=/dev/null
    source "$dir/suite.sh"

    local -a selected=()
    local entry name
    for entry in "${SUITE_BENCHMARKS[@]}"; do
        name=${entry%%:*}
        if (($# == 0)) || [[ " $* " == *" $name "* ]]; then selected+=("$entry"); fi
    done
    if ((${#selected[@]} == 0)); then
        echo "== $suite: no benchmarks yet (see bench/$suite/suite.sh)"
        echo
        return 0
    fi

    # the header
    local rt header sep
    header=$(printf '| %-14s' benchmark)
    for rt in "${SUITE_RUNTIMES[@]}"; do header+=$(printf ' | %8s' "${RT_LABEL[$rt]}"); done
    for rt in "${SUITE_RATIOS[@]}"; do header+=$(printf ' | %16s' "aster vs ${RT_LABEL[$rt]}"); done
    header+=' |'
    sep=${header//[^|]/-}
    local what="wall-clock seconds"
    if [[ $CLOCK == cpu ]]; then what="CPU seconds (user+sys)"; fi
    local desc="median of $RUNS runs; $what"
    if [[ " ${SUITE_BENCHMARKS[*]}" == *:rss* ]]; then
        desc+="; memory rows: peak RSS (:rss) or RSS bytes per unit (:rss/N),"
        desc+=" median of $RSS_RUNS run$( ((RSS_RUNS == 1)) || echo s)"
    fi
    echo "== $suite ($desc)"
    echo "$header"
    echo "$sep"

    for entry in "${selected[@]}"; do
        name=${entry%%:*}
        local kind=time
        if [[ $entry == *:* ]]; then kind=${entry#*:}; fi
        if [[ -t 2 ]]; then printf '\r\033[K  running %s ...' "$name" >&2; fi

        # Check pass: every available implementation runs once (this also warms the
        # file cache) and must print the reference output.
        local -A cell=() samples=()
        local -a timed=()
        local ref_rt=""
        local order=()
        for rt in "${SUITE_RUNTIMES[@]}"; do
            if [[ $rt == python3 || $rt == asyncio ]]; then order+=("$rt"); fi
        done
        for rt in "${SUITE_RUNTIMES[@]}"; do
            if [[ $rt != python3 && $rt != asyncio ]]; then order+=("$rt"); fi
        done
        for rt in "${order[@]}"; do
            local file=$name.${RT_EXT[$rt]}
            if [[ -z ${RT_CMD[$rt]:-} || ! -f $dir/$file ]]; then
                cell[$rt]=-
                continue
            fi
            local out=$TMP/$rt.out err=$TMP/$rt.err status=0
            run_one "$rt" "$dir" "$file" "$kind" "$out" "$err" || status=$?
            if ((status != 0)); then
                cell[$rt]=ERR
                FAILED=1
                local why
                why=$(grep -v '^[[:space:]]*$' "$err" | tail -n 1 || true)
                if ((status == 124)); then why="timed out after ${TIMEOUT}s"; fi
                NOTES+=("$suite/$file: ${RT_LABEL[$rt]} exited $status: ${why:-no message}")
                continue
            fi
            if [[ -z $ref_rt ]]; then
                ref_rt=$rt
                cp "$out" "$TMP/ref.out"
            elif ! cmp -s "$out" "$TMP/ref.out"; then
                cell[$rt]=WRONG
                FAILED=1
                NOTES+=("$suite/$file: ${RT_LABEL[$rt]} printed a different output than ${RT_LABEL[$ref_rt]}:
$({ diff "$TMP/ref.out" "$out" || true; } | head -n 8 | sed 's/^/        /')")
                continue
            fi
            timed+=("$rt")
            samples[$rt]=""
            # a memory row's check run is also its first measurement
            if [[ $kind == rss* ]]; then samples[$rt]=" $SAMPLE"; fi
        done
        if [[ -n $ref_rt && $VERBOSE == 1 ]]; then
            NOTES+=("$suite/$name output: $(tr '\n' ' ' <"$TMP/ref.out")")
        fi

        # Timed passes, interleaving the runtimes so that a change in machine load
        # affects them all alike.
        local i first=1 last=$RUNS
        if [[ $kind == rss* ]]; then first=2 last=$RSS_RUNS; fi
        for ((i = first; i <= last; i++)); do
            for rt in "${timed[@]}"; do
                local status=0
                run_one "$rt" "$dir" "$name.${RT_EXT[$rt]}" "$kind" /dev/null "$TMP/err" || status=$?
                if ((status != 0)); then
                    cell[$rt]=ERR
                    FAILED=1
                    NOTES+=("$suite/$name.${RT_EXT[$rt]}: ${RT_LABEL[$rt]} exited $status in timed run $i")
                fi
                samples[$rt]+=" $SAMPLE"
            done
        done
        local -A value=()
        for rt in "${timed[@]}"; do
            if [[ ${cell[$rt]:-} == ERR ]]; then continue; fi
            # shellcheck disable=SC2086
            value[$rt]=$(median ${samples[$rt]})
            cell[$rt]=$(fmt_value "$kind" "${value[$rt]}")
            if [[ $VERBOSE == 1 ]]; then
                NOTES+=("$suite/$name ${RT_LABEL[$rt]} samples (us, KiB or B):${samples[$rt]}")
            fi
        done

        local row
        row=$(printf '| %-14s' "$name")
        for rt in "${SUITE_RUNTIMES[@]}"; do row+=$(printf ' | %8s' "${cell[$rt]:--}"); done
        for rt in "${SUITE_RATIOS[@]}"; do
            local r=-
            if is_number "${value[aster]:-x}" && is_number "${value[$rt]:-x}"; then
                r=$(ratio "${value[$rt]}" "${value[aster]}")
            fi
            row+=$(printf ' | %16s' "$r")
        done
        if [[ -t 2 ]]; then printf '\r\033[K' >&2; fi
        echo "$row |"
    done
    echo
}

# ---------------------------------------------------------------- main
declare -A WANT=()   # suite -> space-separated benchmark names ("" = all of it)
suites=()
add_suite() { [[ -v WANT[$1] ]] || suites+=("$1"); WANT[$1]=${2-}; }

if (($# == 0)); then
    for s in "${SYNC_SUITES[@]}"; do add_suite "$s"; done
fi
for arg in "$@"; do
    case $arg in
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        all) for s in "${ALL_SUITES[@]}"; do add_suite "$s"; done ;;
        sync) for s in "${SYNC_SUITES[@]}"; do add_suite "$s"; done ;;
        *)
            if [[ -f $BENCH_DIR/$arg/suite.sh ]]; then
                add_suite "$arg"
                continue
            fi
            found=""
            for s in "${ALL_SUITES[@]}"; do
                if grep -Eq "^SUITE_BENCHMARKS=.*[( ]$arg(:[a-z0-9/]+)?[ )]" "$BENCH_DIR/$s/suite.sh"; then
                    found=$s
                    break
                fi
            done
            [[ -n $found ]] || die "no suite or benchmark named '$arg' (try --help)"
            if [[ -v WANT[$found] && -z ${WANT[$found]} ]]; then continue; fi
            if [[ -v WANT[$found] ]]; then WANT[$found]+=" $arg"; else add_suite "$found" "$arg"; fi
            ;;
    esac
done

detect_runtimes
echo "Aster benchmarks, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
used=" "   # the runtimes of the selected suites
for s in "${suites[@]}"; do
    # shellcheck source=/dev/null
    used+=$(SUITE_RUNTIMES=() && source "$BENCH_DIR/$s/suite.sh" && echo "${SUITE_RUNTIMES[*]} ")
done
for rt in aster python3 asyncio uvloop lua node; do
    [[ $used == *" $rt "* ]] || continue
    printf '  %-8s %s\n' "${RT_LABEL[$rt]}" "${RT_DESC[$rt]:-not found (column shows -)}"
done
echo "  ratios: aster vs X = time(X) / time(aster); >1 means Aster is faster"
echo

for s in "${suites[@]}"; do
    # shellcheck disable=SC2086
    run_suite "$s" ${WANT[$s]}
done

if ((${#NOTES[@]} > 0)); then
    echo "Notes:"
    printf '  %s\n' "${NOTES[@]}"
fi
if ((FAILED)); then
    echo "FAILED: some implementation crashed or printed a different output (see Notes)."
    exit 1
fi
