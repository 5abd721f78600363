package nl.rugzak.platform.participation.projects.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.projects.InvalidProjectException;
import nl.rugzak.platform.participation.projects.LocalResidents;
import nl.rugzak.platform.participation.projects.PostcodeRange;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** The municipality's postcode ranges, for phases that only its own residents take part in. */
@Route(value = "beheer/projecten/postcodes", layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
@ModulePage(ProjectsModule.ID)
public class PostcodeRangesView extends Div implements HasDynamicTitle {

    final TextArea ranges = new TextArea();
    final Feedback feedback = new Feedback();

    public PostcodeRangesView(LocalResidents localResidents) {
        ranges.setLabel(getTranslation("projects.postcodes.label"));
        ranges.setHelperText(getTranslation("projects.postcodes.help"));
        ranges.setWidthFull();
        ranges.setValue(localResidents.ranges().stream().map(PostcodeRange::toString).collect(Collectors.joining("\n")));
        Button save = new Button(getTranslation("projects.admin.save"), click -> {
            try {
                var saved = localResidents.setRanges(ranges.getValue());
                ranges.setValue(saved.stream().map(PostcodeRange::toString).collect(Collectors.joining("\n")));
                Fields.mark(ranges, null);
                feedback.setText(getTranslation("projects.postcodes.saved", saved.size()));
            } catch (InvalidProjectException e) {
                Fields.mark(ranges, e.problemsIn(getLocale()).get("ranges"));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("projects.postcodes.heading")), new Paragraph(getTranslation("projects.postcodes.intro")),
                feedback, ranges, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.postcodes.heading");
    }
}
