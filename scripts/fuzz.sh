#!/usr/bin/env bash
# Fuzzes each Jazzer @FuzzTest for a while (default 3 minutes each) and prints how many inputs each
# ran. A finding stops that target and is written next to its seeds, in
# src/test/resources/<package>/<TestClass>Inputs/<method>/crash-<hash>: fix the code, rename the file
# after what it shows, and keep it (./mvnw verify replays it).
#   scripts/fuzz.sh                      every target, 3 minutes each
#   scripts/fuzz.sh 10m TableImportFuzzTest#xlsx DateFieldsFuzzTest#boxes
set -uo pipefail
cd "$(dirname "$0")/.."
# The project builds and runs on Java 25 (README "Run it"): Temurin 25, not the machine's default java.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

duration="${1:-3m}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(
    TableImportFuzzTest#paste TableImportFuzzTest#csv TableImportFuzzTest#xlsx
    TableImportFuzzTest#xlsxParts TableImportFuzzTest#cell
    DateFieldsFuzzTest#boxes DateFieldsFuzzTest#iso
    SearchQueryFuzzTest#search QuestionSplitterFuzzTest#propose
  )
fi

./mvnw -B -q test-compile -Djacoco.skip=true || exit 1
mkdir -p target/fuzz
status=0
for t in "${targets[@]}"; do
  log="target/fuzz/${t/\#/-}.log"
  echo "=== fuzzing $t for $duration (log: $log)"
  JAZZER_FUZZ=1 ./mvnw -B test -Djacoco.skip=true -Dspotbugs.skip=true -Dtest="$t" \
    -Djazzer.max_duration="$duration" -Dfuzz.timeout.mode=disabled >"$log" 2>&1
  rc=$?
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  if [ "$rc" -eq 0 ]; then
    echo "    ok: ${runs:-no run count found}"
  else
    status=1
    echo "    FINDING or failure: ${runs:-}"
    grep -E 'Test unit written to|FuzzTestFinding|Exception|Expect' "$log" | head -5 | sed 's/^/    /'
  fi
done
exit $status
