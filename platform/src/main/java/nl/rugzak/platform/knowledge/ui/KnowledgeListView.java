package nl.rugzak.platform.knowledge.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.knowledge.Knowledge;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.time.Dates;

/** The lab's articles for municipal staff: what other municipalities learned, to read and talk about. */
@Route(value = "beheer/kennis", layout = StaffLayout.class)
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class KnowledgeListView extends Div implements HasDynamicTitle {

    public KnowledgeListView(Knowledge knowledge) {
        add(new H1(getTranslation("knowledge.staff.title")), new Paragraph(getTranslation("knowledge.staff.intro")));
        var items = knowledge.published();
        if (items.isEmpty()) {
            add(new EmptyState(getTranslation("knowledge.staff.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Knowledge.Summary item : items) {
            list.add(new ListItem(new RouterLink(item.title(), KnowledgeItemView.class, new RouteParameters("id", Long.toString(item.id()))),
                    new Span(" – " + getTranslation("knowledge.staff.meta", Dates.day(item.publishedAt(), getLocale()),
                            item.comments()))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.staff.title");
    }
}
