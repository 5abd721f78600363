package nl.rugzak.platform.participation.initiatives.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.participation.initiatives.Category;
import nl.rugzak.platform.participation.initiatives.InitiativeCategories;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.InitiativeImages;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlacePicker;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;

/**
 * Starting or changing an initiative. A new one is saved as a draft first; photos are added once it exists. Every
 * field says what is wrong with it, and nothing is saved until everything fits.
 */
@Route(value = "initiatieven/nieuw", layout = SiteLayout.class)
@RouteAlias(value = "initiatieven/:id/bewerken", layout = SiteLayout.class)
@PermitAll
@ModulePage(InitiativesModule.ID)
public class InitiativeFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea description = new TextArea();
    final TextField place = new TextField();
    final Select<Category> category = new Select<>();
    final TextArea helpWanted = new TextArea();
    final Checkbox showContact = new Checkbox();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    final Div photos = new Div();
    final PlacePicker picker;

    private final Initiatives initiatives;
    private final InitiativeImages images;
    private final java.util.List<Category> categories;
    private Long id;

    public InitiativeFormView(Initiatives initiatives, InitiativeImages images, InitiativeCategories categoryList,
                              AddressSearch addresses, MapSettings mapSettings) {
        this.initiatives = initiatives;
        this.picker = new PlacePicker(place, addresses, mapSettings, true);
        this.images = images;
        this.categories = categoryList.all();
        title.setLabel(getTranslation("initiatives.form.title"));
        summary.setLabel(getTranslation("initiatives.form.summary"));
        description.setLabel(getTranslation("initiatives.form.description"));
        place.setLabel(getTranslation("initiatives.form.place"));
        place.setHelperText(getTranslation("initiatives.form.place-help"));
        helpWanted.setLabel(getTranslation("initiatives.form.help-wanted"));
        showContact.setLabel(getTranslation("initiatives.form.show-contact"));
        save.setText(getTranslation("initiatives.form.save"));
        title.setMaxLength(InitiativeDraft.MAX_TITLE);
        title.setRequired(true);
        summary.setMaxLength(InitiativeDraft.MAX_SUMMARY);
        summary.setRequired(true);
        description.setMaxLength(InitiativeDraft.MAX_DESCRIPTION);
        description.setHelperText(getTranslation("initiatives.form.description-help"));
        description.setMinHeight("10em");
        place.setMaxLength(InitiativeDraft.MAX_PLACE);
        category.setLabel(getTranslation("initiatives.form.category"));
        category.setItems(categories);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("initiatives.form.no-category"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("initiatives.form.no-category") : c.name());
        helpWanted.setMaxLength(InitiativeDraft.MAX_HELP);
        for (var field : new com.vaadin.flow.component.HasSize[] {title, summary, description, place, helpWanted}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse(null);
        removeAll();
        if (raw == null) {
            id = null;
            add(new H1(getTranslation("initiatives.start")), new Paragraph(getTranslation("initiatives.form.draft-first")));
        } else {
            if (!raw.matches("\\d{1,18}")) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            id = Long.parseLong(raw);
            InitiativeDetail detail;
            try {
                detail = initiatives.view(id);
            } catch (nl.rugzak.platform.content.NotFoundException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            if (!detail.viewer().owner()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            title.setValue(detail.title());
            summary.setValue(detail.summary());
            description.setValue(detail.description());
            place.setValue(detail.place());
            category.setValue(categories.stream().filter(c -> detail.categoryId() != null && c.id() == detail.categoryId())
                    .findFirst().orElse(null));
            helpWanted.setValue(detail.helpWanted());
            showContact.setValue(detail.showContact());
            picker.setPoint(detail.point(), detail.exactPoint());
            add(new H1(getTranslation("initiatives.form.edit-title")));
        }
        add(feedback, title, summary, description, place, picker, category, helpWanted, showContact, save);
        if (id != null) {
            add(photos);
            renderPhotos();
        }
    }

    private void save() {
        InitiativeDraft draft = new InitiativeDraft(title.getValue(), summary.getValue(), description.getValue(),
                place.getValue(), category.getValue() == null ? null : category.getValue().id(), helpWanted.getValue(),
                showContact.getValue());
        Map<String, HasValidation> fields = Map.of("title", title, "summary", summary, "description", description,
                "place", place, "category", category, "helpWanted", helpWanted);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            if (id == null) {
                long created = initiatives.create(draft, picker.value());
                getUI().ifPresent(ui -> ui.navigate("initiatieven/" + created));
            } else {
                initiatives.update(id, draft, picker.value());
                getUI().ifPresent(ui -> ui.navigate("initiatieven/" + id));
            }
        } catch (InvalidInitiativeException e) {
            e.problemsIn(getLocale()).forEach((field, message) -> {
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setInvalid(true);
                    target.setErrorMessage(message);
                }
            });
            feedback.show(getTranslation("initiatives.form.not-saved", e.messageIn(getLocale())));
        } catch (RuntimeException e) {
            feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    private void renderPhotos() {
        photos.removeAll();
        photos.add(new H2(getTranslation("initiatives.form.photos")));
        InitiativeDetail detail = initiatives.view(id);
        UnorderedList list = new UnorderedList();
        detail.images().forEach(image -> {
            Image picture = new Image(image.url(), image.altText());
            picture.setWidth("12rem");
            Button remove = new Button(getTranslation("initiatives.form.remove-photo"), click -> {
                if (feedback.attempt(() -> images.remove(image.id()), getTranslation("initiatives.form.photo-removed"))) {
                    renderPhotos();
                }
            });
            remove.getElement().setAttribute("aria-label", getTranslation("initiatives.form.remove-photo-named", image.altText()));
            list.add(new ListItem(picture, remove));
        });
        photos.add(list);
        if (detail.images().size() >= InitiativeImages.MAX_IMAGES) {
            photos.add(new Paragraph(getTranslation("initiatives.form.photos-full", InitiativeImages.MAX_IMAGES)));
            return;
        }
        TextField alt = new TextField(getTranslation("initiatives.form.alt"));
        alt.setMaxLength(InitiativeImages.MAX_ALT);
        alt.setWidthFull();
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        SingleFileUpload upload = new SingleFileUpload(InitiativeImages.MAX_BYTES, (fileName, bytes) -> {
            try {
                images.add(id, bytes, alt.getValue());
                renderPhotos();
                feedback.setText(getTranslation("initiatives.form.photo-added"));
            } catch (InvalidInitiativeException e) {
                feedback.show(e.messageIn(getLocale()));
            }
        }, feedback::show);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> feedback.show(
                getTranslation("initiatives.form.file-rejected", InitiativeImages.MAX_BYTES / (1024 * 1024))));
        photos.add(alt, upload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "initiatives.start" : "initiatives.form.edit-title");
    }
}
