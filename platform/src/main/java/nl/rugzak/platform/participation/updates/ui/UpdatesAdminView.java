package nl.rugzak.platform.participation.updates.ui;

import nl.rugzak.tenantadmin.time.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.platform.participation.updates.NewsUpdate;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/** The back-office list of every update, public or not, with publishing and removing. */
@Route(value = "beheer/nieuws", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(UpdatesModule.ID)
public class UpdatesAdminView extends Div implements HasDynamicTitle {

    private final Updates updates;
    final Feedback feedback = new Feedback();
    private final UnorderedList list = new UnorderedList();

    public UpdatesAdminView(Updates updates) {
        this.updates = updates;
        Anchor write = new Anchor("/nieuws/schrijven", getTranslation("updates.admin.write"));
        write.addClassName("rugzak-button-link");
        add(new H1(getTranslation("updates.list.title")), new Paragraph(getTranslation("updates.admin.intro")),
                write, feedback, list);
        render();
    }

    private void render() {
        list.removeAll();
        var all = updates.all();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("updates.admin.none")));
        }
        for (NewsUpdate update : all) {
            ListItem item = new ListItem(new Anchor(update.link(), update.title()));
            String when = update.publishAt() == null ? "" : " · " + Dates.moment(update.publishAt(), getLocale());
            Span meta = new Span(" " + getTranslation(update.state().key()) + when + " · " + update.authorName()
                    + (update.targetTitle() == null ? "" : " · " + getTranslation("updates.card.about", update.targetTitle())));
            meta.addClassName("rugzak-meta");
            item.add(meta);
            if (update.state() == NewsUpdate.State.DRAFT || update.state() == NewsUpdate.State.SCHEDULED) {
                item.add(new Button(getTranslation("updates.publish-now"), click -> {
                    if (feedback.attempt(() -> updates.publishNow(update.id()), getTranslation("updates.published"))) {
                        render();
                    }
                }));
            }
            item.add(new Button(getTranslation("updates.delete"), click -> {
                if (feedback.attempt(() -> updates.delete(update.id()), getTranslation("updates.deleted"))) {
                    render();
                }
            }));
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("updates.admin.title");
    }
}
