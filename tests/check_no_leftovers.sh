#!/bin/sh
# Runs test programs with the temporary folder (TMPDIR, and TEST_TMPDIR that
# GoogleTest's TempDir() reads) set to an empty folder of their own, and fails
# when they leave anything in it.
#
# Usage: check_no_leftovers.sh WORK EXPECT PROGRAM FILTER [EXPECT PROGRAM FILTER]...
#   WORK     a folder to make the temporary folders in
#   EXPECT   pass or fail: how the program must end (fail: a test that fails on purpose)
#   FILTER   a --gtest_filter
set -u
work=$1
shift
status=0
while [ $# -ge 3 ]; do
  expect=$1 program=$2 filter=$3
  shift 3
  tmp="$work/leftovers-$(basename "$program")-$$"
  rm -rf "$tmp" && mkdir -p "$tmp" || exit 2
  TMPDIR="$tmp" TEST_TMPDIR="$tmp" "$program" --gtest_filter="$filter" >"$tmp.log" 2>&1
  rc=$?
  if { [ "$expect" = pass ] && [ $rc -ne 0 ]; } || { [ "$expect" = fail ] && [ $rc -eq 0 ]; }; then
    echo "$(basename "$program") --gtest_filter=$filter: exit status $rc, expected it to $expect:"
    cat "$tmp.log"
    status=1
  fi
  left=$(ls -A "$tmp")
  if [ -n "$left" ]; then
    echo "$(basename "$program") --gtest_filter=$filter left in the temporary folder: $left"
    status=1
  else
    echo "$(basename "$program") --gtest_filter=$filter: exit status $rc, nothing left behind"
  fi
  rm -rf "$tmp" "$tmp.log"
done
[ $# -eq 0 ] || { echo "check_no_leftovers.sh: arguments come in threes"; exit 2; }
exit $status
