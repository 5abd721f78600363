package nl.rugzak.platform.participation.ideas;

import java.time.LocalDate;

/**
 * A project phase that collects ideas, with its own rules: from how many supports the municipality looks at an idea,
 * and the last day to submit and support (within the phase's own days).
 */
public record IdeaPhase(long phaseId, long projectId, String projectTitle, String phaseTitle, Integer supportThreshold,
                        LocalDate deadline, boolean collecting) {

    public String link() {
        return "/projecten/" + projectId + "/ideeen?fase=" + phaseId;
    }
}
