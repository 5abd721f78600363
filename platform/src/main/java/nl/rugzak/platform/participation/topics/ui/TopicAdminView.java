package nl.rugzak.platform.participation.topics.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.platform.participation.topics.InvalidTopicException;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.participation.topics.TopicsModule;

/** Editors write the municipality's topics: a list to pick from and one form for a new or the chosen topic. */
@Route(value = "beheer/themas", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(TopicsModule.ID)
public class TopicAdminView extends Div implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea plans = new TextArea();
    final TextArea questions = new TextArea();
    final Select<TopicStatus> status = new Select<>();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    private final H2 formTitle = new H2();
    private final UnorderedList list = new UnorderedList();
    private final PolicyTopics topics;
    private Long editing;

    public TopicAdminView(PolicyTopics topics) {
        this.topics = topics;
        title.setLabel(getTranslation("topics.admin.title-label"));
        summary.setLabel(getTranslation("topics.admin.summary"));
        plans.setLabel(getTranslation("topics.admin.plans"));
        questions.setLabel(getTranslation("topics.admin.questions"));
        contactName.setLabel(getTranslation("topics.admin.contact-name"));
        contactEmail.setLabel(getTranslation("topics.admin.contact-email"));
        save.setText(getTranslation("topics.admin.save"));
        title.setMaxLength(TopicDraft.MAX_TITLE);
        summary.setMaxLength(TopicDraft.MAX_SUMMARY);
        plans.setMaxLength(TopicDraft.MAX_PLANS);
        plans.setHelperText(getTranslation("topics.admin.markdown"));
        questions.setMaxLength(TopicDraft.MAX_QUESTIONS);
        status.setLabel(getTranslation("topics.admin.status"));
        status.setItems(TopicStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.key()));
        contactName.setMaxLength(TopicDraft.MAX_CONTACT_NAME);
        for (var field : new com.vaadin.flow.component.HasSize[] {title, summary, plans, questions}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button fresh = new Button(getTranslation("topics.admin.new"), click -> edit(null));
        add(new H1(getTranslation("topics.admin.heading")), list, fresh, formTitle, feedback, title, summary, plans, questions, status,
                contactName, contactEmail, save);
        showList();
        edit(null);
    }

    private void showList() {
        list.removeAll();
        topics.all().forEach(topic -> {
            Button edit = new Button(getTranslation("topics.admin.edit"), click -> edit(topic));
            edit.getElement().setAttribute("aria-label", getTranslation("topics.admin.edit-named", topic.title()));
            list.add(new ListItem(new Anchor(topic.link(), topic.title()), edit));
        });
    }

    void edit(PolicyTopic topic) {
        editing = topic == null ? null : topic.id();
        formTitle.setText(topic == null ? getTranslation("topics.admin.new")
                : getTranslation("topics.admin.editing", topic.title()));
        title.setValue(topic == null ? "" : topic.title());
        summary.setValue(topic == null ? "" : topic.summary());
        plans.setValue(topic == null ? "" : topic.plans());
        questions.setValue(topic == null ? "" : topic.questions());
        status.setValue(topic == null ? TopicStatus.EXPLORING : topic.status());
        contactName.setValue(topic == null || topic.contactName() == null ? "" : topic.contactName());
        contactEmail.setValue(topic == null || topic.contactEmail() == null ? "" : topic.contactEmail());
    }

    private void save() {
        TopicDraft draft = new TopicDraft(title.getValue(), summary.getValue(), plans.getValue(), questions.getValue(),
                status.getValue(), contactName.getValue(), contactEmail.getValue());
        Map<String, HasValidation> fields = Map.of("title", title, "summary", summary, "plans", plans,
                "questions", questions, "status", status, "contactName", contactName, "contactEmail", contactEmail);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            PolicyTopic saved = editing == null ? topics.create(draft) : topics.update(editing, draft);
            feedback.setText(getTranslation("topics.admin.saved", saved.title()));
            showList();
            edit(saved);
        } catch (InvalidTopicException e) {
            e.problemsIn(getLocale()).forEach((field, message) -> {
                fields.get(field).setInvalid(true);
                fields.get(field).setErrorMessage(message);
            });
            feedback.show(getTranslation("topics.admin.not-saved", e.messageIn(getLocale())));
        } catch (RuntimeException e) {
            feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topics.admin.title");
    }
}
