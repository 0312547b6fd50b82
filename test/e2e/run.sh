#!/usr/bin/env bash
# The end-to-end suites in two lanes at once. The polling and webhook trigger suites spend most of
# their time waiting (a 3-minute outage, minute polls, LiveChat's 2-minute retry window), so they
# run beside the others, with queue mode to even out the two lanes; their output is printed when
# they finish.
set -uo pipefail
cd "$(dirname "$0")/../.."

SIDE='test/e2e/(polling|trigger/(webhooks|queueMode))'
side_log=$(mktemp)
npx jest --config jest.e2e.config.js --testPathPattern "$SIDE" >"$side_log" 2>&1 &
side=$!
npx jest --config jest.e2e.config.js --testPathIgnorePatterns "$SIDE"
main_status=$?
wait "$side"
side_status=$?
echo "=== beside them: $SIDE ==="
cat "$side_log"
rm -f "$side_log"
exit $((main_status || side_status))
