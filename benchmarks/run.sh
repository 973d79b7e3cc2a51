#!/usr/bin/env bash
# The send-path benchmarks in one command (see benchmarks/README.md):
#   1. if nothing answers on the gateway's port, starts ./platform up --fresh with its own data directory
#      (benchmarks/target/platform-data) and records the cold start (launch to "Dashboard " printed);
#   2. runs TwilioSimulatorSimulation (the simulator's own ceiling), then SendThroughGatewaySimulation, once per
#      rate, each with a warm-up before the measured phase;
#   3. stops the platform it started;
#   4. prints a summary table and writes it to benchmarks/target/summary.txt.
#
# Usage: benchmarks/run.sh [--rates "100 200 300 400 500 800"] [--sim-rates "2000 4000 6000"] [--duration 60] [--warmup 20]
#                          [--platform-warmup 60] [--gateway http://localhost:8080] [--keep-platform] [--no-wait] [--no-build]
# --platform-warmup S: before the first measured gateway rate, S seconds (plus the warm-up) at 100 msg/s, not
#   measured: a fresh platform's eleven JVMs are still compiling the send path for the first minute or two.
# Starting a platform, it first builds the jars if any is missing or older than its sources (--no-build: measure
#   what is there); the summary names when the measured jars were built.
# A gateway rate after which messages stay stuck (not final within the settle timeout) ends the ladder: the
#   platform did not recover, so higher rates would measure nothing.
# Environment (the options win): RATES, SIM_RATES, DURATION, WARMUP, PLATFORM_WARMUP, GATEWAY, DEMO_PASSWORD (demo-password),
#   P95_BUDGET (250 ms), SECRETS_FILE (Twilio simulator credentials of an already running platform; default
#   data/secrets.properties), QUIET_TIMEOUT (seconds to wait for other Maven builds to finish, default 1800),
#   PLATFORM_TIMEOUT (seconds to wait for ./platform up, default 900).
set -euo pipefail

SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/benchmarks
OUT=$BENCH/target
DATA=$OUT/platform-data

RATES=${RATES:-100 200 300 400 500 800}
SIM_RATES=${SIM_RATES:-2000 4000 6000}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-20}
PLATFORM_WARMUP=${PLATFORM_WARMUP:-60}
PLATFORM_WARMUP_RATE=${PLATFORM_WARMUP_RATE:-100}
GATEWAY=${GATEWAY:-http://localhost:8080}
DEMO_PASSWORD=${DEMO_PASSWORD:-demo-password}
P95_BUDGET=${P95_BUDGET:-250}
QUIET_TIMEOUT=${QUIET_TIMEOUT:-1800}
PLATFORM_TIMEOUT=${PLATFORM_TIMEOUT:-900}
KEEP_PLATFORM=false
WAIT_QUIET=true
BUILD_STALE=true

while [ $# -gt 0 ]; do
  case "$1" in
    --rates) RATES=$2; shift 2 ;;
    --sim-rates) SIM_RATES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --platform-warmup) PLATFORM_WARMUP=$2; shift 2 ;;
    --gateway) GATEWAY=$2; shift 2 ;;
    --keep-platform) KEEP_PLATFORM=true; shift ;;
    --no-wait) WAIT_QUIET=false; shift ;;
    --no-build) BUILD_STALE=false; shift ;;
    -h|--help) sed -n '2,23s/^# \{0,1\}//p' "$SCRIPT"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mkdir -p "$OUT/bench-results" "$OUT/gatling" "$OUT/logs"
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$OUT/bench-results/$RUN_ID
mkdir -p "$RESULTS"

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

gateway_answers() {
  curl -s -o /dev/null --max-time 3 "$GATEWAY/actuator/health/readiness" \
    || curl -s -o /dev/null --max-time 3 "$GATEWAY/"
}

# Other engineers build on this machine: a measurement taken during their build means nothing.
# Waits until no Maven, Surefire or Failsafe JVM runs except our own children.
OTHER_BUILDS_SEEN=""
wait_for_quiet() {
  $WAIT_QUIET || return 0
  local waited=0 others
  while :; do
    others=$(pgrep -f 'surefire|failsafe|plexus-classworlds' || true)
    [ -z "$others" ] && return 0
    if [ "$waited" -ge "$QUIET_TIMEOUT" ]; then
      log "WARNING: other builds still running after ${QUIET_TIMEOUT}s (pids $(echo $others)); measuring anyway"
      OTHER_BUILDS_SEEN="other Maven builds were running during the measurement (pids $(echo $others))"
      return 0
    fi
    [ $((waited % 60)) -eq 0 ] && log "waiting for other builds to finish before measuring (pids $(echo $others))"
    sleep 10
    waited=$((waited + 10))
  done
}

