package nl.rugzak.platform.notifications.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.notifications.Delivery;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.NotificationList;
import nl.rugzak.platform.notifications.NotificationPreferences;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.tenantadmin.time.Dates;

/**
 * "Meldingen": the resident's notifications (opening the page marks them read) and, per kind the switched-on
 * modules send, how mail about it comes; plus the language of the mails. Plain radio groups, so everything works
 * with the keyboard alone.
 */
@Route(value = "mijn/meldingen", layout = SiteLayout.class)
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

    final Map<NotificationKind, RadioButtonGroup<Delivery>> deliveries = new EnumMap<>(NotificationKind.class);
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    final UnorderedList list = new UnorderedList();

    public NotificationsView(NotificationList notifications, NotificationPreferences preferences,
                             ModuleManifests modules) {
        addClassName("rugzak-notifications");
        add(new H1(getTranslation("notifications.title")), new Paragraph(getTranslation("notifications.intro")));
        add(listSection(notifications));
        add(settingsSection(preferences, offeredKinds(modules)));
        notifications.markAllRead();
    }

    /** Kinds of the shared layers, then those of the switched-on modules in their menu order. */
    static List<NotificationKind> offeredKinds(ModuleManifests modules) {
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.shared()) {
                kinds.add(kind);
            }
        }
        for (ModuleManifest module : modules.enabledInOrder()) {
            kinds.addAll(module.notificationKinds());
        }
        return new ArrayList<>(kinds);
    }

    private Section listSection(NotificationList notifications) {
        Section section = new Section(new H2(getTranslation("notifications.list.heading")));
        List<NotificationList.Entry> entries = notifications.mine(getLocale());
        if (entries.isEmpty()) {
            section.add(new EmptyState(getTranslation("notifications.list.empty")));
            return section;
        }
        list.addClassName("rugzak-notification-list");
        for (NotificationList.Entry entry : entries) {
            ListItem item = new ListItem();
            if (!entry.read()) {
                Span unread = new Span(getTranslation("notifications.list.unread"));
                unread.addClassName("rugzak-badge");
                item.add(unread, new Span(" "));
            }
            Anchor open = new Anchor(entry.link(), entry.subject());
            item.add(open, new Paragraph(entry.text()),
                    new Paragraph(Dates.stamp(entry.at(), getLocale())));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section settingsSection(NotificationPreferences preferences, List<NotificationKind> kinds) {
        Section section = new Section(new H2(getTranslation("notifications.settings.heading")),
                new Paragraph(getTranslation("notifications.settings.intro")));
        NotificationPreferences.Choices choices = preferences.mine(kinds);
        for (NotificationKind kind : kinds) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>();
            group.setLabel(getTranslation(kind.nameKey()));
            group.setItems(Delivery.values());
            group.setItemLabelGenerator(delivery -> getTranslation(delivery.key()));
            group.setValue(choices.deliveries().get(kind));
            deliveries.put(kind, group);
            section.add(group);
        }
        language.setLabel(getTranslation("notifications.settings.language"));
        language.setItems(preferences.offeredLanguages());
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(choices.language());
        save.setText(getTranslation("notifications.settings.save"));
        save.addClickListener(click -> {
            Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
            deliveries.forEach((kind, group) -> chosen.put(kind, group.getValue()));
            feedback.attempt(() -> preferences.save(chosen, language.getValue()),
                    getTranslation("notifications.settings.saved"));
        });
        section.add(language, save, feedback);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
