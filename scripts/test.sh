#!/usr/bin/env bash
# The project's test command (README, .ci/run): installs what a fresh machine lacks, checks the
# formatting, builds, tests, and checks that the generated artifacts under output/ are fresh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
# One formatter configuration (.swift-format), the toolchain's own: `swift format -i -r Sources Tests
# Plugins Package.swift` fixes what this reports.
swift format lint --strict -r Sources Tests Plugins Package.swift
swift build
swift test
.build/debug/topograph check   # output/ matches models/ (topograph.yml); exit 1 names each stale file
