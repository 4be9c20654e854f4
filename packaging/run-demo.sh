#!/bin/sh
# Installs what is needed, builds Cutover and opens it on the bundled demo project.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)" --target cutover cutover-cli demo_project
exec ./build/app/cutover build/resources/demo/payments-bot.cutover
