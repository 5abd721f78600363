package nl.rugzak.platform.participation.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.notifications.NotificationList;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import nl.rugzak.platform.support.TenantIds;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.participation.updates.UpdateDraft.Publication;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Updates and their Atom feeds: only public items in feeds and lists, owners post on their own initiative only,
 * scheduled updates appear at their time, municipalities never see each other's news.
 */
class UpdatesIT extends IntegrationTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext application;
    @Autowired
    MovableClock clock;
    @Autowired
    Updates updates;
    @Autowired
    Following following;
    @Autowired
    ScheduledPublisher publisher;
    @Autowired
    Initiatives initiatives;
    @Autowired
    PolicyTopics topics;
    @Autowired
    Moderation moderation;
    @Autowired
    ModerationPolicies policies;
    @Autowired
    NotificationList notificationList;
    @Autowired
    TenantSettings settings;
    @Autowired
    TenantRegistry registry;
    @Autowired
    List<ModuleActivity> activities;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void setUp() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        users.ensureResident("voorbeeld", "schrijver");
        users.ensureResident("voorbeeld", "buurman");
        users.ensureResident("voorbeeld", "volger");
        enableUpdates(VOORBEELD);
        enableUpdates(OOSTERHAVEN);
    }

    void enableUpdates(TenantId tenant) {
        List<String> modules = new ArrayList<>(registry.find(tenant).orElseThrow().modules());
        if (!modules.contains(UpdatesModule.ID)) {
            modules.add(UpdatesModule.ID);
            asUser().run(() -> settings.setModules(tenant, modules), "lab-admin");
        }
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    long post(String realm, String user, UpdateDraft draft) {
        return users.as(realm, user, () -> updates.post(draft));
    }

    long publicInitiative(String owner) {
        return users.as("voorbeeld", owner, () -> {
            long id = initiatives.create(new InitiativeDraft(unique("Buurtmoestuin"), "Samen groenten kweken.", "",
                    "", null, "", false));
            initiatives.submit(id);
            return id;
        });
    }

    long topic(String realm) {
        return users.as(realm, "redacteur", () -> topics.create(new TopicDraft(unique("Groen in de wijk"),
                "Meer bomen en minder tegels.", "", "", TopicStatus.EXPLORING, null, null)).id());
    }

    // ---- Atom checks, with the JDK's parser (no DTDs, no external entities) ----

    record Entry(String id, String title, String link, String content) {
    }

    static List<Entry> atom(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(URI.create(single(feed, "id").getTextContent()).isAbsolute()).isTrue();
        assertThat(single(feed, "title").getTextContent()).isNotBlank();
        OffsetDateTime.parse(single(feed, "updated").getTextContent());
        boolean feedAuthor = !children(feed, "author").isEmpty();
        List<Entry> entries = new ArrayList<>();
        for (Element entry : children(feed, "entry")) {
            String id = single(entry, "id").getTextContent();
            assertThat(URI.create(id).isAbsolute()).isTrue();
            OffsetDateTime.parse(single(entry, "updated").getTextContent());
            String link = children(entry, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                    .findFirst().orElseThrow().getAttribute("href");
            assertThat(URI.create(link).isAbsolute()).isTrue();
            assertThat(feedAuthor || !children(entry, "author").isEmpty()).isTrue();
            List<Element> content = children(entry, "content");
            entries.add(new Entry(id, single(entry, "title").getTextContent(), link,
                    content.isEmpty() ? "" : content.getFirst().getTextContent()));
        }
        return entries;
    }

    static Element single(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("exactly one atom:" + name + " in " + parent.getLocalName()).hasSize(1);
        return found.getFirst();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static List<String> titles(List<Entry> entries) {
        return entries.stream().map(Entry::title).toList();
    }

    // ---- tests ----

    @Test
    void theSiteFeedIsAtomWithOnlyPublishedVisibleUpdatesAndEscapedText() throws Exception {
        String shown = unique("Nieuw speelveld <script>alert('x')</script> & \"meer\"");
        String draft = unique("Concept over de begroting");
        String scheduled = unique("Gepland bericht over de markt");
        String hidden = unique("Verborgen bericht");
        long shownId = post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.SITE, shown,
                "Lees **verder** <img src=x onerror=alert(1)> <script>alert(2)</script>"));
        post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, draft, "Nog niet af.", Publication.DRAFT,
                null, null, null));
        post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, scheduled, "Straks.", Publication.SCHEDULED,
                clock.instant().plus(Duration.ofDays(3)), null, null));
        long hiddenId = post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.SITE, hidden, "Weg ermee."));
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(UpdatesModule.ID, hiddenId), "Test"));

        var response = site("voorbeeld.localhost").get("/feeds/nieuws.atom");
        List<Entry> entries = atom(response);
        assertThat(titles(entries)).contains(shown).doesNotContain(draft, scheduled, hidden);
        Entry entry = entries.stream().filter(e -> e.title().equals(shown)).findFirst().orElseThrow();
        assertThat(entry.link()).endsWith("/nieuws/" + shownId);
        // The HTML inside the entry went through the sanitiser: formatting stays, scripts and handlers do not.
        var html = org.jsoup.Jsoup.parseBodyFragment(entry.content());
        assertThat(html.select("strong").text()).isEqualTo("verder");
        assertThat(html.select("script, img, [onerror]")).isEmpty();
        assertThat(response.body()).doesNotContain("<script>").doesNotContain(draft).doesNotContain(hidden);

        // The same rule on the pages' own lists and the home page's latest activity.
        assertThat(TenantContext.call(VOORBEELD, () -> updates.published(UpdateTarget.SITE, 100)))
                .extracting(NewsUpdate::title).contains(shown).doesNotContain(draft, scheduled, hidden);
        assertThat(TenantContext.call(VOORBEELD, () -> activities.stream().flatMap(a -> a.recent(50).stream()).toList()))
                .extracting(ModuleActivity.Activity::title).contains(shown).doesNotContain(draft, scheduled, hidden);
        // An anonymous visitor cannot read the hidden one either; staff can.
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD, () -> updates.read(hiddenId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "moderator", () -> updates.read(hiddenId).state()))
                .isEqualTo(NewsUpdate.State.HIDDEN);
    }

    @Test
    void topicAndInitiativeFeedsCarryTheirOwnPublicUpdatesOnly() throws Exception {
        long topic = topic("voorbeeld");
        long initiative = publicInitiative("schrijver");
        String onTopic = unique("Bomenplan klaar");
        String onInitiative = unique("Eerste oogst");
        String onSite = unique("Algemeen nieuws");
        post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.topic(topic), onTopic, "Het plan ligt ter inzage."));
        post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.initiative(initiative), onInitiative, "Tomaten!"));
        post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.SITE, onSite, "Iets anders."));

        assertThat(titles(atom(site("voorbeeld.localhost").get("/feeds/thema/" + topic + ".atom"))))
                .contains(onTopic).doesNotContain(onInitiative, onSite);
        assertThat(titles(atom(site("voorbeeld.localhost").get("/feeds/initiatief/" + initiative + ".atom"))))
                .contains(onInitiative).doesNotContain(onTopic, onSite);
        assertThat(titles(atom(site("voorbeeld.localhost").get("/feeds/nieuws.atom")))).contains(onTopic, onInitiative, onSite);

        // The pages name their feeds in the initial HTML, for feed readers that run no scripts.
        var topicPage = org.jsoup.Jsoup.parse(site("voorbeeld.localhost").get("/themas/" + topic).body());
        assertThat(topicPage.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("/feeds/nieuws.atom", "/feeds/thema/" + topic + ".atom");
        var initiativePage = org.jsoup.Jsoup.parse(site("voorbeeld.localhost").get("/initiatieven/" + initiative).body());
        assertThat(initiativePage.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("/feeds/initiatief/" + initiative + ".atom");

        // Once the initiative is hidden, its news leaves every feed, and its own feed is gone.
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef("initiatives", initiative), "Test"));
        assertThat(site("voorbeeld.localhost").get("/feeds/initiatief/" + initiative + ".atom").statusCode()).isEqualTo(404);
        assertThat(titles(atom(site("voorbeeld.localhost").get("/feeds/nieuws.atom")))).doesNotContain(onInitiative);
        assertThat(site("voorbeeld.localhost").get("/feeds/thema/999999999.atom").statusCode()).isEqualTo(404);
        assertThat(site("admin.localhost").get("/feeds/nieuws.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherMunicipalitySeesNoneOfThisNewsAndASwitchedOffModuleHasNoFeeds() throws Exception {
        long topic = topic("voorbeeld");
        String title = unique("Alleen voor Voorbeeldstad");
        TenantIds.nextIdUnknownAt(jdbc, "news_update", VOORBEELD, OOSTERHAVEN);
        long id = post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.topic(topic), title, "Lokaal nieuws."));

        assertThat(site("oosterhaven.localhost").get("/feeds/nieuws.atom").body()).doesNotContain(title);
        var topicFeed = site("oosterhaven.localhost").get("/feeds/thema/" + topic + ".atom");
        boolean topicThere = TenantContext.call(OOSTERHAVEN, () -> topics.exists(topic));
        assertThat(topicFeed.statusCode()).isEqualTo(topicThere ? 200 : 404);
        assertThat(topicFeed.body()).doesNotContain(title);
        assertThatThrownBy(() -> TenantContext.call(OOSTERHAVEN, () -> updates.read(id))).isInstanceOf(NotFoundException.class);
        assertThat(site("oosterhaven.localhost").get("/beeld/nieuws/" + id).statusCode()).isEqualTo(404);

        List<String> before = registry.find(OOSTERHAVEN).orElseThrow().modules();
        try {
            asUser().run(() -> settings.setModules(OOSTERHAVEN, before.stream()
                    .filter(m -> !m.equals(UpdatesModule.ID)).toList()), "lab-admin");
            assertThat(site("oosterhaven.localhost").get("/feeds/nieuws.atom").statusCode()).isEqualTo(404);
            assertThat(site("oosterhaven.localhost").get("/nieuws").statusCode()).isEqualTo(404);
            assertThat(site("voorbeeld.localhost").get("/feeds/nieuws.atom").statusCode()).isEqualTo(200);
        } finally {
            asUser().run(() -> settings.setModules(OOSTERHAVEN, before), "lab-admin");
        }
    }

    @Test
    void onlyTheOwnerAndEditorsPostOnAnInitiative() {
        long initiative = publicInitiative("schrijver");
        long topic = topic("voorbeeld");
        String own = unique("Stand van de moestuin");
        long id = post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.initiative(initiative), own, "Het groeit."));
        assertThat(users.as("voorbeeld", "buurman", () -> updates.read(id).title())).isEqualTo(own);

        assertThatThrownBy(() -> post("voorbeeld", "buurman", UpdateDraft.now(UpdateTarget.initiative(initiative),
                "Niet van mij", "Toch geprobeerd."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.SITE, "Over de hele site",
                "Mag niet."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.topic(topic), "Over het thema",
                "Mag niet."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buurman", () -> updates.delete(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as("voorbeeld", "buurman", () -> updates.mayPostOn(UpdateTarget.initiative(initiative)))).isFalse();
        assertThat(users.as("voorbeeld", "schrijver", () -> updates.mayPostOn(UpdateTarget.initiative(initiative)))).isTrue();
        // An editor of the municipality may write about any initiative.
        post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.initiative(initiative), unique("Gemeente helpt"), "Mooi."));
        assertThat(TenantContext.call(VOORBEELD, () -> updates.published(UpdateTarget.initiative(initiative), 10)))
                .extracting(NewsUpdate::title).hasSize(2).contains(own);
        // Refused input changes nothing.
        assertThatThrownBy(() -> post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.initiative(initiative), "", "Tekst")))
                .isInstanceOf(ContentRejectedException.class).hasMessage("Vul de titel in.");
        assertThatThrownBy(() -> post("voorbeeld", "schrijver", new UpdateDraft(UpdateTarget.initiative(initiative), "Later",
                "Tekst", Publication.SCHEDULED, clock.instant().minusSeconds(60), null, null)))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("toekomst");
        assertThat(TenantContext.call(VOORBEELD, () -> updates.published(UpdateTarget.initiative(initiative), 10))).hasSize(2);
    }

    @Test
    void anImageNeedsItsDescriptionAndIsServedSafelyOnlyWhileTheUpdateIsReadable() throws Exception {
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThatThrownBy(() -> post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, "Met foto", "Tekst",
                Publication.NOW, null, png.toByteArray(), " "))).isInstanceOf(ContentRejectedException.class)
                .hasMessageContaining("Beschrijf");
        assertThatThrownBy(() -> post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, "Met foto", "Tekst",
                Publication.NOW, null, "<svg onload=alert(1)>".getBytes(), "Een plaatje")))
                .isInstanceOf(ContentRejectedException.class);
        long shown = post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, unique("Met foto"), "Tekst",
                Publication.NOW, null, png.toByteArray(), "Het nieuwe speelveld"));
        long draft = post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, unique("Concept met foto"), "Tekst",
                Publication.DRAFT, null, png.toByteArray(), "Nog geheim"));

        var image = site("voorbeeld.localhost").get("/beeld/nieuws/" + shown);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(TenantContext.call(VOORBEELD, () -> updates.read(shown).imageAlt())).isEqualTo("Het nieuwe speelveld");
        assertThat(site("voorbeeld.localhost").get("/beeld/nieuws/" + draft).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledUpdateAppearsAtItsTimeInEveryMunicipality() throws Exception {
        String here = unique("Markt gaat open");
        String there = unique("Haven gaat open");
        long hereId = post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, here, "Vanaf zaterdag.",
                Publication.SCHEDULED, clock.instant().plus(Duration.ofHours(2)), null, null));
        post("oosterhaven", "redacteur", new UpdateDraft(UpdateTarget.SITE, there, "Vanaf zondag.",
                Publication.SCHEDULED, clock.instant().plus(Duration.ofHours(2)), null, null));

        publisher.publishDue();
        assertThat(titles(atom(site("voorbeeld.localhost").get("/feeds/nieuws.atom")))).doesNotContain(here);
        assertThat(titles(atom(site("oosterhaven.localhost").get("/feeds/nieuws.atom")))).doesNotContain(there);
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD, () -> updates.read(hereId))).isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "redacteur", () -> updates.read(hereId).state())).isEqualTo(NewsUpdate.State.SCHEDULED);

        clock.advance(Duration.ofHours(3));
        // Runs as the scheduler does: on a thread without a tenant, carrying each municipality itself.
        assertThat(TenantContext.current()).isEmpty();
        publisher.publishDue();

        assertThat(titles(atom(site("voorbeeld.localhost").get("/feeds/nieuws.atom")))).contains(here).doesNotContain(there);
        assertThat(titles(atom(site("oosterhaven.localhost").get("/feeds/nieuws.atom")))).contains(there).doesNotContain(here);
        assertThat(TenantContext.call(VOORBEELD, () -> updates.read(hereId).state())).isEqualTo(NewsUpdate.State.PUBLISHED);
        assertThat(TenantContext.call(VOORBEELD, () -> activities.stream().flatMap(a -> a.recent(50).stream()).toList()))
                .extracting(ModuleActivity.Activity::title).contains(here);
    }

    @Test
    void theFollowingListShowsNewsOfFollowedTopicsAndInitiativesOnly() {
        long followedTopic = topic("voorbeeld");
        long otherTopic = topic("voorbeeld");
        long followedInitiative = publicInitiative("schrijver");
        String topicNews = unique("Nieuws over het gevolgde thema");
        String initiativeNews = unique("Nieuws over het gevolgde initiatief");
        String otherNews = unique("Nieuws over een ander thema");
        String siteNews = unique("Nieuws voor iedereen");
        String hiddenNews = unique("Verborgen nieuws over het gevolgde thema");
        post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.topic(followedTopic), topicNews, "Tekst."));
        post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.initiative(followedInitiative), initiativeNews, "Tekst."));
        post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.topic(otherTopic), otherNews, "Tekst."));
        post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.SITE, siteNews, "Tekst."));
        long hidden = post("voorbeeld", "redacteur", UpdateDraft.now(UpdateTarget.topic(followedTopic), hiddenNews, "Tekst."));
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(UpdatesModule.ID, hidden), "Test"));

        users.run("voorbeeld", "volger", () -> {
            following.followTopic(followedTopic, true);
            following.followTopic(followedTopic, true);
            initiatives.follow(followedInitiative, true);
        });
        var mine = users.as("voorbeeld", "volger", () -> following.mine());
        assertThat(mine).extracting(Following.Followed::target)
                .contains(UpdateTarget.topic(followedTopic), UpdateTarget.initiative(followedInitiative))
                .doesNotContain(UpdateTarget.topic(otherTopic));
        List<String> shown = mine.stream().flatMap(f -> f.latest().stream()).map(NewsUpdate::title).toList();
        assertThat(shown).contains(topicNews, initiativeNews).doesNotContain(otherNews, siteNews, hiddenNews);
        // Someone else follows nothing of this.
        assertThat(users.as("voorbeeld", "buurman", () -> following.mine()).stream()
                .flatMap(f -> f.latest().stream()).map(NewsUpdate::title)).doesNotContain(topicNews, initiativeNews);

        users.run("voorbeeld", "volger", () -> following.followTopic(followedTopic, false));
        assertThat(users.as("voorbeeld", "volger", () -> following.mine())).extracting(Following.Followed::target)
                .doesNotContain(UpdateTarget.topic(followedTopic));
        assertThatThrownBy(() -> users.run("voorbeeld", "volger", () -> following.followTopic(999_999_999L, true)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSharedUpdateLinkPreviewsOnlyPublicNewsAndTheWidgetListsIt() {
        String title = unique("Nieuwe bankjes op het plein");
        long shown = post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, title, "De bankjes staan er.",
                UpdateDraft.Publication.NOW, null, null, null));
        String draftTitle = unique("Nog geheim");
        long draft = post("voorbeeld", "redacteur", new UpdateDraft(UpdateTarget.SITE, draftTitle, "Nog niet klaar.",
                UpdateDraft.Publication.DRAFT, null, null, null));

        var page = org.jsoup.Jsoup.parse(site("voorbeeld.localhost").get("/nieuws/" + shown).body());
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo("De bankjes staan er.");
        var hidden = org.jsoup.Jsoup.parse(site("voorbeeld.localhost").get("/nieuws/" + draft).body());
        assertThat(hidden.head().html()).doesNotContain(draftTitle);

        String widget = site("voorbeeld.localhost").get("/widget/nieuws?aantal=20").body();
        assertThat(widget).contains(title).doesNotContain(draftTitle);
        assertThat(site("oosterhaven.localhost").get("/widget/nieuws?aantal=20").body()).doesNotContain(title);
    }

    @Test
    void newsThatWaitedForAModeratorReachesFollowersOnceWhenApproved() {
        users.ensureResident("oosterhaven", "volger");
        long initiative = publicInitiative("schrijver");
        users.run("voorbeeld", "volger", () -> initiatives.follow(initiative, true));
        users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(UpdatesModule.ID, true));
        long held;
        try {
            held = post("voorbeeld", "schrijver", UpdateDraft.now(UpdateTarget.initiative(initiative),
                    unique("Eerste oogst"), "De tomaten zijn rijp."));
        } finally {
            users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(UpdatesModule.ID, false));
        }
        assertThat(toldAbout("voorbeeld", "volger", held)).isZero();

        users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(UpdatesModule.ID, held)));
        users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(UpdatesModule.ID, held)));

        assertThat(toldAbout("voorbeeld", "volger", held)).isEqualTo(1);
        // The writer hears once that a moderator approved it, and not of their own news.
        assertThat(users.as("voorbeeld", "schrijver", () -> notificationList.mine(java.util.Locale.of("nl"))))
                .filteredOn(n -> n.link().endsWith("/nieuws/" + held)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("goedgekeurd"));
        assertThat(toldAbout("voorbeeld", "buurman", held)).isZero();
        assertThat(toldAbout("oosterhaven", "volger", held)).isZero();
    }

    long toldAbout(String realm, String who, long news) {
        return users.as(realm, who, () -> notificationList.mine(java.util.Locale.of("nl"))).stream()
                .filter(n -> n.link().endsWith("/nieuws/" + news)).count();
    }
}
