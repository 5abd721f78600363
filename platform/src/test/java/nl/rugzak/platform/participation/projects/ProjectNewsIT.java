package nl.rugzak.platform.participation.projects;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.notifications.NotificationList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import nl.rugzak.platform.participation.updates.Following;
import nl.rugzak.platform.participation.updates.NewsUpdate;
import nl.rugzak.platform.participation.updates.ScheduledPublisher;
import nl.rugzak.platform.participation.updates.ui.FollowingView;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.platform.participation.updates.UpdateDraft.Publication;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.TenantIds;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Following a project and its news (issue 20): followers hear of news placed on the project once, whoever published
 * it (now, by hand, by the scheduler); others and the author do not; another municipality's project is out of reach.
 */
class ProjectNewsIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MovableClock clock;
    @Autowired
    Projects projects;
    @Autowired
    ProjectFollowing following;
    @Autowired
    ProjectsPersonalData personalData;
    @Autowired
    Updates updates;
    @Autowired
    ScheduledPublisher publisher;
    @Autowired
    NotificationList list;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;
    @Autowired
    Following followed;
    @Autowired
    org.springframework.context.ApplicationContext application;

    @BeforeEach
    void people() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "volger");
            users.ensureResident(realm, "buurman");
        }
        for (TenantId tenant : List.of(VOORBEELD, OOSTERHAVEN)) {
            List<String> modules = new ArrayList<>(registry.find(tenant).orElseThrow().modules());
            boolean changed = false;
            for (String module : List.of(ProjectsModule.ID, UpdatesModule.ID)) {
                if (!modules.contains(module)) {
                    modules.add(module);
                    changed = true;
                }
            }
            if (changed) {
                asUser().run(() -> settings.setModules(tenant, modules), "lab-admin");
            }
        }
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    long project(String realm, String title, boolean publish) {
        return users.as(realm, "redacteur", () -> {
            long id = projects.create(new ProjectDraft(title, "Een korte samenvatting.", "", "Centrum", "", List.of()));
            projects.addPhase(id, new PhaseDraft("Meedenken", today(), today().plusDays(9), "Deel uw idee", false));
            if (publish) {
                projects.publish(id);
            }
            return id;
        });
    }

    List<NotificationList.Entry> noticesOf(String realm, String user, String marker) {
        return users.as(realm, user, () -> list.mine(DUTCH)).stream()
                .filter(entry -> entry.subject().contains(marker)).toList();
    }

    long news(String realm, long projectId, String title) {
        return users.as(realm, "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.project(projectId), title,
                "Het plan is klaar.")));
    }

    long newsCount(TenantId tenant) {
        return TenantContext.call(tenant, () -> jdbc.sql("SELECT count(*) FROM news_update").query(Long.class).single());
    }

    @Test
    void wathIkVolgListsAFollowedProjectWithItsNewsForThatResidentOnly() {
        String marker = marker();
        long id = project("voorbeeld", "Haven " + marker, true);
        users.run("voorbeeld", "volger", () -> following.follow(id, true));
        news("voorbeeld", id, "Eerste schets " + marker);

        assertThat(users.as("voorbeeld", "volger", () -> followed.mine()))
                .filteredOn(item -> item.title().equals("Haven " + marker)).singleElement().satisfies(item -> {
                    assertThat(item.target()).isEqualTo(UpdateTarget.project(id));
                    assertThat(item.link()).isEqualTo("/projecten/" + id);
                    assertThat(item.latest()).extracting(NewsUpdate::title).containsExactly("Eerste schets " + marker);
                });
        new SiteUi(application).visit("voorbeeld", "volger", () -> {
            UI.getCurrent().navigate("mijn/volgend");
            FollowingView page = _get(FollowingView.class);
            assertThat(_find(page, Anchor.class, spec -> spec.withText("Project: Haven " + marker))).hasSize(1);
            assertThat(_find(page, Anchor.class, spec -> spec.withText("Eerste schets " + marker))).hasSize(1);
        });
        assertThat(users.as("voorbeeld", "buurman", () -> followed.mine())).noneMatch(item -> item.title().contains(marker));
        assertThat(users.as("oosterhaven", "volger", () -> followed.mine())).noneMatch(item -> item.title().contains(marker));

        users.run("voorbeeld", "volger", () -> following.follow(id, false));
        assertThat(users.as("voorbeeld", "volger", () -> followed.mine())).noneMatch(item -> item.title().contains(marker));
    }

    @Test
    void aFollowerHearsOnceOfNewsOnTheProjectAndNeitherTheNeighbourNorTheAuthor() {
        String marker = marker();
        long id = project("voorbeeld", "Plein " + marker, true);
        users.run("voorbeeld", "volger", () -> following.follow(id, true));
        users.run("voorbeeld", "volger", () -> following.follow(id, true));
        users.run("voorbeeld", "redacteur", () -> following.follow(id, true));
        assertThat(users.as("voorbeeld", "volger", () -> following.follows(id))).isTrue();
        assertThat(users.as("voorbeeld", "buurman", () -> following.follows(id))).isFalse();

        long newsId = news("voorbeeld", id, "Ontwerp klaar " + marker);

        List<NotificationList.Entry> mine = noticesOf("voorbeeld", "volger", marker);
        assertThat(mine).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).contains("Plein " + marker, "Ontwerp klaar " + marker);
            assertThat(entry.link()).isEqualTo("/nieuws/" + newsId);
        });
        assertThat(noticesOf("voorbeeld", "buurman", marker)).as("not a follower").isEmpty();
        assertThat(noticesOf("voorbeeld", "redacteur", marker)).as("nobody hears of their own news").isEmpty();
        // The project page's news list shows it; so does the item itself, linking back to the project.
        assertThat(users.as("voorbeeld", "buurman", () -> updates.published(UpdateTarget.project(id), 10)))
                .singleElement().satisfies(update -> {
                    assertThat(update.targetTitle()).isEqualTo("Plein " + marker);
                    assertThat(update.targetLink()).isEqualTo("/projecten/" + id);
                });
        // Publishing again (a second click) tells nobody twice.
        users.run("voorbeeld", "redacteur", () -> updates.publishNow(newsId));
        assertThat(noticesOf("voorbeeld", "volger", marker)).hasSize(1);
    }

    @Test
    void scheduledAndHandPublishedNewsTellFollowersAndUnfollowingStopsIt() {
        String marker = marker();
        long id = project("voorbeeld", "Park " + marker, true);
        users.run("voorbeeld", "volger", () -> following.follow(id, true));

        users.run("voorbeeld", "redacteur", () -> updates.post(new UpdateDraft(UpdateTarget.project(id),
                "Later " + marker, "Straks.", Publication.SCHEDULED, clock.instant().plus(Duration.ofHours(2)), null, null)));
        long draft = users.as("voorbeeld", "redacteur", () -> updates.post(new UpdateDraft(UpdateTarget.project(id),
                "Concept " + marker, "Nog niet.", Publication.DRAFT, null, null, null)));
        assertThat(noticesOf("voorbeeld", "volger", marker)).as("nothing published yet").isEmpty();

        clock.advance(Duration.ofHours(3));
        publisher.publishDue();
        users.run("voorbeeld", "redacteur", () -> updates.publishNow(draft));
        assertThat(noticesOf("voorbeeld", "volger", marker)).extracting(NotificationList.Entry::subject)
                .anySatisfy(subject -> assertThat(subject).contains("Later " + marker))
                .anySatisfy(subject -> assertThat(subject).contains("Concept " + marker))
                .hasSize(2);

        users.run("voorbeeld", "volger", () -> following.follow(id, false));
        assertThat(users.as("voorbeeld", "volger", () -> following.follows(id))).isFalse();
        news("voorbeeld", id, "Na het ontvolgen " + marker);
        assertThat(noticesOf("voorbeeld", "volger", marker)).as("unfollowed: no more news").hasSize(2);
    }

    @Test
    void newsOnAnUnknownOrDraftProjectIsRefusedInDutchAndNothingIsStored() {
        String marker = marker();
        long draft = project("voorbeeld", "Concept " + marker, false);
        long before = newsCount(VOORBEELD);
        assertThatThrownBy(() -> news("voorbeeld", draft, "Te vroeg " + marker))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Niet gevonden: project");
        assertThatThrownBy(() -> news("voorbeeld", Long.MAX_VALUE, "Nergens " + marker))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Niet gevonden");
        assertThatThrownBy(() -> users.run("voorbeeld", "volger", () -> following.follow(draft, true)))
                .isInstanceOf(NotFoundException.class);
        long running = project("voorbeeld", "Open " + marker, true);
        assertThatThrownBy(() -> users.run("voorbeeld", "volger", () -> updates.post(UpdateDraft.now(
                UpdateTarget.project(running), "Van een bewoner " + marker, "Mag niet."))))
                .as("only staff write news on a project").isInstanceOf(AccessDeniedException.class);
        assertThat(newsCount(VOORBEELD)).isEqualTo(before);
        assertThat(TenantContext.call(VOORBEELD, () -> jdbc.sql(
                "SELECT count(*) FROM project_follow WHERE project_id = ?").param(draft).query(Long.class).single()))
                .isZero();
    }

    @Test
    void anotherMunicipalitysProjectCannotBeFollowedNorGetNewsHere() {
        String marker = marker();
        TenantIds.nextIdUnknownAt(jdbc, "project", OOSTERHAVEN, VOORBEELD);
        long theirs = project("oosterhaven", "Haven " + marker, true);
        users.run("oosterhaven", "volger", () -> following.follow(theirs, true));
        long before = newsCount(VOORBEELD);

        assertThatThrownBy(() -> users.run("voorbeeld", "volger", () -> following.follow(theirs, true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> news("voorbeeld", theirs, "Inbraak " + marker))
                .isInstanceOf(NotFoundException.class);
        assertThat(newsCount(VOORBEELD)).isEqualTo(before);
        assertThat(noticesOf("oosterhaven", "volger", marker)).isEmpty();

        // Their own news reaches their own follower, and only in their own list.
        news("oosterhaven", theirs, "Kade open " + marker);
        assertThat(noticesOf("oosterhaven", "volger", marker)).hasSize(1);
        assertThat(noticesOf("voorbeeld", "volger", marker)).isEmpty();
    }

    @Test
    void mijnGegevensShowsAndErasesTheFollows() {
        String marker = marker();
        long id = project("voorbeeld", "Markt " + marker, true);
        users.ensureResident("voorbeeld", "wisser");
        users.run("voorbeeld", "wisser", () -> following.follow(id, true));
        long resident = TenantContext.call(VOORBEELD, () -> jdbc.sql("SELECT id FROM resident WHERE subject = ?")
                .param(users.account("voorbeeld", "wisser").subject()).query(Long.class).single());

        var export = TenantContext.call(VOORBEELD, () -> personalData.export(resident));
        assertThat(export.get("gevolgde_projecten")).singleElement()
                .satisfies(row -> assertThat(row.get("project")).isEqualTo("Markt " + marker));

        TenantContext.run(VOORBEELD, () -> personalData.erase(new PersonalDataHolder.Erasure(resident, "x", resident, false)));
        assertThat(TenantContext.call(VOORBEELD, () -> personalData.export(resident)).get("gevolgde_projecten")).isEmpty();
        assertThat(users.as("voorbeeld", "wisser", () -> following.follows(id))).isFalse();
    }
}
