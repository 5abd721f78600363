package nl.rugzak.platform.participation.consultations.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.ConsultationDraft;
import nl.rugzak.platform.participation.consultations.ConsultationKind;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.InvalidConsultationException;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** Staff's list of consultations, and the form for a new one. */
@Route(value = "beheer/inspraak", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(ConsultationsModule.ID)
public class ConsultationAdminView extends Div implements HasDynamicTitle {

    private final Consultations consultations;
    private final Feedback feedback = new Feedback();

    public ConsultationAdminView(Consultations consultations, PolicyTopics topics, Clock clock) {
        this.consultations = consultations;
        add(new H1(getTranslation("consultations.admin.title")));
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-cards");
        for (Consultation consultation : consultations.all()) {
            list.add(new ListItem(new Anchor("beheer/inspraak/" + consultation.id(), consultation.title()),
                    ConsultationTexts.badge(consultation.phase(), getTranslation(consultation.phase().key())),
                    new com.vaadin.flow.component.html.Paragraph(getTranslation("consultations.page.count", consultation.reactions()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("consultations.list.empty")));
        }
        add(list);

        Section create = new Section(new H2(getTranslation("consultations.admin.new")));
        Select<PolicyTopic> topic = new Select<>();
        topic.setLabel(getTranslation("consultations.admin.topic"));
        topic.setItems(topics.all());
        topic.setItemLabelGenerator(PolicyTopic::title);
        TextField title = new TextField(getTranslation("consultations.admin.field-title"));
        title.setMaxLength(Consultations.MAX_TITLE);
        TextArea introduction = new TextArea(getTranslation("consultations.admin.introduction"));
        introduction.setMaxLength(Consultations.MAX_INTRODUCTION);
        Select<ConsultationKind> kind = new Select<>();
        kind.setLabel(getTranslation("consultations.admin.kind"));
        kind.setItems(ConsultationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(ConsultationKind.OPEN);
        DateTimePicker opens = new DateTimePicker(getTranslation("consultations.admin.opens"));
        DateTimePicker closes = new DateTimePicker(getTranslation("consultations.admin.closes"));
        TextField contactName = new TextField(getTranslation("consultations.admin.contact-name"));
        EmailField contactEmail = new EmailField(getTranslation("consultations.admin.contact-email"));
        Button save = new Button(getTranslation("consultations.admin.create"), click -> {
            Map<String, HasValidation> fields = Map.of("topic", topic, "title", title, "introduction", introduction,
                    "kind", kind, "opensAt", opens, "closesAt", closes, "contactName", contactName,
                    "contactEmail", contactEmail);
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                long id = consultations.create(new ConsultationDraft(topic.getValue() == null ? null : topic.getValue().id(),
                        title.getValue(), introduction.getValue(), kind.getValue(), instant(opens.getValue(), clock),
                        instant(closes.getValue(), clock), contactName.getValue(), contactEmail.getValue()));
                getUI().ifPresent(ui -> ui.navigate("beheer/inspraak/" + id));
            } catch (InvalidConsultationException e) {
                e.problemsIn(getLocale()).forEach((field, message) -> {
                    HasValidation target = fields.get(field);
                    if (target != null) {
                        target.setInvalid(true);
                        target.setErrorMessage(message);
                    }
                });
                feedback.show(e.messageIn(getLocale()));
            }
        });
        create.add(new Div(topic, kind), title, introduction, new Div(opens, closes), new Div(contactName, contactEmail),
                save, feedback);
        title.setWidthFull();
        introduction.setWidthFull();
        add(create);
    }

    static java.time.Instant instant(LocalDateTime value, Clock clock) {
        return value == null ? null : nl.rugzak.tenantadmin.time.Dates.fromDutchTime(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.admin.title");
    }
}
