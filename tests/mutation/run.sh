#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json), one project at a time.
#
#   tests/mutation/run.sh                     every project, one after the other (tens of minutes)
#   tests/mutation/run.sh generator           one project: library | generator | cli | fluentassertions
#   tests/mutation/run.sh generator -m '**/JsonReader.cs'   extra arguments go to dotnet-stryker
#
# Reports (HTML, JSON) land in artifacts/mutation/<project>/, which git ignores. Not part of CI: it takes minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

test_project_of() {
  case "$1" in
    library) echo WinsockErrors.Tests ;;
    generator) echo WinsockErrors.Generator.Tests ;;
    cli) echo WinsockErrors.Cli.Tests ;;
    fluentassertions) echo WinsockErrors.FluentAssertions.Tests ;;
    *) echo "unknown project '$1' (library, generator, cli or fluentassertions)" >&2; return 1 ;;
  esac
}

run_one() {
  local name=$1
  shift
  local tests
  tests=$(test_project_of "$name")
  echo "== mutation testing: $name (tests: $tests)"
  (cd "$root/tests/$tests" &&
    dotnet stryker --config-file "$root/tests/mutation/$name.json" --output "$root/artifacts/mutation/$name" "$@")
}

cd "$root"
dotnet tool restore >/dev/null

if [ $# -eq 0 ]; then
  for name in library generator cli fluentassertions; do
    run_one "$name"
  done
else
  run_one "$@"
fi
