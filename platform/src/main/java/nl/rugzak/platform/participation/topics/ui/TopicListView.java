package nl.rugzak.platform.participation.topics.ui;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;

/** What the municipality is working on. */
@Route(value = "themas", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(TopicsModule.ID)
public class TopicListView extends Div implements HasDynamicTitle {

    public TopicListView(PolicyTopics topics) {
        add(new H1(getTranslation("topics.list.title")), new Paragraph(getTranslation("topics.list.intro")));
        var all = topics.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("topics.list.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-cards");
        all.forEach(topic -> {
            ListItem item = new ListItem(new H2(new Anchor(topic.link(), topic.title())), new Paragraph(topic.summary()));
            Span status = new Span(getTranslation(topic.status().key()));
            status.addClassName("rugzak-meta");
            item.add(status);
            item.addClassName("rugzak-card");
            list.add(item);
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topics.list.title");
    }
}
