package nl.rugzak.platform.participation.ideas.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.ideas.IdeaPhase;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.participation.ideas.InvalidIdeaException;
import nl.rugzak.platform.participation.projects.Project;
import nl.rugzak.platform.participation.projects.PhaseSection;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.stereotype.Component;

/** Ideas in a project's phase: how many there are and where to add one; for staff, the phase's idea rules. */
@org.springframework.stereotype.Component
class IdeasPhaseSection implements PhaseSection {

    private final Ideas ideas;
    private final EnabledModules modules;

    IdeasPhaseSection(Ideas ideas, EnabledModules modules) {
        this.ideas = ideas;
        this.modules = modules;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(Project project, Project.Phase phase, boolean current) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return Optional.empty();
        }
        return ideas.phase(phase.id()).map(rules -> {
            var locale = UI.getCurrent().getLocale();
            long count = ideas.countInPhase(phase.id());
            Div box = new Div();
            box.addClassName("rugzak-phase-ideas");
            box.add(new Paragraph(Texts.count(locale, "ideas.section.count", count)));
            Anchor link = new Anchor(rules.link(), Texts.get(locale, rules.collecting() ? "ideas.section.view-and-share" : "ideas.section.view"));
            link.addClassName(rules.collecting() ? "rugzak-button-link" : "rugzak-link");
            box.add(link);
            return box;
        });
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forStaff(Project project, Project.Phase phase) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return Optional.empty();
        }
        var locale = UI.getCurrent().getLocale();
        Optional<IdeaPhase> rules = ideas.phase(phase.id());
        Div box = new Div(new H3(Texts.get(locale, "ideas.staff.phase-heading", phase.title())));
        IntegerField threshold = new IntegerField(Texts.get(locale, "ideas.staff.threshold"));
        threshold.setMin(1);
        threshold.setHelperText(Texts.get(locale, "ideas.staff.threshold-help"));
        DatePicker deadline = new DatePicker(Texts.get(locale, "ideas.staff.deadline"));
        deadline.setLocale(locale);
        deadline.setMin(phase.startsOn());
        deadline.setMax(phase.endsOn());
        rules.ifPresent(r -> {
            threshold.setValue(r.supportThreshold());
            deadline.setValue(r.deadline());
        });
        Feedback feedback = new Feedback();
        Button save = new Button(Texts.get(locale, rules.isPresent() ? "ideas.staff.save-rules" : "ideas.staff.collect"), click -> {
            try {
                ideas.collectIn(phase.id(), threshold.getValue(), deadline.getValue());
                threshold.setInvalid(false);
                deadline.setInvalid(false);
                feedback.setText(Texts.get(locale, "ideas.staff.rules-saved"));
            } catch (InvalidIdeaException e) {
                var problems = e.problemsIn(locale);
                threshold.setInvalid(problems.containsKey("threshold"));
                threshold.setErrorMessage(problems.get("threshold"));
                deadline.setInvalid(problems.containsKey("deadline"));
                deadline.setErrorMessage(problems.get("deadline"));
                feedback.show(e.messageIn(locale));
            }
        });
        box.add(threshold, deadline, save, feedback);
        return Optional.of(box);
    }
}
