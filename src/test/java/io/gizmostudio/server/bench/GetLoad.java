package io.gizmostudio.server.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A closed-loop load run: {@code clients} threads send back-to-back requests for a fixed time and every latency is
 * kept, so the rate and the percentiles come from all of them (no sampling).
 */
final class GetLoad {
    /** What one run measured. */
    record Result(double perSecond, double p50Ms, double p99Ms, double maxMs, int requests, int errors) {
        String line(String label) {
            return String.format(Locale.ROOT, "%-52s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%,d requests, %d errors)",
                    label, perSecond, p50Ms, p99Ms, maxMs, requests, errors);
        }
    }

    private GetLoad() {
    }

    /** {@code requests.apply(n)} is a client's n-th request; anything but a 200 counts as an error. */
    static Result run(HttpClient http, IntFunction<HttpRequest> requests, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] errors = new int[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[c] = new long[2_000_000];
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < end && counts[me] < latencies[me].length) {
                    HttpRequest r = requests.apply(counts[me]);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors[me]++;
                        }
                    } catch (Exception e) {
                        errors[me]++;
                    }
                    latencies[me][counts[me]++] = System.nanoTime() - t;
                }
            });
            threads[c].start();
        }
        long started = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total / elapsed, percentile(all, 0.50), percentile(all, 0.99), all[all.length - 1] / 1e6, total,
                Arrays.stream(errors).sum());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
