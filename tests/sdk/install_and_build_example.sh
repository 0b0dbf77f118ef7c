#!/usr/bin/env bash
# Test fixture: installs this build into a fresh prefix, then configures and
# builds examples/keywords out of tree against that prefix alone, as a third
# party would.   install_and_build_example.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$1 src=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
cmake -S "$src/examples/keywords" -B "$work/example" -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/configure.log"
cmake --build "$work/example" -j2 > "$work/build.log"
echo "installed to $work/prefix, example built in $work/example"
