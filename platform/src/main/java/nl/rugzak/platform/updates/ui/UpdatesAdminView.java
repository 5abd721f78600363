package nl.rugzak.platform.updates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.DutchDates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.platform.updates.NewsUpdate;
import nl.rugzak.platform.updates.Updates;
import nl.rugzak.platform.updates.UpdatesModule;

/** The back-office list of every update, public or not, with publishing and removing. */
@Route(value = "beheer/nieuws", layout = StaffLayout.class)
@PageTitle("Nieuws beheren")
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(UpdatesModule.ID)
public class UpdatesAdminView extends Div {

    private final Updates updates;
    final Feedback feedback = new Feedback();
    private final UnorderedList list = new UnorderedList();

    public UpdatesAdminView(Updates updates) {
        this.updates = updates;
        Anchor write = new Anchor("/nieuws/schrijven", "Schrijf een bericht voor de hele site");
        write.addClassName("rugzak-button-link");
        add(new H1("Nieuws"), new Paragraph("Nieuws over een thema of initiatief schrijft u vanaf de pagina daarvan."),
                write, feedback, list);
        render();
    }

    private void render() {
        list.removeAll();
        var all = updates.all();
        if (all.isEmpty()) {
            list.add(new ListItem("Er zijn nog geen berichten."));
        }
        for (NewsUpdate update : all) {
            ListItem item = new ListItem(new Anchor(update.link(), update.title()));
            String when = update.publishAt() == null ? "" : " · " + DutchDates.moment(update.publishAt());
            Span meta = new Span(" " + update.state().dutch() + when + " · " + update.authorName()
                    + (update.targetTitle() == null ? "" : " · over " + update.targetTitle()));
            meta.addClassName("rugzak-meta");
            item.add(meta);
            if (update.state() == NewsUpdate.State.DRAFT || update.state() == NewsUpdate.State.SCHEDULED) {
                item.add(new Button("Nu publiceren", click -> {
                    if (feedback.attempt(() -> updates.publishNow(update.id()), "Het bericht is gepubliceerd.")) {
                        render();
                    }
                }));
            }
            item.add(new Button("Verwijderen", click -> {
                if (feedback.attempt(() -> updates.delete(update.id()), "Het bericht is verwijderd.")) {
                    render();
                }
            }));
            list.add(item);
        }
    }
}