# Records, every 5 s, the other builds that run while a simulation measures (ours carry -Dbench.run=$RUN_ID).
other_builds() {
  local pid
  for pid in $(pgrep -f 'surefire|failsafe|plexus-classworlds' || true); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "bench.run=$RUN_ID" || echo "$pid"
  done
}
watch_other_builds() { # watch_other_builds FILE: runs until killed
  while :; do
    other_builds >>"$1"
    sleep 5
  done
}

# --- 1. the platform ------------------------------------------------------------------------------
STARTED_PLATFORM=false
COLD_START="-"
PLATFORM_PID=""
stop_platform() {
  if $STARTED_PLATFORM && ! $KEEP_PLATFORM; then
    log "stopping the platform we started (./platform down --data-dir ${DATA#$ROOT/})"
    ./platform down --data-dir "$DATA" || true
    [ -n "$PLATFORM_PID" ] && wait "$PLATFORM_PID" 2>/dev/null || true
    STARTED_PLATFORM=false
  fi
}
trap stop_platform EXIT
trap 'exit 130' INT TERM

APPS="simulators gateway auth-service user-service brand-service campaign-service sms-service contact-service
      compliance-service analytics-service notification-service billing-service devstack"
VERSION=$(sed -n '/<artifactId>tendlc-platform<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)

apps_built() {
  local app
  for app in $APPS; do
    [ -f "$app/target/$app-$VERSION.jar" ] || return 1
  done
  [ -d devstack/target/lib ]
}

# Apps whose jar is older than their sources or the shared modules they are built from: measuring those
# would measure old code (./platform up builds only what is missing).
stale_apps() {
  local app jar
  for app in $APPS; do
    jar=$app/target/$app-$VERSION.jar
    [ -f "$jar" ] || continue
    # newer than the jar, and than the last build run.sh made (which may have left an unchanged jar alone)
    [ "$OUT/.platform-built" -nt "$jar" ] && jar=$OUT/.platform-built
    if [ -n "$(find "$app/src" "$app/pom.xml" platform-starter/src shared-events/src pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
      printf '%s ' "$app"
    fi
  done
}

STALE=""
if gateway_answers; then
  STALE=$(stale_apps)
  log "something already answers on $GATEWAY: benchmarking it as it is (no cold start measured)"
  SECRETS_FILE=${SECRETS_FILE:-$ROOT/data/secrets.properties}
else
  if ss -ltn 2>/dev/null | grep -qE ':(8080|8180|15432|19092)\b'; then
    log "ports of the dev stack are taken by someone else's platform (gateway not answering yet?):"
    ss -ltnp | grep -E ':(80[89][0-9]|8180|15432|19092)\b' || true
    echo "Wait until it is up (then re-run to benchmark it) or down." >&2
    exit 1
  fi
  STALE=$(stale_apps)
  if ! apps_built || { [ -n "$STALE" ] && $BUILD_STALE; }; then
    wait_for_quiet
    log "building the platform first (not part of the cold start${STALE:+; older than their sources: $STALE}): ./mvnw -B -ntp -q -DskipTests package"
    ./mvnw -B -ntp -q -DskipTests package
    # Maven leaves a jar alone when its content did not change: remember that everything is built now
    touch "$OUT/.platform-built"
    STALE=$(stale_apps)
  elif [ -n "$STALE" ]; then
    log "WARNING: measuring jars older than their sources (--no-build): $STALE"
  fi
  wait_for_quiet
  mkdir -p "$DATA"
  UP_LOG=$OUT/platform-up.log
  log "cold start: ./platform up --fresh --data-dir ${DATA#$ROOT/} (log: ${UP_LOG#$ROOT/})"
  START_NS=$(date +%s%N)
  # One client address, one key, one organization drive the whole ladder: the limits stay in force (their Redis
  # checks are part of what is measured) but high enough that the benchmark measures capacity, not the quota.
  RATE_LIMIT_IP_RATE=100000 RATE_LIMIT_IP_BURST=200000 RATE_LIMIT_API_KEY_RATE=100000 RATE_LIMIT_API_KEY_BURST=200000 \
  RATE_LIMIT_ORGANIZATION_RATE=100000 RATE_LIMIT_ORGANIZATION_BURST=200000 RATE_LIMIT_WEBHOOK_RATE=100000 \
  RATE_LIMIT_WEBHOOK_BURST=200000 DEMO_PASSWORD=$DEMO_PASSWORD ./platform up --fresh --data-dir "$DATA" >"$UP_LOG" 2>&1 &
  PLATFORM_PID=$!
  STARTED_PLATFORM=true
  while ! grep -q "Dashboard " "$UP_LOG" 2>/dev/null; do
    if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
      echo "./platform up exited before it was ready:" >&2
      tail -50 "$UP_LOG" >&2
      exit 1
    fi
    if [ $(( ($(date +%s%N) - START_NS) / 1000000000 )) -ge "$PLATFORM_TIMEOUT" ]; then
      echo "./platform up not ready after ${PLATFORM_TIMEOUT}s:" >&2
      tail -50 "$UP_LOG" >&2
      exit 1
    fi
    sleep 0.2
  done
  COLD_START=$(awk -v ns=$(( $(date +%s%N) - START_NS )) 'BEGIN { printf "%.1f s", ns / 1e9 }')
  log "platform ready after $COLD_START"
  if grep -q "WARNING" "$UP_LOG"; then
    grep "WARNING" "$UP_LOG" | sed 's/^/    /'
  fi
  SECRETS_FILE=$DATA/secrets.properties
  # the launcher seeds the demo API key right after printing the dashboard line; let it finish
  sleep 5
fi

# The row NAME of the statistics table in Gatling's index.html (3.14 writes no stats.json) as PREFIX.* lines:
# columns total, OK, KO, % KO, count/s, min, p50, p75, p95, p99 (gatling.conf's percentiles), max, mean, std dev.
gatling_stats() { # gatling_stats INDEX_HTML NAME PREFIX
  awk -v name="$2" -v prefix="$3" '
    BEGIN { split("total ok ko ko.percent rps min p50 p75 p95 p99 max mean stddev", key, " ") }
    index($0, "class=\"ellipsed-name\">" name "</span>") { found = 1; n = 0; next }
    found && /<td class="value/ {
      gsub(/<[^>]*>/, ""); gsub(/[ \t]/, "")
      printf "%s.%s=%s\n", prefix, key[++n], $0
      if (n == 13) exit
    }' "$1"
}

# --- 2. the simulations ----------------------------------------------------------------------------
# Runs one simulation at one rate; its figures land in $RESULTS/<name>-<rate>.properties and its Gatling
# report under $OUT/gatling/<RUN_ID>/<name>-<rate>/.
run_simulation() {
  local class=$1 name=$2 rate=$3 duration=${6:-$DURATION}
  local props=$RESULTS/$name-$rate.properties
  local report=$OUT/gatling/$RUN_ID/$name-$rate
  local mvnlog=$OUT/logs/$RUN_ID-$name-$rate.log
  wait_for_quiet
  log "$name at $rate msg/s: ${WARMUP}s warm-up + ${duration}s measured (output: ${mvnlog#$ROOT/})"
  local status=0 others=$OUT/logs/$RUN_ID-$name-$rate.others watcher
  : >"$others"
  watch_other_builds "$others" &
  watcher=$!
  ./mvnw -B -ntp -pl benchmarks gatling:test -Dbench.run="$RUN_ID" \
      -Dgatling.simulationClass="io.tendlc.benchmarks.$class" \
      -Dgatling.resultsFolder="$report" \
      -Drate="$rate" -Dduration="$duration" -Dwarmup="$WARMUP" -Dp95Budget="$P95_BUDGET" \
      -Dgateway="$GATEWAY" -Dsimulator="$SIMULATOR" -DdemoPassword="$DEMO_PASSWORD" -DsecretsFile="$SECRETS_FILE" \
      -DresultsFile="$props" >"$mvnlog" 2>&1 || status=$?
  kill "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  if [ -s "$others" ]; then
    log "  WARNING: other builds ran during this measurement (pids $(sort -un "$others" | tr '\n' ' ')): its figures are unreliable"
    [ -f "$props" ] && echo "interference=$(sort -un "$others" | tr '\n' ' ')" >>"$props"
    OTHER_BUILDS_SEEN="other builds ran during some measurements (marked *)"
  fi
  # the simulation's own summary block, and Gatling's assertion lines
  sed -n '/^==== /,/^Results written/p' "$mvnlog" | sed 's/^/    /'
  grep -E '^[^ ].*: (true|false)$|Global: |details\(' "$mvnlog" | sed 's/^/    /' || true
  if [ ! -f "$props" ]; then
    log "  $name at $rate msg/s produced no results (exit $status); see ${mvnlog#$ROOT/}"
    tail -30 "$mvnlog" | sed 's/^/    /'
  fi
  # Gatling's own statistics of the measured request and group, from the statistics table of its HTML report
  local index
  index=$(find "$report" -name index.html 2>/dev/null | head -1 || true)
  if [ -n "$index" ] && [ -f "$props" ]; then
    gatling_stats "$index" "$4" gatling.accept >>"$props"
    [ -n "$5" ] && gatling_stats "$index" "$5" gatling.delivered >>"$props"
    echo "gatling.report=$index" >>"$props"
  fi
  echo "mvn.exit=$status" >>"$props" 2>/dev/null || true
}

SIMULATOR=$(echo "$GATEWAY" | sed -E 's#:[0-9]+(/.*)?$#:8180#')
for rate in $SIM_RATES; do
  run_simulation TwilioSimulatorSimulation simulator "$rate" "create message" ""
done
if [ "$PLATFORM_WARMUP" -gt 0 ] && [ -n "${RATES// /}" ]; then
  log "platform warm-up (not measured): the gateway simulation at $PLATFORM_WARMUP_RATE msg/s"
  run_simulation SendThroughGatewaySimulation gateway-warmup "$PLATFORM_WARMUP_RATE" "send message" "time to delivered" \
    "$PLATFORM_WARMUP"
fi
SKIPPED=""
for rate in $RATES; do
  if [ -n "$SKIPPED" ]; then
    SKIPPED="$SKIPPED $rate"
    continue
  fi
  run_simulation SendThroughGatewaySimulation gateway "$rate" "send message" "time to delivered"
  # a platform that failed (errors, or more than 1% of the run's messages never final) would fail every higher
  # rate too, and measure nothing: stop there
  f=$RESULTS/gateway-$rate.properties
  if [ ! -f "$f" ] || awk -F= '{ v[$1] = $2 } END {
        ko = v["gatling.accept.ko"] != "" ? v["gatling.accept.ko"] : v["accept.ko"]
        exit !(v["settled"] != "true" && (ko + 0 > 0 || v["stuck"] * 100 > v["accepted.total"])) }' "$f"; then
    log "the platform did not recover from $rate msg/s (errors and messages never final): higher rates skipped"
    SKIPPED=" "
  fi
