#!/usr/bin/env bats
# Tests for the pure helpers of scripts/bench.sh (`make bench`): the ramp's stop rule, the paced
# step at 70 % of the peak, the pool size read from server.xml and the RSS read from /proc. The
# benchmark itself needs a built server and minutes of load: run `make bench`.

setup() {
  ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
  # shellcheck disable=SC1091 # the script under test, sourced for its functions only
  source "$ROOT/scripts/bench.sh"
}

@test "ramp_continues: a step that adds 5 % or more to the best throughput continues the ramp" {
  run ramp_continues 1000 1050
  [ "$status" -eq 0 ]
  run ramp_continues 0 1
  [ "$status" -eq 0 ]
}

@test "ramp_continues: a step that adds less than 5 %, or loses, ends the ramp" {
  run ramp_continues 1000 1049
  [ "$status" -ne 0 ]
  run ramp_continues 1000 900.5
  [ "$status" -ne 0 ]
}

@test "paced_step: connections that offer 70 % of the peak with a 10 ms pause each" {
  # 70 % of 10,000 req/s with cycles of 10 ms + 2 ms: 84 connections.
  run paced_step 10000 2
  [ "$status" -eq 0 ]
  [ "$output" = "84 10" ]
}

@test "paced_step: at least one connection for a tiny peak" {
  run paced_step 10 1
  [ "$output" = "1 10" ]
}

@test "max_pool_size: the datasource's maxPoolSize from server.xml" {
  run max_pool_size "$ROOT/liberty/config/server.xml"
  [ "$status" -eq 0 ]
  [[ $output =~ ^[0-9]+$ ]]
  [ "$output" = "$(grep -o 'maxPoolSize="[0-9]*"' "$ROOT/liberty/config/server.xml" | tr -dc 0-9)" ]
}

@test "rss_mb and cpu_ticks: numbers for a live process" {
  run rss_mb "$$"
  [[ $output =~ ^[0-9]+$ ]]
  run cpu_ticks "$$" "$$"
  [[ $output =~ ^[0-9]+$ ]]
}

@test "cpu_ticks: a process that is gone counts 0" {
  run cpu_ticks 999999999
  [ "$output" = "0" ]
}
