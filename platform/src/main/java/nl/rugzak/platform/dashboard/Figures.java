package nl.rugzak.platform.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One municipality's participation figures as the last roll-up counted them: only counts and public titles, never
 * a person. {@code countedAt} is null when nothing has been counted yet (a municipality created a minute ago).
 */
public record Figures(long residents, long active30, long active90, long contributions, Instant countedAt,
                      List<ModuleCount> perModule, List<PeriodCount> perWeek, List<PeriodCount> perMonth,
                      List<PhaseCount> perPhase, List<ReachCount> reach) {

    /** Contributions of one kind in one module ("Peilingen", "vote"). */
    public record ModuleCount(String module, String kind, long count) {
    }

    /** Contributions in the week or month starting on {@code start}. */
    public record PeriodCount(LocalDate start, long count) {
    }

    /** Contributions in one phase of one project. */
    public record PhaseCount(String project, String phase, long count) {
    }

    /** How many took part in one poll, survey or consultation. */
    public record ReachCount(String module, String kind, String title, long participants) {
    }

    public Figures {
        perModule = List.copyOf(perModule);
        perWeek = List.copyOf(perWeek);
        perMonth = List.copyOf(perMonth);
        perPhase = List.copyOf(perPhase);
        reach = List.copyOf(reach);
    }

    public boolean counted() {
        return countedAt != null;
    }

    /** The total of one module over all its kinds. */
    public long ofModule(String module) {
        return perModule.stream().filter(m -> m.module().equals(module)).mapToLong(ModuleCount::count).sum();
    }
}
