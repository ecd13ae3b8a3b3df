#!/usr/bin/env bash
# The notice check's own cost (reading a letter, building its facts, running every rule), without
# HTTP: each letter of the labelled corpus and the longest text POST /api/notices/check takes.
#
#   bench/notice-check.sh [rounds]     # default 50 rounds a letter, after 5 to warm up
#
# Builds the classes if needed (./mvnw compile), runs bench/NoticeCheckBench.java on Java 25 with
# the project's runtime classpath, and prints a table; copy it to bench/RESULTS.md with the date,
# the commit and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -q -o compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/NoticeCheckBench.java \
  src/test/resources/notices "${1:-50}"
