package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpBenchmarkTest {
  private static final String WRK =
      """
      Running 20s test @ http://127.0.0.1:41235
        2 threads and 32 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency    48.12ms   20.01ms 310.55ms   80.00%
          Req/Sec   330.10     40.22   420.00     70.00%
        Latency Distribution
           50%  850.00us
           75%   55.00ms
           90%   70.00ms
           99%    1.20s
        13204 requests in 20.02s, 310.45MB read
        Socket errors: connect 0, read 2, write 0, timeout 1
        Non-2xx or 3xx responses: 4
      Requests/sec:    659.54
      Transfer/sec:     15.51MB
      """;

  @Test
  void readsPercentilesInAnyUnitThroughputAndErrors() {
    HttpBenchmark.Load load = HttpBenchmark.parse("/api/search", 32, WRK);
    assertThat(load.p50Millis()).isEqualTo(0.85);
    assertThat(load.p99Millis()).isEqualTo(1200.0);
    assertThat(load.requestsPerSecond()).isEqualTo(659.54);
    assertThat(load.requests()).isEqualTo(13_204);
    assertThat(load.errors()).isEqualTo(7);
  }
}
