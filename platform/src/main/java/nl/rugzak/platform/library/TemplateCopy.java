package nl.rugzak.platform.library;

import java.util.List;

/**
 * The adoption in progress, handed to {@link TemplateKind#adopt}: each part written is announced with
 * {@link #step}, so observers (tests injecting a failure, later perhaps progress) can see the copy under way.
 */
public final class TemplateCopy {

    private final List<AdoptionObserver> observers;
    private final String templateKind;

    TemplateCopy(String templateKind, List<AdoptionObserver> observers) {
        this.templateKind = templateKind;
        this.observers = List.copyOf(observers);
    }

    public void step(String part) {
        observers.forEach(observer -> observer.beforeStep(templateKind, part));
    }
}
