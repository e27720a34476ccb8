#!/usr/bin/env bash
# Runs the benchmarks of issue 8 (build speed) and of issue 4 (PDF speed); BENCHMARKS.md explains the method.
#
#   benchmarks/run.sh                      everything, median of 5 runs (about 40 minutes on 2 cores)
#   benchmarks/run.sh --runs 1             one run per case, for a quick look
#   benchmarks/run.sh --only md-large,mkdocs-large
#
# Results: benchmarks/target/bench/results.md, each run's log in logs/, CPU profiles (JFR) in profiles/.
# Needs JDK 17+, Maven 3.8.7+, /usr/bin/time, and MkDocs for its anchor (apt-get install -y mkdocs).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  echo "benchmarks/run.sh needs /usr/bin/time (apt-get install -y time)." >&2
  exit 1
fi
if ! command -v mkdocs >/dev/null; then
  echo "MkDocs is not installed, so its anchor will be skipped (apt-get install -y mkdocs)." >&2
fi

# The plugin under test goes into a local repository of the benchmarks' own, so that nobody else's
# 'mvn install' of the same SNAPSHOT can swap the plugin under a running benchmark. It starts as hard links
# to the user's repository (instant, no download) without this project's own artifacts.
USER_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
BENCH_REPO="$PWD/benchmarks/target/m2"
echo "Preparing the benchmarks' local repository $BENCH_REPO..."
rm -rf "$BENCH_REPO"
mkdir -p "$BENCH_REPO"
if [ -d "$USER_REPO" ]; then
  cp -al "$USER_REPO/." "$BENCH_REPO/"
  rm -rf "$BENCH_REPO/io/github/aimshandbook" # unlinks only: the user's copies stay
fi

echo "Installing the plugin under test ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))..."
mvn -B -q -Dmaven.repo.local="$BENCH_REPO" install -DskipTests -Dinvoker.skip=true \
  -pl content,templates,maven-plugin -am
echo "Building the benchmarks module..."
mvn -B -q -Dmaven.repo.local="$BENCH_REPO" -Pbench -pl benchmarks package -DskipTests
mvn -B -q -Dmaven.repo.local="$BENCH_REPO" -Pbench -pl benchmarks dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt

exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  io.github.aimshandbook.bench.Harness --repo . --maven-repo "$BENCH_REPO" "$@"
