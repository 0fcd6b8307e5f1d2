#!/usr/bin/env bash
# Compiles the app and writes its runtime classpath to target/classpath.txt, for the bench/*.java programs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
