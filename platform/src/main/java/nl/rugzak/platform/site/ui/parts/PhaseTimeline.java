package nl.rugzak.platform.site.ui.parts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;

/**
 * The phases of a process (a consultation, a project, a budget round) as a numbered list: name and dates of each,
 * the current one marked {@code aria-current="step"} and with the visible word "Nu", earlier ones with "Klaar". The
 * words carry the state, so it does not depend on colour or position. Vertical on a phone, a row on a wide screen.
 *
 * <pre>{@code
 * List<PhaseTimeline.Phase> phases = List.of(
 *         new PhaseTimeline.Phase(getTranslation(BUDGETS_PHASE_IDEAS), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
 *         new PhaseTimeline.Phase(getTranslation(BUDGETS_PHASE_VOTE), LocalDate.of(2026, 4, 1), null));
 * add(PhaseTimeline.on(phases, LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
 * }</pre>
 */
public class PhaseTimeline extends OrderedList {

    /** One phase; {@code to} is the last day (inclusive), null when the phase has no set end. */
    public record Phase(String name, LocalDate from, LocalDate to) {
    }

    private final int current;

    /**
     * The phases in order, with {@code current} the index of the phase running now; -1 before the first phase starts,
     * {@code phases.size()} when all are over.
     */
    public PhaseTimeline(List<Phase> phases, int current) {
        if (current < -1 || current > phases.size()) {
            throw new IndexOutOfBoundsException(current);
        }
        this.current = current;
        addClassName("rugzak-timeline");
        Locale locale = getLocale();
        for (int i = 0; i < phases.size(); i++) {
            add(item(phases.get(i), i, locale));
        }
    }

    /**
     * The phase running on {@code today}: the last one that has started. A gap between phases keeps the earlier one
     * current (staff are still working on it); after the last phase's end every phase is done.
     */
    public static PhaseTimeline on(List<Phase> phases, LocalDate today) {
        int current = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (!phases.get(i).from().isAfter(today)) {
                current = i;
            }
        }
        if (current == phases.size() - 1 && current >= 0) {
            LocalDate end = phases.get(current).to();
            if (end != null && end.isBefore(today)) {
                current = phases.size();
            }
        }
        return new PhaseTimeline(phases, current);
    }

    /** The index of the current phase, as given or found. */
    public int current() {
        return current;
    }

    private ListItem item(Phase phase, int index, Locale locale) {
        ListItem item = new ListItem();
        item.addClassName("rugzak-timeline-phase");
        Span name = new Span(phase.name());
        name.addClassName("rugzak-timeline-name");
        item.add(name);
        if (index == current) {
            item.addClassName("rugzak-timeline-current");
            item.getElement().setAttribute("aria-current", "step");
            item.add(state(Texts.get(locale, "site.parts.timeline.now")));
        } else if (index < current) {
            item.addClassName("rugzak-timeline-done");
            item.add(state(Texts.get(locale, "site.parts.timeline.done")));
        }
        Span dates = new Span(dates(phase, locale));
        dates.addClassName("rugzak-meta");
        item.add(dates);
        return item;
    }

    private static Span state(String text) {
        Span state = new Span(text);
        state.addClassName("rugzak-timeline-state");
        return state;
    }

    private static String dates(Phase phase, Locale locale) {
        if (phase.to() == null) {
            return Texts.get(locale, "site.parts.timeline.from", Dates.day(phase.from(), locale));
        }
        if (phase.to().equals(phase.from())) {
            return Dates.day(phase.from(), locale);
        }
        return Texts.get(locale, "site.parts.timeline.range", Dates.day(phase.from(), locale),
                Dates.day(phase.to(), locale));
    }
}
