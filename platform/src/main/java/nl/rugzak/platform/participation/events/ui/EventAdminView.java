package nl.rugzak.platform.participation.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.events.EventCard;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** The back office's agenda: every event, newest first, with a way to plan a new one. */
@Route(value = "beheer/agenda", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(EventsModule.ID)
public class EventAdminView extends Div implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();

    public EventAdminView(Events events) {
        add(new H1(getTranslation("events.admin.title")));
        Anchor create = new Anchor("/beheer/agenda/nieuw", getTranslation("events.admin.new"));
        create.addClassName("rugzak-button-link");
        add(create, new H2(getTranslation("events.admin.all")));
        var cards = events.forStaff();
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation("events.admin.none")));
        }
        list.addClassName("rugzak-cards");
        for (EventCard card : cards) {
            ListItem item = new ListItem();
            item.addClassName("rugzak-card");
            item.add(new com.vaadin.flow.component.html.H3(new Anchor("/beheer/agenda/" + card.id(), card.title())));
            Span meta = new Span(Dates.moment(card.startsAt(), getLocale()) + " · "
                    + (card.address() != null ? card.address() : getTranslation("events.online")) + " · "
                    + getTranslation(card.availability().key()));
            meta.addClassName("rugzak-meta");
            item.add(meta, new Paragraph(new Anchor(card.link(), getTranslation("events.admin.public-page"))));
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.admin.title");
    }
}
