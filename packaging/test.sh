#!/bin/sh
# Installs what is needed, builds everything and runs the whole test suite.
# Used by the README's test command and by CI (.ci/run).
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCUTOVER_BUILD_TESTS=ON -DCUTOVER_BUILD_BENCH=ON
cmake --build build --parallel "$(nproc)"
cmake --build build --target format-check
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure \
    --parallel "$(nproc)" --timeout 600
