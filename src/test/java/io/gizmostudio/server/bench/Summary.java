package io.gizmostudio.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One figure over repetitions: its median and range, as the notes report them. */
final class Summary {
    private final String label;
    private final String unit;
    private final List<Double> values = new ArrayList<>();

    Summary(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    void add(double value) {
        values.add(value);
    }

    double median() {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    void print() {
        List<Double> sorted = values.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-52s median %,10.2f%s  range %,.2f–%,.2f  (n=%d: %s)%n", label, median(), unit,
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(),
                values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }
}
