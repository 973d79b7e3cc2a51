#!/usr/bin/env bash
# The CSV import benchmark of contact-service: a generated 1,000,000-row CSV imported through the API (upload
# timed apart) versus a bare PostgreSQL COPY of the same contacts into a table of the same shape, in the same run,
# against the embedded PostgreSQL. Prints lines starting with [import-benchmark].
#
#   benchmarks/contact-import.sh              # 1,000,000 rows
#   ROWS=200000 benchmarks/contact-import.sh
#
# Surefire's argLine limits tests to the C1 compiler (-XX:TieredStopAtLevel=1: fast startup, slow steady state);
# _JAVA_OPTIONS is read after the command line, so it gives the benchmark JVM the full JIT back.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export _JAVA_OPTIONS="-XX:TieredStopAtLevel=4 -Xmx3g ${BENCH_JVM_OPTS:-}"
# Other people's builds make figures meaningless: wait (up to 10 minutes) until no other test JVM runs.
busy() { pgrep -f 'surefire|failsafe|ng test|vitest' | grep -vx "$$" | wc -l; }
for _ in $(seq 120); do [ "$(busy)" -eq 0 ] && break; sleep 5; done
echo "[import-benchmark] before: load $(cut -d' ' -f1-3 /proc/loadavg), other test JVMs: $(busy)"
./mvnw -B -ntp -pl contact-service test -Dtest=ImportBenchmark -Dbenchmark=true -Dbenchmark.rows="${ROWS:-1000000}" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee contact-service/target/import-benchmark.log \
  | grep -E '^\[import-benchmark\]|Tests run:|BUILD|ERROR' || true
echo "[import-benchmark] after: load $(cut -d' ' -f1-3 /proc/loadavg)"
