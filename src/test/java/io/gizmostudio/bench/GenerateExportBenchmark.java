package io.gizmostudio.bench;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.GeneratedAsset;
import io.gizmostudio.testing.SamplePrompts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generate + export (all three formats, as zipped bundles) per family, timed outside the test suite.
 * Run: {@code ./mvnw -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.gizmostudio.bench.GenerateExportBenchmark}
 * (optional {@code -Dexec.args="ITERATIONS"}). Prints median, p10 and p90 in milliseconds per asset.
 */
public final class GenerateExportBenchmark {
    private GenerateExportBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("arm+gripper", "a 6-DOF robot arm with a parallel-jaw gripper");
        cases.put("cabinet 5 drawers", "a cabinet with 5 drawers");
        for (String prompt : SamplePrompts.FAMILY_PROMPTS) {
            cases.putIfAbsent(prompt, prompt);
        }
        AssetGenerator generator = new AssetGenerator();
        System.out.printf(Locale.ROOT, "%-48s %9s %9s %9s %8s%n", "case (generate + MJCF + URDF + USD bundles)", "median", "p10", "p90", "bytes");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            int warmup = Math.max(50, iterations / 2);
            long bytes = 0;
            for (int i = 0; i < warmup; i++) {
                bytes = once(generator, c.getValue(), i);
            }
            double[] ms = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                once(generator, c.getValue(), i);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-48s %8.2fms %8.2fms %8.2fms %8d%n", c.getKey(), ms[iterations / 2],
                    ms[iterations / 10], ms[iterations * 9 / 10], bytes);
        }
    }

    private static long once(AssetGenerator generator, String prompt, long seed) {
        GeneratedAsset asset = generator.generate(prompt, seed);
        long bytes = 0;
        List<byte[]> keep = new ArrayList<>(3);
        for (ExportFormat f : ExportFormat.values()) {
            byte[] zip = BundleWriter.asset("bench", asset.articulation(), f);
            keep.add(zip);
            bytes += zip.length;
        }
        return bytes + keep.size() - 3;
    }
}
