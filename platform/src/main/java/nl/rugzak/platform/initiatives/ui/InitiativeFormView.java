package nl.rugzak.platform.initiatives.ui;

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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.initiatives.Category;
import nl.rugzak.platform.initiatives.InitiativeCategories;
import nl.rugzak.platform.initiatives.InitiativeDetail;
import nl.rugzak.platform.initiatives.InitiativeDraft;
import nl.rugzak.platform.initiatives.InitiativeImages;
import nl.rugzak.platform.initiatives.Initiatives;
import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.platform.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;

/**
 * Starting or changing an initiative. A new one is saved as a draft first; photos are added once it exists. Every
 * field says what is wrong with it, and nothing is saved until everything fits.
 */
@Route(value = "initiatieven/nieuw", layout = SiteLayout.class)
@RouteAlias(value = "initiatieven/:id/bewerken", layout = SiteLayout.class)
@PermitAll
@ModulePage(InitiativesModule.ID)
public class InitiativeFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField("Titel");
    final TextArea summary = new TextArea("Korte samenvatting (een of twee zinnen)");
    final TextArea description = new TextArea("Beschrijving");
    final TextField place = new TextField("Buurt of plek");
    final Select<Category> category = new Select<>();
    final TextArea helpWanted = new TextArea("Welke hulp zoekt u?");
    final Checkbox showContact = new Checkbox("Toon mijn e-mailadres aan ingelogde bewoners");
    final Button save = new Button("Opslaan");
    final Feedback feedback = new Feedback();
    final Div photos = new Div();

    private final Initiatives initiatives;
    private final InitiativeImages images;
    private final java.util.List<Category> categories;
    private Long id;

    public InitiativeFormView(Initiatives initiatives, InitiativeImages images, InitiativeCategories categoryList) {
        this.initiatives = initiatives;
        this.images = images;
        this.categories = categoryList.all();
        title.setMaxLength(InitiativeDraft.MAX_TITLE);
        title.setRequired(true);
        summary.setMaxLength(InitiativeDraft.MAX_SUMMARY);
        summary.setRequired(true);
        description.setMaxLength(InitiativeDraft.MAX_DESCRIPTION);
        description.setHelperText("U kunt Markdown gebruiken: **vet**, *schuin*, lijstjes en links.");
        description.setMinHeight("10em");
        place.setMaxLength(InitiativeDraft.MAX_PLACE);
        category.setLabel("Categorie");
        category.setItems(categories);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Geen categorie");
        category.setItemLabelGenerator(c -> c == null ? "Geen categorie" : c.name());
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
            add(new H1("Start een initiatief"), new Paragraph("U slaat het eerst op als concept. Daarna kunt u foto's "
                    + "toevoegen en het indienen."));
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
            add(new H1("Initiatief wijzigen"));
        }
        add(feedback, title, summary, description, place, category, helpWanted, showContact, save);
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
                long created = initiatives.create(draft);
                getUI().ifPresent(ui -> ui.navigate("initiatieven/" + created));
            } else {
                initiatives.update(id, draft);
                getUI().ifPresent(ui -> ui.navigate("initiatieven/" + id));
            }
        } catch (InvalidInitiativeException e) {
            e.problems().forEach((field, message) -> {
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setInvalid(true);
                    target.setErrorMessage(message);
                }
            });
            feedback.show("Niet opgeslagen. " + e.getMessage());
        } catch (RuntimeException e) {
            feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    private void renderPhotos() {
        photos.removeAll();
        photos.add(new H2("Foto's"));
        InitiativeDetail detail = initiatives.view(id);
        UnorderedList list = new UnorderedList();
        detail.images().forEach(image -> {
            Image picture = new Image(image.url(), image.altText());
            picture.setWidth("12rem");
            Button remove = new Button("Foto weghalen", click -> {
                if (feedback.attempt(() -> images.remove(image.id()), "De foto is weggehaald.")) {
                    renderPhotos();
                }
            });
            remove.getElement().setAttribute("aria-label", "Foto weghalen: " + image.altText());
            list.add(new ListItem(picture, remove));
        });
        photos.add(list);
        if (detail.images().size() >= InitiativeImages.MAX_IMAGES) {
            photos.add(new Paragraph("U heeft het maximum van " + InitiativeImages.MAX_IMAGES + " foto's bereikt."));
            return;
        }
        TextField alt = new TextField("Wat staat er op de foto? (voor wie hem niet kan zien)");
        alt.setMaxLength(300);
        alt.setWidthFull();
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                images.add(id, bytes, alt.getValue());
                renderPhotos();
                feedback.setText("De foto is toegevoegd.");
            } catch (InvalidInitiativeException e) {
                feedback.show(e.getMessage());
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InitiativeImages.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> feedback.show(
                "Dit bestand kan niet: kies een foto (PNG, JPEG of GIF) van hoogstens 5 MB."));
        photos.add(alt, upload);
    }

    @Override
    public String getPageTitle() {
        return id == null ? "Start een initiatief" : "Initiatief wijzigen";
    }
}
