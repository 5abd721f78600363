package nl.rugzak.platform.participation.events.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.events.EventDetail;
import nl.rugzak.platform.participation.events.EventPhotos;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlaceMap;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.participation.events.RegistrationMode;
import nl.rugzak.platform.participation.events.RegistrationStatus;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * One event: when and where, how accessible, what it is about, registering and cancelling, "zet in agenda", and the
 * report afterwards. The online link shows only to registered residents (the service leaves it out for others).
 */
@Route(value = "agenda/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(EventsModule.ID)
public class EventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Events events;
    private final SafeMarkdown markdown;
    private final CurrentUser currentUser;
    private final ShareButtons share;
    final Feedback feedback = new Feedback();
    final Select<Integer> people = new Select<>();
    EventDetail detail;
    private long id;

    private final EventPhotos photos;
    private final MapSettings mapSettings;

    public EventView(Events events, SafeMarkdown markdown, CurrentUser currentUser, ShareButtons share,
                     EventPhotos photos, MapSettings mapSettings) {
        this.photos = photos;
        this.mapSettings = mapSettings;
        this.events = events;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.share = share;
        addClassName("rugzak-event");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = Long.parseLong(raw);
        try {
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        detail = events.view(id);
        removeAll();
        add(new H1(detail.title()), AvailabilityBadge.of(detail.availability()), facts());
        Anchor calendar = new Anchor("/agenda/" + id + ".ics", getTranslation("events.page.add-to-calendar"));
        calendar.setRouterIgnore(true);
        calendar.addClassName("rugzak-button-link");
        add(new Div(calendar));
        if (!detail.description().isBlank()) {
            add(new Section(new H2(getTranslation("events.page.about")), MarkdownText.of(markdown, detail.description())));
        }
        if (detail.latitude() != null && detail.address() != null) {
            add(new PlaceMap(detail.title(), detail.address(), new MapPoint(detail.latitude(), detail.longitude()),
                    mapSettings));
        }
        add(accessibility());
        if (!detail.past() && detail.registration() != RegistrationMode.NONE) {
            add(registration());
        } else if (!detail.past()) {
            add(new Section(new H2(getTranslation("events.page.take-part")),
                    new Paragraph(getTranslation("events.page.no-registration"))));
        }
        if (detail.hasReport()) {
            add(report());
        } else if (detail.past()) {
            add(new Paragraph(getTranslation("events.page.report-follows")));
        }
        add(share.of(detail.title(), "/agenda/" + id));
    }

    private Component facts() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        facts.add(new ListItem(getTranslation("events.page.starts", Dates.moment(detail.startsAt(), getLocale()))));
        facts.add(new ListItem(getTranslation("events.page.ends", Dates.moment(detail.endsAt(), getLocale()))));
        if (detail.address() != null) {
            facts.add(new ListItem(getTranslation("events.page.address", detail.address())));
        }
        if (detail.online()) {
            if (detail.onlineUrl() != null) {
                ListItem item = new ListItem(getTranslation("events.page.online-link") + " ");
                Anchor link = new Anchor(detail.onlineUrl(), detail.onlineUrl());
                item.add(link);
                facts.add(item);
            } else {
                facts.add(new ListItem(getTranslation("events.page.online-after-registering")));
            }
        }
        if (detail.capacity() != null && !detail.past()) {
            facts.add(new ListItem(getTranslation("events.page.places", detail.placesLeft(), detail.capacity())));
        }
        if (detail.waiting() > 0 && !detail.past()) {
            facts.add(new ListItem(getTranslation("events.page.waiting", detail.waiting())));
        }
        return facts;
    }

    private Component accessibility() {
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-facts");
        if (detail.address() != null) {
            list.add(new ListItem(getTranslation(detail.wheelchairAccess() ? "events.page.wheelchair-yes" : "events.page.wheelchair-no")));
            list.add(new ListItem(getTranslation(detail.hearingLoop() ? "events.page.loop-yes" : "events.page.loop-no")));
        }
        list.add(new ListItem(getTranslation("events.page.language", detail.language())));
        Section section = new Section(new H2(getTranslation("events.page.accessibility")), list);
        if (detail.accessibilityNotes() != null) {
            section.add(new Paragraph(detail.accessibilityNotes()));
        }
        return section;
    }

    private Component registration() {
        Section section = new Section(new H2(getTranslation("events.page.take-part")), feedback);
        section.setId("aanmelden");
        if (currentUser.visitor().isEmpty()) {
            Anchor login = new Anchor("/inloggen", getTranslation("events.page.log-in-to-register"));
            login.setRouterIgnore(true);
            section.add(login);
            return section;
        }
        EventDetail.Mine mine = detail.mine();
        if (mine != null) {
            section.add(new Paragraph(mine.status() == RegistrationStatus.REGISTERED
                    ? Texts.count(getLocale(), "events.page.you-are-registered", mine.people())
                    : getTranslation("events.page.you-are-waiting", mine.placeInQueue())));
            section.add(new Button(getTranslation(mine.status() == RegistrationStatus.REGISTERED
                    ? "events.page.cancel" : "events.page.leave-waiting-list"), click -> {
                if (feedback.attempt(() -> events.cancel(id), getTranslation("events.page.cancelled"))) {
                    rerender("events.page.cancelled");
                }
            }));
            return section;
        }
        if (detail.availability() == nl.rugzak.platform.participation.events.Availability.FULL) {
            section.add(new Paragraph(getTranslation("events.page.full")));
            return section;
        }
        int most = detail.capacity() == null ? Events.MAX_PEOPLE : Math.min(Events.MAX_PEOPLE, detail.capacity());
        people.setLabel(getTranslation("events.page.people"));
        people.setItems(IntStream.rangeClosed(1, most).boxed().toList());
        people.setValue(1);
        Button register = new Button(getTranslation(detail.availability()
                == nl.rugzak.platform.participation.events.Availability.WAITING_LIST
                ? "events.page.join-waiting-list" : "events.page.register"), click -> {
            try {
                RegistrationStatus status = events.register(id, people.getValue() == null ? 1 : people.getValue());
                rerender(status == RegistrationStatus.REGISTERED ? "events.page.registered" : "events.page.on-waiting-list");
            } catch (nl.rugzak.platform.participation.events.InvalidEventException e) {
                String problem = e.problemsIn(getLocale()).get("people");
                if (problem != null) {
                    people.setInvalid(true);
                    people.setErrorMessage(problem);
                } else {
                    feedback.show(e.messageIn(getLocale()));
                }
            } catch (RuntimeException e) {
                feedback.attempt(() -> {
                    throw e;
                }, "");
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(people, register);
        form.addClassName("rugzak-actions");
        section.add(form);
        return section;
    }

    private void rerender(String doneKey) {
        render();
        feedback.setText(getTranslation(doneKey));
        feedback.removeClassName("rugzak-error");
    }

    private Component report() {
        Section section = new Section(new H2(getTranslation("events.page.report")));
        section.add(new Paragraph(getTranslation("events.page.reported-on", Dates.day(detail.reportedAt(), getLocale()))));
        section.add(MarkdownText.of(markdown, detail.report()));
        List<EventPhotos.Photo> pictures = photos.of(detail.id());
        if (!pictures.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("rugzak-gallery");
            for (EventPhotos.Photo photo : pictures) {
                com.vaadin.flow.component.html.Image picture = new com.vaadin.flow.component.html.Image(photo.url(),
                        photo.altText());
                picture.getElement().setAttribute("loading", "lazy");
                picture.getElement().setAttribute("width", String.valueOf(photo.width()));
                picture.getElement().setAttribute("height", String.valueOf(photo.height()));
                gallery.add(picture);
            }
            section.add(gallery);
        }
        if (detail.outcomes() != null) {
            section.add(new com.vaadin.flow.component.html.H3(getTranslation("events.page.outcomes")),
                    MarkdownText.of(markdown, detail.outcomes()));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("events.list.title") : detail.title();
    }
}
