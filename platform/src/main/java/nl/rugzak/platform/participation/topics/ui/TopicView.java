package nl.rugzak.platform.participation.topics.ui;

import nl.rugzak.platform.participation.topics.TopicPageSection;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicContributions;
import nl.rugzak.platform.participation.topics.TopicsModule;

/** A topic's page: the plans and questions, who to ask, and the resident initiatives that feed into it. */
@Route(value = "themas/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(TopicsModule.ID)
public class TopicView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyTopics topics;
    private final List<TopicContributions> contributions;
    private final SafeMarkdown markdown;
    private final ShareButtons share;
    private final List<TopicPageSection> sections;
    private String title;

    public TopicView(PolicyTopics topics, List<TopicContributions> contributions, SafeMarkdown markdown,
                     ShareButtons share, List<TopicPageSection> sections) {
        this.sections = sections;
        this.topics = topics;
        this.share = share;
        this.contributions = contributions;
        this.markdown = markdown;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PolicyTopic topic;
        try {
            topic = topics.find(Long.parseLong(raw));
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = topic.title();
        removeAll();
        Span status = new Span(getTranslation("topics.page.status", getTranslation(topic.status().key())));
        status.addClassName("rugzak-badge");
        Paragraph summary = new Paragraph(topic.summary());
        summary.addClassName("rugzak-lead");
        add(new H1(topic.title()), status, summary, share.of(topic.title(), topic.link()));
        if (!topic.plans().isBlank()) {
            add(new Section(new H2(getTranslation("topics.page.plans")), MarkdownText.of(markdown, topic.plans())));
        }
        if (!topic.questions().isBlank()) {
            add(new Section(new H2(getTranslation("topics.page.questions")), MarkdownText.of(markdown, topic.questions())));
        }
        if (topic.contactName() != null || topic.contactEmail() != null) {
            Section contact = new Section(new H2(getTranslation("topics.page.contact")));
            if (topic.contactName() != null) {
                contact.add(new Paragraph(topic.contactName()));
            }
            if (topic.contactEmail() != null) {
                contact.add(new Paragraph(new Anchor("mailto:" + topic.contactEmail(), topic.contactEmail())));
            }
            add(contact);
        }
        Section linked = new Section(new H2(getTranslation("topics.page.contributions")));
        var items = contributions.stream().flatMap(c -> c.forTopic(topic.id()).stream()).toList();
        if (items.isEmpty()) {
            linked.add(new Paragraph(getTranslation("topics.page.no-contributions")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("rugzak-cards");
            items.forEach(item -> {
                ListItem card = new ListItem(new H3(new Anchor(item.link(), item.title())), new Paragraph(item.summary()));
                Span kind = new Span(getTranslation(item.kindKey()));
                kind.addClassName("rugzak-meta");
                card.add(kind);
                card.addClassName("rugzak-card");
                list.add(card);
            });
            linked.add(list);
        }
        add(linked);
        sections.forEach(section -> add(section.create(topic.id())));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("topics.page.title") : title;
    }
}
