#!/usr/bin/env bash
# Checks that two builds of the same commit give byte-identical jars.
#
# Builds the committed HEAD twice, each time from a fresh copy in its own folder (so that no
# absolute path or leftover file can hide), and compares the SHA-256 of every jar the build makes:
# library jars, sources and javadoc jars, the kcs-core test-jar and the runnable kcs.jar.
#
#   scripts/check-reproducible.sh            # uses the network if Maven needs to download
#   scripts/check-reproducible.sh -o         # extra arguments go to both Maven runs
#
# Exit code 0: identical; 1: some jar differs (the differing entries are listed); 2: a build failed.
# Takes about two builds without tests (a minute or two each on a 2-core machine).
set -euo pipefail

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
commit="$(git -C "$root" rev-parse --short HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/kcs-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build() {
  local name="$1"
  shift
  mkdir -p "$work/$name"
  git -C "$root" archive --format=tar HEAD | tar -x -C "$work/$name"
  if ! (cd "$work/$name" && mvn -B -q -DskipTests "$@" package > "$work/$name.log" 2>&1); then
    echo "build $name of $commit failed; its log:" >&2
    tail -n 40 "$work/$name.log" >&2
    exit 2
  fi
  (cd "$work/$name" && find . -path '*/target/*.jar' -not -path '*/target/*/*' | sort \
    | xargs sha256sum) > "$work/$name.sha256"
}

echo "building $commit twice in $work ..."
build first "$@"
build second "$@"

jars="$(wc -l < "$work/first.sha256")"
if [ "$jars" -eq 0 ]; then
  echo "no jar was built" >&2
  exit 2
fi
if diff -u "$work/first.sha256" "$work/second.sha256"; then
  echo "reproducible: $jars jars of $commit are byte-identical in two builds"
else
  echo "NOT reproducible: the jars above differ between two builds of $commit" >&2
  for jar in $(diff "$work/first.sha256" "$work/second.sha256" | awk '/^</ {print $3}'); do
    echo "--- entries that differ in $jar:" >&2
    diff <(cd "$work/first" && unzip -lv "$jar" | awk '{print $7, $8}') \
         <(cd "$work/second" && unzip -lv "$jar" | awk '{print $7, $8}') | head -n 20 >&2 || true
  done
  exit 1
fi