done

# --- 3. stop what we started -----------------------------------------------------------------------
stop_platform

# --- 4. the summary ---------------------------------------------------------------------------------
prop() { # prop FILE KEY [DEFAULT]
  local v
  v=$( [ -f "$1" ] && sed -n "s/^$2=//p" "$1" | tail -1 )
  echo "${v:-${3:--}}"
}

SUMMARY=$OUT/summary.txt
{
  echo "Send-path benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), run $RUN_ID"
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(uname -sr); JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "Jars measured: sms-service built $(date -u -r "sms-service/target/sms-service-$VERSION.jar" '+%H:%M UTC' 2>/dev/null || echo '?'), gateway $(date -u -r "gateway/target/gateway-$VERSION.jar" '+%H:%M UTC' 2>/dev/null || echo '?')${STALE:+; older than their sources: $STALE}"
  echo "Load: open model, ${WARMUP}s warm-up (ramp + hold) then ${DURATION}s measured per rate; Gatling on the same cores as the platform"
  echo "Load conditions: ${OTHER_BUILDS_SEEN:-no other Maven build ran during the measurements}"
  echo "Cold start (./platform up --fresh, empty data dir, launch to \"Dashboard\"): $COLD_START"
  echo
  echo "Twilio simulator alone (POST …/Messages.json, 201 expected)"
  printf '%-9s %-10s %-7s %-26s %s\n' "offered" "achieved" "errors" "create p50/p95/p99 (ms)" "verdict"
  SIM_CEILING=0
  for rate in $SIM_RATES; do
    f=$RESULTS/simulator-$rate.properties
    achieved=$(prop "$f" accept.achieved.rate)
    ko=$(prop "$f" gatling.accept.ko "$(prop "$f" accept.ko)")
    p50=$(prop "$f" gatling.accept.p50 "$(prop "$f" accept.latency.p50)")
    p95=$(prop "$f" gatling.accept.p95 "$(prop "$f" accept.latency.p95)")
    p99=$(prop "$f" gatling.accept.p99 "$(prop "$f" accept.latency.p99)")
    verdict=$(awk -v a="$achieved" -v r="$rate" -v ko="$ko" -v p95="$p95" -v b="$P95_BUDGET" 'BEGIN {
      if (a == "-") { print "no result"; exit }
      if (ko + 0 > 0) { print "errors"; exit }
      if (p95 + 0 >= b) { print "p95 over budget"; exit }
      if (a + 0 < 0.97 * r) { print "below offered rate"; exit }
      print "sustained" }')
    [ "$verdict" = sustained ] && SIM_CEILING=$(awk -v a="$achieved" -v c="$SIM_CEILING" 'BEGIN { print (a + 0 > c + 0) ? a : c }')
    [ "$(prop "$f" interference)" != "-" ] && verdict="$verdict *"
    printf '%-9s %-10s %-7s %-26s %s\n' "$rate/s" "$achieved/s" "$ko" "$p50 / $p95 / $p99" "$verdict"
  done
  echo
  echo "Platform through the gateway (POST /api/v1/messages, 202 expected; time to delivered: ~5 messages/s sampled and polled every 100 ms, every second after 2 s)"
  printf '%-9s %-10s %-7s %-22s %-24s %-24s %-10s %s\n' "offered" "achieved" "errors" "accept p50/p95/p99" \
    "delivered p50/p95/p99" "(server-side p50/p95/p99)" "drained" "verdict"
  BEST=0
  for rate in $RATES; do
    f=$RESULTS/gateway-$rate.properties
    achieved=$(prop "$f" accept.achieved.rate)
    ko=$(prop "$f" gatling.accept.ko "$(prop "$f" accept.ko)")
    p50=$(prop "$f" gatling.accept.p50 "$(prop "$f" accept.latency.p50)")
    p95=$(prop "$f" gatling.accept.p95 "$(prop "$f" accept.latency.p95)")
    p99=$(prop "$f" gatling.accept.p99 "$(prop "$f" accept.latency.p99)")
    d50=$(prop "$f" gatling.delivered.p50 "$(prop "$f" delivered.seen.p50)")
    d95=$(prop "$f" gatling.delivered.p95 "$(prop "$f" delivered.seen.p95)")
    d99=$(prop "$f" gatling.delivered.p99 "$(prop "$f" delivered.seen.p99)")
    s50=$(prop "$f" delivered.server.p50); s95=$(prop "$f" delivered.server.p95); s99=$(prop "$f" delivered.server.p99)
    dko=$(prop "$f" gatling.delivered.ko "$(prop "$f" delivered.samples.not.delivered)")
    settled=$(prop "$f" settled); drain="$(prop "$f" settle.seconds)s"
    [ "$settled" = false ] && drain="$(prop "$f" stuck) stuck"
    verdict=$(awk -v a="$achieved" -v r="$rate" -v ko="$ko" -v dko="$dko" -v p95="$p95" -v b="$P95_BUDGET" -v s="$settled" 'BEGIN {
      if (a == "-") { print "no result"; exit }
      if (ko + 0 > 0) { print "errors"; exit }
      if (s != "true") { print "messages stuck"; exit }
      if (dko + 0 > 0) { print "samples not delivered"; exit }
      if (p95 + 0 >= b) { print "p95 over budget"; exit }
      if (a + 0 < 0.97 * r) { print "below offered rate"; exit }
      print "sustained" }')
    [ "$verdict" = sustained ] && BEST=$(awk -v a="$achieved" -v c="$BEST" 'BEGIN { print (a + 0 > c + 0) ? a : c }')
    [ "$(prop "$f" interference)" != "-" ] && verdict="$verdict *"
    printf '%-9s %-10s %-7s %-22s %-24s %-24s %-10s %s\n' "$rate/s" "$achieved/s" "$ko" "$p50 / $p95 / $p99" \
      "$d50 / $d95 / $d99" "($s50 / $s95 / $s99)" "$drain" "$verdict"
  done
  [ -n "${SKIPPED// /}" ] && echo "skipped (the platform had not recovered from the previous rate):${SKIPPED}"
  echo
  echo "Highest sustained platform rate (no errors, accept p95 < ${P95_BUDGET} ms, all delivered): ${BEST} msg/s"
  echo "Simulator alone, highest sustained rate tried: ${SIM_CEILING} msg/s"
  echo "Ratio platform / simulator: $(awk -v p="$BEST" -v s="$SIM_CEILING" 'BEGIN { if (s + 0 > 0) printf "%.2f", p / s; else print "-" }')"
  echo "(latencies in ms; achieved = measured 2xx responses / time from first request to last response;"
  echo " drained = seconds from the last 202 until analytics counted every message of the run in a final status,"
  echo " or how many of the run's messages were still not final after the settle timeout)"
  echo "Raw figures: ${RESULTS#$ROOT/}/*.properties; Gatling reports: ${OUT#$ROOT/}/gatling/$RUN_ID/*/*/index.html"
} | tee "$SUMMARY" "$RESULTS/summary.txt"
log "summary written to ${SUMMARY#$ROOT/}"
