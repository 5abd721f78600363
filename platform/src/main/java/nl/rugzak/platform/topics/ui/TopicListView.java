package nl.rugzak.platform.topics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.topics.PolicyTopics;
import nl.rugzak.platform.topics.TopicsModule;

/** What the municipality is working on. */
@Route(value = "themas", layout = SiteLayout.class)
@PageTitle("Beleidsthema's")
@AnonymousAllowed
@ModulePage(TopicsModule.ID)
public class TopicListView extends Div {

    public TopicListView(PolicyTopics topics) {
        add(new H1("Beleidsthema's"), new Paragraph("Hier ziet u waar de gemeente aan werkt, en welke initiatieven van "
                + "bewoners daarop aansluiten."));
        var all = topics.all();
        if (all.isEmpty()) {
            add(new Paragraph("Er zijn nog geen beleidsthema's."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-cards");
        all.forEach(topic -> {
            ListItem item = new ListItem(new H2(new Anchor(topic.link(), topic.title())), new Paragraph(topic.summary()));
            Span status = new Span(topic.status().dutch());
            status.addClassName("rugzak-meta");
            item.add(status);
            item.addClassName("rugzak-card");
            list.add(item);
        });
        add(list);
    }
}
