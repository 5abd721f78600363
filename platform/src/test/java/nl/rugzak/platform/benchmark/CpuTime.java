package nl.rugzak.platform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time as Linux counts it in /proc, in clock ticks (1/100 s): this JVM (the server and the load generator),
 * PostgreSQL's processes (with the ended ones its postmaster reaped), and the whole machine, busy and in all. On a
 * shared 2-core machine requests per second swing by a fifth between runs of the same code; the CPU a request costs
 * swings far less, so it is what tells two versions apart.
 */
record CpuTime(long jvm, long postgres, long machineBusy, long machineTotal) {

    private static final double MS_PER_TICK = 10;

    static CpuTime now() {
        long[] machine = machine();
        return new CpuTime(ticks(Path.of("/proc/self/stat"), false), postgresTicks(), machine[0], machine[1]);
    }

    CpuTime since(CpuTime before) {
        return new CpuTime(jvm - before.jvm, postgres - before.postgres, machineBusy - before.machineBusy,
                machineTotal - before.machineTotal);
    }

    /** E.g. "JVM 1.12 + PostgreSQL 0.85 ms, machine busy 97 %". */
    String perRequest(long requests) {
        return String.format("JVM %.2f + PostgreSQL %.2f ms, machine busy %.0f %%", jvm * MS_PER_TICK / requests,
                postgres * MS_PER_TICK / requests, machineTotal == 0 ? 0 : 100.0 * machineBusy / machineTotal);
    }

    /** utime + stime (fields 14 and 15), and with {@code reaped} the ended children's too (16 and 17). */
    private static long ticks(Path stat, boolean reaped) {
        try {
            String line = Files.readString(stat);
            // The command name (field 2) may hold spaces; the fields after it are counted from its closing ')'.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return reaped ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended meanwhile
        }
    }

    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).strip().equals("postgres");
                        } catch (IOException | RuntimeException gone) {
                            return false;
                        }
                    })
                    .mapToLong(p -> ticks(p.resolve("stat"), true)).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Busy and all ticks of all cores: the first line of /proc/stat, idle and iowait being the 4th and 5th value. */
    private static long[] machine() {
        try {
            String[] values = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < values.length && i <= 8; i++) { // user .. steal; guest time is inside user already
                total += Long.parseLong(values[i]);
            }
            return new long[] {total - Long.parseLong(values[4]) - Long.parseLong(values[5]), total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
