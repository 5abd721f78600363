package nl.rugzak.platform.participation.projects;

import java.time.LocalDate;

/**
 * A phase as other modules see it: which project, its days, whether it is the current one and whether only
 * residents of the municipality take part.
 */
public record PhaseInfo(long phaseId, long projectId, String projectTitle, String title, LocalDate startsOn,
                        LocalDate endsOn, boolean localOnly, boolean current, ProjectStatus projectStatus) {

    /** Residents take part while the project runs and this is its current phase. */
    public boolean open() {
        return current && projectStatus == ProjectStatus.PUBLISHED;
    }

    public String projectLink() {
        return "/projecten/" + projectId;
    }
}
