package nl.rugzak.platform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Stats {

    private Stats() {
    }

    static double millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000.0;
    }

    static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double p50 = sorted.get((sorted.size() - 1) / 2);
        double p95 = p95(sorted);
        return String.format("n=%d  min=%.2f  p50=%.2f  p95=%.2f  max=%.2f", sorted.size(), sorted.getFirst(), p50,
                p95, sorted.getLast());
    }

    /** The 95th percentile of values already sorted. */
    static double p95(List<Double> sorted) {
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    /**
     * The JIT compilers' time so far in ms, summed over their threads. The load generators run in the server's JVM,
     * so this is what compiling took from both.
     */
    static long compilingMs() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** The garbage collectors' time so far in ms. */
    static long collectingMs() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** {@code compilingMs} as a share of what the machine's cores could do in {@code seconds}. */
    static double shareOfTheCpu(long compilingMs, double seconds) {
        return compilingMs / (seconds * 1000 * Runtime.getRuntime().availableProcessors());
    }

    /** benchmarks/results at the project root, whichever folder Maven runs the module in. */
    static Path resultsFolder() throws IOException {
        Path moduleFolder = Path.of("").toAbsolutePath();
        Path root = Files.exists(moduleFolder.resolve("mvnw")) ? moduleFolder : moduleFolder.getParent();
        Path results = root.resolve("benchmarks").resolve("results");
        Files.createDirectories(results);
        return results;
    }
}
