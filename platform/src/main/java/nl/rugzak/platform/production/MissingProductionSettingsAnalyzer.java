package nl.rugzak.platform.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Boot's short "APPLICATION FAILED TO START" text instead of a stack trace. */
class MissingProductionSettingsAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join("; ", cause.missing()) + ". For a local trial without them, run the development "
                        + "build (./mvnw -pl platform -am spring-boot:run) without RUGZAK_MODE=production.", cause);
    }
}
