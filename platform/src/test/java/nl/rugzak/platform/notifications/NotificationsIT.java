package nl.rugzak.platform.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.rugzak.platform.comments.CommentView;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.mydata.MyData;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.notifications.ui.NotificationsView;
import nl.rugzak.platform.participation.consultations.ConsultationDraft;
import nl.rugzak.platform.participation.consultations.ConsultationKind;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.ReactionDraft;
import nl.rugzak.platform.participation.consultations.Reactions;
import nl.rugzak.platform.participation.events.EventDraft;
import nl.rugzak.platform.participation.events.EventNotices;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.RegistrationMode;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.ideas.IdeaCategory;
import nl.rugzak.platform.participation.ideas.IdeaDraft;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.participation.projects.PhaseDraft;
import nl.rugzak.platform.participation.projects.ProjectDraft;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.participation.updates.Following;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.sharing.PublicUrls;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.FixtureItems;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.support.NotificationMailbox;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.mail.MailIdentities;
import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications end to end: emitted by the modules, delivered by the sender to a real SMTP server, read by people. */
class NotificationsIT extends NotificationsIntegrationTest {

    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    NotificationSender sender;
    @Autowired
    Digests digests;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationList list;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    FailedMails failedMails;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Following following;
    @Autowired
    Updates updates;
    @Autowired
    PolicyTopics topics;
    @Autowired
    Events events;
    @Autowired
    EventNotices eventNotices;
    @Autowired
    MyData myData;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    DemoUsers users;
    @Autowired
    FixtureItems items;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailIdentities identities;
    @Autowired
    TenantRegistry registry;
    @Autowired
    ObjectProvider<JavaMailSender> mailSenders;
    @Autowired
    PublicUrls urls;
    @Autowired
    nl.rugzak.platform.moderation.ModerationPolicies policies;
    @Autowired
    nl.rugzak.tenantadmin.theming.ThemeStore themeStore;
    @Autowired
    nl.rugzak.tenantadmin.theming.TenantThemes themes;
    @Autowired
    UnsubscribeLinks unsubscribeLinks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    Ideas ideas;
    @Autowired
    Projects projects;
    @Autowired
    Consultations consultations;
    @Autowired
    Reactions reactions;

    @BeforeEach
    void people() {
        awaitIdentity();
        NotificationMailbox.start();
        clock.advance(Duration.ofDays(1)); // fresh posting allowances
        for (String slug : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(slug, "volger");
        }
        // Every test starts from the defaults (Dutch, each kind's default delivery), whatever an earlier one chose.
        for (TenantId tenant : List.of(VOORBEELD, OOSTERHAVEN)) {
            TenantContext.run(tenant, () -> {
                jdbc.sql("DELETE FROM notification_preference").update();
                jdbc.sql("DELETE FROM notification_setting").update();
            });
        }
        // Whatever earlier tests left due goes out now, so each test counts only its own mails.
        sender.sendDue();
    }

    private static String marker() {
        return "M" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String email(String slug, String username) {
        return users.account(slug, username).email();
    }

    @Test
    void aReplyToMyCommentArrivesOnceInDutchWithTheMunicipalitysIdentityAndUnsubscribeHeaders() throws Exception {
        String marker = marker();
        ContentRef item = users.as("voorbeeld", "redacteur", () -> items.create("Speeltuin " + marker,
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
        CommentView question = users.as("voorbeeld", "bewoner", () -> comments.post(item, "Wanneer begint het?"));
        users.as("voorbeeld", "redacteur", () -> comments.reply(question.id(), "In maart."));
        // Replying to oneself tells nobody.
        users.as("voorbeeld", "bewoner", () -> comments.reply(question.id(), "Dank u!"));

        assertThat(sender.sendDue()).isPositive();
        sender.sendDue();
        List<MimeMessage> mails = mailsTo(email("voorbeeld", "bewoner"), marker);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        MailIdentity identity = identities.of(VOORBEELD);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(identity.fromAddress());
        assertThat(from.getPersonal()).isEqualTo(identity.senderName());
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo(identity.replyTo());
        assertThat(mail.getSubject()).isEqualTo("Nieuwe reactie op uw reactie bij \"Speeltuin " + marker + "\"");
        String text = text(mail);
        assertThat(text).contains("Beste Bo Bewoner,", "In maart.", identity.footer(),
                TenantContext.call(VOORBEELD, () -> urls.absolute("/proef/" + item.itemId()).orElseThrow()));
        assertThat(text).doesNotContain("Oosterhaven", "oosterhaven");
        assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(unsubscribeLink(mail).getHost()).isEqualTo("voorbeeld.localhost");
        assertThat(mailsTo(email("voorbeeld", "redacteur"), marker)).as("nobody hears of their own reply").isEmpty();

        // The same event appears in the in-site list, and opening it marks it read.
        List<NotificationList.Entry> mine = users.as("voorbeeld", "bewoner", () -> list.mine(Locale.forLanguageTag("nl")));
        assertThat(mine).filteredOn(entry -> entry.subject().contains(marker)).hasSize(1)
                .first().satisfies(entry -> assertThat(entry.link()).isEqualTo("/proef/" + item.itemId()));
    }

    @Test
    void moderationTellsTheAuthorWithTheReasonInTheirOwnLanguage() throws Exception {
        String marker = marker();
        users.run("voorbeeld", "volger", () -> preferences.save(Map.of(), Locale.ENGLISH));
        ContentRef item = users.as("voorbeeld", "volger", () -> items.create("Bench " + marker,
                users.account("voorbeeld", "volger").subject(), "Test Volger", Visibility.VISIBLE));
        users.run("voorbeeld", "moderator", () -> moderation.hide(item, "Contains a phone number"));

        sender.sendDue();
        List<MimeMessage> mails = mailsTo(email("voorbeeld", "volger"), marker);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("About your contribution \"Bench " + marker + "\"");
        assertThat(text(mails.getFirst())).contains("A moderator has hidden your contribution",
                "Reason: Contains a phone number", "Dear ");
    }

    @Test
    void ownerAndFollowersHearOfAStatusChangeAndAResponseAndTheLinkOpensTheInitiative() throws Exception {
        String marker = marker();
        long id = users.as("voorbeeld", "bewoner", () -> {
            long created = initiatives.create(new InitiativeDraft("Bankjes " + marker, "Een korte samenvatting.",
                    "Een beschrijving.", "Centrum", null, "Handen", false));
            initiatives.submit(created);
            return created;
        });
        // Submitting publishes at once (post-moderation); staff then move it on.
        users.run("voorbeeld", "redacteur", () -> initiatives.changeStatus(id, InitiativeStatus.IN_CONVERSATION,
                "Mooi plan, we praten erover."));
        users.run("voorbeeld", "volger", () -> initiatives.follow(id, true));
        users.run("voorbeeld", "redacteur", () -> initiatives.respond(id, "We komen langs op 3 maart."));

        sender.sendDue();
        List<MimeMessage> owner = mailsTo(email("voorbeeld", "bewoner"), marker);
        List<MimeMessage> follower = mailsTo(email("voorbeeld", "volger"), marker);
        assertThat(owner).hasSize(2);
        assertThat(follower).as("followed after publication: only the response").hasSize(1);
        assertThat(owner).extracting(NotificationsIntegrationTest::text).anySatisfy(body -> assertThat(body)
                .contains("De gemeente is nu in gesprek over het initiatief.", "Mooi plan, we praten erover."));
        assertThat(text(follower.getFirst())).contains("De gemeente heeft gereageerd.", "We komen langs op 3 maart.");
        assertThat(mailsTo(email("voorbeeld", "redacteur"), marker)).isEmpty();

        String link = text(follower.getFirst()).lines().filter(line -> line.contains("/initiatieven/" + id))
                .findFirst().orElseThrow();
        URI page = URI.create(link.substring(link.indexOf("http")).strip());
        assertThat(page.getHost()).isEqualTo("voorbeeld.localhost");
        var answer = call("GET", page, page.getHost(), null);
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void topicNewsGoesToFollowersInTheirDailyDigestAndOnlyTheirOwnItems() throws Exception {
        String marker = marker();
        long topic = users.as("voorbeeld", "redacteur", () -> topics.create(new TopicDraft("Afval " + marker,
                "Minder restafval.", "", "", TopicStatus.EXPLORING, null, null)).id());
        long other = users.as("voorbeeld", "redacteur", () -> topics.create(new TopicDraft("Groen " + marker,
                "Meer bomen.", "", "", TopicStatus.EXPLORING, null, null)).id());
        users.run("voorbeeld", "volger", () -> following.followTopic(topic, true));
        users.run("voorbeeld", "bewoner", () -> following.followTopic(other, true));
        users.run("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.topic(topic),
                "Nieuwe containers " + marker, "Vanaf maart.")));
        users.run("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.topic(topic),
                "Ophaaldag verandert " + marker, "Vanaf april.")));
        users.run("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.topic(other),
                "Bomenplan " + marker, "Honderd bomen.")));

        sender.sendDue();
        assertThat(mailsWith(marker)).as("news waits for the daily digest by default").isEmpty();
        // The in-site list shows it at once.
        assertThat(users.as("voorbeeld", "volger", () -> list.mine(Locale.forLanguageTag("nl"))))
                .filteredOn(entry -> entry.subject().contains(marker)).hasSize(2);

        clock.advance(Duration.ofDays(1));
        TenantContext.call(VOORBEELD, digests::buildDue);
        TenantContext.call(VOORBEELD, digests::buildDue);
        sender.sendDue();
        List<MimeMessage> volger = NotificationMailbox.received().stream()
                .filter(mail -> text(mail) != null && text(mail).contains(marker)
                        && recipient(mail).equalsIgnoreCase(email("voorbeeld", "volger"))).toList();
        assertThat(volger).as("one digest, built twice").hasSize(1);
        String digest = text(volger.getFirst());
        assertThat(digest).contains("Nieuwe containers " + marker, "Ophaaldag verandert " + marker)
                .doesNotContain("Bomenplan " + marker);
        assertThat(volger.getFirst().getSubject()).contains("Gemeente Voorbeeldstad", "2 nieuwe meldingen");
        assertThat(header(volger.getFirst(), "List-Unsubscribe")).contains("k=digest-daily");
        List<MimeMessage> bewoner = NotificationMailbox.received().stream()
                .filter(mail -> text(mail) != null && text(mail).contains(marker)
                        && recipient(mail).equalsIgnoreCase(email("voorbeeld", "bewoner"))).toList();
        assertThat(bewoner).hasSize(1);
        assertThat(text(bewoner.getFirst())).contains("Bomenplan " + marker).doesNotContain("Nieuwe containers");
    }

    @Test
    void registeredPeopleHearOfAChangedEventAndOnceTheDayBefore() throws Exception {
        String marker = marker();
        LocalDateTime start = ZonedDateTime.now(clock).plusDays(3).withHour(19).withMinute(30).toLocalDateTime()
                .withSecond(0).withNano(0);
        EventDraft draft = new EventDraft("Buurtavond " + marker, "Kom meepraten.", start, start.plusHours(2),
                "Lindelaan 12, Voorbeeldstad", null, null, null, true, false, "Nederlands", null, null,
                RegistrationMode.OPEN, 50);
        long id = users.as("voorbeeld", "redacteur", () -> events.create(draft));
        users.as("voorbeeld", "bewoner", () -> events.register(id, 1));
        // A corrected description tells nobody; a new time does.
        users.run("voorbeeld", "redacteur", () -> events.update(id, withDescription(draft, "Kom allemaal meepraten.")));
        EventDraft later = withStart(draft, start.plusHours(1));
        users.run("voorbeeld", "redacteur", () -> events.update(id, later));
        sender.sendDue();
        List<MimeMessage> changed = mailsTo(email("voorbeeld", "bewoner"), "Gewijzigd: \"Buurtavond " + marker);
        assertThat(changed).hasSize(1);
        assertThat(text(changed.getFirst())).contains("20:30", "Lindelaan 12");

        clock.advance(Duration.ofDays(2));
        assertThat(TenantContext.call(VOORBEELD, eventNotices::remindTomorrow)).isPositive();
        TenantContext.call(VOORBEELD, eventNotices::remindTomorrow);
        sender.sendDue();
        assertThat(mailsTo(email("voorbeeld", "bewoner"), "Morgen: \"Buurtavond " + marker)).hasSize(1);
        assertThat(mailsWith(marker)).allSatisfy(mail ->
                assertThat(recipient(mail)).isEqualToIgnoringCase(email("voorbeeld", "bewoner")));
    }

    @Test
    void oneClickUnsubscribeWorksWithoutLoginAndATamperedLinkChangesNothing() throws Exception {
        String marker = marker();
        replyTo("bewoner", "Fietsenstalling " + marker);
        sender.sendDue();
        MimeMessage mail = mailsTo(email("voorbeeld", "bewoner"), marker).getFirst();
        URI link = unsubscribeLink(mail);
        long resident = residentId(VOORBEELD, "bewoner");

        URI tampered = URI.create(link.toString().replace("k=comment-reply", "k=moderation"));
        var refused = call("POST", tampered, "voorbeeld.localhost", "List-Unsubscribe=One-Click");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Deze link klopt niet");
        URI otherResident = URI.create(link.toString().replace("r=" + resident + "&", "r=" + (resident + 1) + "&"));
        assertThat(call("POST", otherResident, "voorbeeld.localhost", "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", link, "oosterhaven.localhost", "List-Unsubscribe=One-Click").statusCode())
                .as("another municipality's site").isEqualTo(400);
        var look = call("GET", link, "voorbeeld.localhost", null);
        assertThat(look.statusCode()).as("a GET only asks").isEqualTo(200);
        assertThat(look.body()).contains("<form method=\"post\"");
        assertThat(delivery(VOORBEELD, resident, NotificationKind.COMMENT_REPLY)).isNull();
        assertThat(delivery(VOORBEELD, resident, NotificationKind.MODERATION)).isNull();

        var done = call("POST", link, "voorbeeld.localhost", "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("U bent afgemeld");
        assertThat(delivery(VOORBEELD, resident, NotificationKind.COMMENT_REPLY)).isEqualTo("OFF");
        assertThat(delivery(VOORBEELD, resident, NotificationKind.MODERATION)).as("only that kind").isNull();

        String after = marker();
        replyTo("bewoner", "Fietsenstalling " + after);
        sender.sendDue();
        assertThat(mailsTo(email("voorbeeld", "bewoner"), after)).isEmpty();
        assertThat(users.as("voorbeeld", "bewoner", () -> list.mine(Locale.forLanguageTag("nl"))))
                .as("still in the list on the site").filteredOn(entry -> entry.subject().contains(after)).hasSize(1);
    }

    @Test
    void smtpDownMidRunThenBackEveryMailArrivesExactlyOnceAndFailuresAreShownToStaffAndLab() throws Exception {
        String marker = marker();
        List<Long> people = syntheticResidents(VOORBEELD, 12, marker);
        record(VOORBEELD, people, "Storing " + marker);
        NotificationSender small = senderWith(4, 3);
        assertThat(small.sendDue("first")).isEqualTo(4);
        NotificationMailbox.stop();
        assertThat(small.sendDue("first")).isZero();
        assertThat(small.sendDue("first")).as("waiting for the back-off").isZero();
        NotificationMailbox.start();
        assertThat(small.sendDue("first")).as("not before the back-off").isZero();
        clock.advance(FIRST_RETRY.plusSeconds(1));
        int sent = 0;
        for (int run = 0; run < 10; run++) {
            sent += small.sendDue("first");
        }
        assertThat(sent).isEqualTo(8);
        assertThat(mailsWith(marker)).hasSize(12);
        assertThat(mailsWith(marker).stream().map(NotificationsIT::recipient).distinct()).hasSize(12);

        // After the last attempt a mail is FAILED: the municipality's admin and the lab see it; a retry sends it.
        String lost = marker();
        List<Long> unlucky = syntheticResidents(VOORBEELD, 1, lost);
        record(VOORBEELD, unlucky, "Kwijt " + lost);
        NotificationSender once = senderWith(100, 1);
        NotificationMailbox.stop();
        once.sendDue("once");
        NotificationMailbox.start();
        var failed = users.as("voorbeeld", "beheerder", () -> failedMails.here());
        assertThat(failed).anySatisfy(row -> assertThat(row.email()).contains(lost.toLowerCase(Locale.ROOT)));
        assertThat(asLab(() -> failedMails.acrossTenants())).anySatisfy(count -> {
            assertThat(count.slug()).isEqualTo("voorbeeld");
            assertThat(count.failed()).isPositive();
        });
        users.run("voorbeeld", "beheerder", () -> failedMails.retryAll());
        sender.sendDue();
        assertThat(mailsWith(lost)).hasSize(1);
    }

    @Test
    void twoSenderInstancesSendEachMailOnce() throws Exception {
        String marker = marker();
        List<Long> people = syntheticResidents(VOORBEELD, 60, marker);
        record(VOORBEELD, people, "Dubbel " + marker);
        NotificationSender one = senderWith(1000, 12);
        NotificationSender two = senderWith(1000, 12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (var instance : List.of(Map.entry("a", one), Map.entry("b", two))) {
                runs.add(pool.submit((Callable<Integer>) () -> {
                    go.await();
                    int sent = 0;
                    for (int run = 0; run < 10; run++) {
                        sent += instance.getValue().sendDue(instance.getKey());
                    }
                    return sent;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mailsWith(marker)).hasSize(60);
        assertThat(mailsWith(marker).stream().map(NotificationsIT::recipient).distinct()).hasSize(60);
    }

    @Test
    void sendingIsThrottledToTheConfiguredRate() {
        String marker = marker();
        record(VOORBEELD, syntheticResidents(VOORBEELD, 20, marker), "Traag " + marker);
        NotificationSender slow = senderWith(1000, 1000, 5);
        assertThat(slow.sendDue("slow")).as("a bucket of five per second").isLessThanOrEqualTo(5);
        sender.sendDue();
        assertThat(mailsWith(marker)).hasSize(20);
    }

    @Test
    void aMunicipalitysNotificationsStayWithItsOwnResidents() throws Exception {
        String marker = marker();
        replyTo("bewoner", "Haven " + marker);
        sender.sendDue();
        // Oosterhaven's resident with the same username neither gets the mail nor sees it in their list.
        assertThat(mailsTo(email("oosterhaven", "bewoner"), marker)).isEmpty();
        assertThat(users.as("oosterhaven", "bewoner", () -> list.mine(Locale.forLanguageTag("nl"))))
                .noneSatisfy(entry -> assertThat(entry.subject()).contains(marker));
        assertThat(users.as("voorbeeld", "bewoner", () -> list.mine(Locale.forLanguageTag("nl"))))
                .anySatisfy(entry -> assertThat(entry.subject()).contains(marker));
        // Voorbeeld's mail names only Voorbeeld: its sender, its host.
        for (MimeMessage mail : mailsTo(email("voorbeeld", "bewoner"), marker)) {
            String all = text(mail) + mail.getSubject() + header(mail, "List-Unsubscribe") + mail.getFrom()[0];
            assertThat(all).doesNotContainIgnoringCase("oosterhaven");
        }
        // And the other way round.
        String there = marker();
        ContentRef item = users.as("oosterhaven", "redacteur", () -> items.create("Kade " + there,
                users.account("oosterhaven", "redacteur").subject(), "R", Visibility.VISIBLE));
        CommentView question = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Wanneer?"));
        users.as("oosterhaven", "redacteur", () -> comments.reply(question.id(), "Morgen."));
        sender.sendDue();
        List<MimeMessage> theirs = mailsTo(email("oosterhaven", "bewoner"), there);
        assertThat(theirs).hasSize(1);
        assertThat(((InternetAddress) theirs.getFirst().getFrom()[0]).getAddress())
                .isEqualTo(identities.of(OOSTERHAVEN).fromAddress());
        assertThat(text(theirs.getFirst()) + header(theirs.getFirst(), "List-Unsubscribe"))
                .doesNotContainIgnoringCase("voorbeeld");
    }

    @Test
    void eachMunicipalitysMailCarriesItsOwnLogoAndColoursAndNoneOfTheOthers() throws Exception {
        var voorbeeldBefore = themeStore.published(VOORBEELD).orElseThrow();
        var oosterhavenBefore = themeStore.published(OOSTERHAVEN).orElseThrow();
        try {
            String voorbeeldLogo = publishLogo(VOORBEELD, 8);
            String oosterhavenLogo = publishLogo(OOSTERHAVEN, 9);
            String voorbeeldPrimary = themeStore.published(VOORBEELD).orElseThrow().tokens().primary().css();
            String oosterhavenPrimary = themeStore.published(OOSTERHAVEN).orElseThrow().tokens().primary().css();
            assertThat(voorbeeldPrimary).isNotEqualTo(oosterhavenPrimary);

            String here = marker();
            replyTo("bewoner", "Plein " + here);
            String there = marker();
            ContentRef item = users.as("oosterhaven", "redacteur", () -> items.create("Kade " + there,
                    users.account("oosterhaven", "redacteur").subject(), "R", Visibility.VISIBLE));
            CommentView question = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Wanneer?"));
            users.as("oosterhaven", "redacteur", () -> comments.reply(question.id(), "Morgen."));
            sender.sendDue();

            MimeMessage voorbeeld = mailsTo(email("voorbeeld", "bewoner"), here).getFirst();
            String html = html(voorbeeld);
            assertThat(html).contains("src=\"" + voorbeeldLogo + "\"", "background:" + voorbeeldPrimary,
                            "alt=\"Gemeente Voorbeeldstad\"")
                    .doesNotContain(oosterhavenLogo, oosterhavenPrimary).doesNotContainIgnoringCase("oosterhaven");
            assertThat(voorbeeldLogo).startsWith("http://voorbeeld.localhost:");
            // The plain text stays plain: no logo, no colours.
            assertThat(text(voorbeeld)).doesNotContain(voorbeeldLogo, voorbeeldPrimary);

            MimeMessage oosterhaven = mailsTo(email("oosterhaven", "bewoner"), there).getFirst();
            assertThat(html(oosterhaven)).contains("src=\"" + oosterhavenLogo + "\"", "background:" + oosterhavenPrimary)
                    .doesNotContain(voorbeeldLogo, voorbeeldPrimary).doesNotContainIgnoringCase("voorbeeld");

            // A digest wears the same house style.
            String digestMarker = marker();
            long topic = users.as("voorbeeld", "redacteur", () -> topics.create(new TopicDraft("Straat " + digestMarker,
                    "Veiliger oversteken.", "", "", TopicStatus.EXPLORING, null, null)).id());
            users.run("voorbeeld", "volger", () -> following.followTopic(topic, true));
            users.run("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.topic(topic),
                    "Zebrapad " + digestMarker, "Komt er.")));
            clock.advance(Duration.ofDays(1));
            TenantContext.call(VOORBEELD, digests::buildDue);
            sender.sendDue();
            MimeMessage digest = NotificationMailbox.received().stream()
                    .filter(mail -> text(mail) != null && text(mail).contains(digestMarker)
                            && recipient(mail).equalsIgnoreCase(email("voorbeeld", "volger")))
                    .findFirst().orElseThrow();
            assertThat(html(digest)).contains("src=\"" + voorbeeldLogo + "\"", "background:" + voorbeeldPrimary)
                    .doesNotContain(oosterhavenLogo, oosterhavenPrimary);
        } finally {
            asUser().run(() -> themes.revert(VOORBEELD, voorbeeldBefore.version()), "lab-admin");
            asUser().run(() -> themes.revert(OOSTERHAVEN, oosterhavenBefore.version()), "lab-admin");
        }
    }

    /** Publishes the tenant's theme with a new logo; returns the logo's URL as the Keycloak mail theme has it. */
    private String publishLogo(TenantId tenant, int size) {
        var before = themeStore.published(tenant).orElseThrow();
        var logo = asUser().withRoles(() -> themes.upload(tenant, ThemeAssetKind.LOGO, png(size)), "lab-admin");
        asUser().run(() -> {
            themes.saveDraft(tenant, new ThemeDraft(before.tokens(), Map.of(ThemeAssetKind.LOGO, logo.sha256())));
            themes.publishDraft(tenant);
        }, "lab-admin");
        return TenantContext.call(tenant, () -> urls.absolute(logo.path()).orElseThrow());
    }

    private static byte[] png(int size) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(size, size,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReplyHeldForModerationTellsTheCommentsAuthorOnceWhenApproved() throws Exception {
        String marker = marker();
        ContentRef item = users.as("voorbeeld", "redacteur", () -> items.create("Fietspad " + marker,
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
        CommentView question = users.as("voorbeeld", "bewoner", () -> comments.post(item, "Komt er verlichting?"));
        users.run("voorbeeld", "moderator", () -> policies.setCommentsPremoderated(FixtureItems.MODULE, true));
        try {
            CommentView held = users.as("voorbeeld", "volger", () -> comments.reply(question.id(), "Graag ook bankjes."));
            assertThat(held.visibility()).isEqualTo(Visibility.PENDING);
            sender.sendDue();
            assertThat(mailsTo(email("voorbeeld", "bewoner"), marker)).as("nothing while it waits").isEmpty();
            assertThat(users.as("voorbeeld", "bewoner", () -> list.mine(Locale.forLanguageTag("nl"))))
                    .noneSatisfy(entry -> assertThat(entry.subject()).contains(marker));

            users.run("voorbeeld", "moderator", () -> moderation.approve(held.ref()));
            sender.sendDue();
            List<MimeMessage> mails = mailsTo(email("voorbeeld", "bewoner"), marker);
            assertThat(mails).hasSize(1);
            assertThat(mails.getFirst().getSubject()).contains("Fietspad " + marker);
            assertThat(text(mails.getFirst())).contains("Graag ook bankjes.");
            assertThat(mailsTo(email("voorbeeld", "volger"), marker)).as("the replier is not told").isEmpty();

            // Edited under pre-moderation it waits again; approved again it tells nobody a second time.
            users.as("voorbeeld", "volger", () -> comments.edit(held.id(), "Graag ook bankjes en bomen."));
            users.run("voorbeeld", "moderator", () -> moderation.approve(held.ref()));
            users.run("voorbeeld", "moderator", () -> moderation.approve(held.ref()));
            sender.sendDue();
            assertThat(mailsTo(email("voorbeeld", "bewoner"), marker)).hasSize(1);
            assertThat(users.as("voorbeeld", "bewoner", () -> list.mine(Locale.forLanguageTag("nl"))))
                    .filteredOn(entry -> entry.subject().contains(marker)).hasSize(1);
            // Oosterhaven's resident of the same name hears nothing of it.
            assertThat(mailsTo(email("oosterhaven", "bewoner"), marker)).isEmpty();
        } finally {
            users.run("voorbeeld", "moderator", () -> policies.setCommentsPremoderated(FixtureItems.MODULE, false));
        }
    }

    @Test
    void whatWaitedForAModeratorTellsItsAuthorOnceWhenApprovedOrTurnedDownInTheirLanguage() throws Exception {
        String marker = marker();
        users.run("voorbeeld", "volger", () -> preferences.save(Map.of(), Locale.ENGLISH));
        long phase = users.as("voorbeeld", "redacteur", () -> {
            java.time.LocalDate today = java.time.LocalDate.now((java.time.Clock) clock);
            long project = projects.create(new ProjectDraft("Plein " + marker, "Samenvatting", "", "", "", List.of()));
            long ideasPhase = projects.addPhase(project, new PhaseDraft("Ideeën", today, today.plusDays(4), "Deel uw idee", false));
            projects.publish(project);
            ideas.collectIn(ideasPhase, null, null);
            return ideasPhase;
        });
        long initiative;
        long refused;
        long idea;
        users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(InitiativesModule.ID, true));
        users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(IdeasModule.ID, true));
        try {
            initiative = users.as("voorbeeld", "bewoner", () -> submitted("Moestuin " + marker));
            refused = users.as("voorbeeld", "volger", () -> submitted("Reclamebord " + marker));
            idea = users.as("voorbeeld", "bewoner", () -> ideas.submit(phase, new IdeaDraft("Bloemen " + marker,
                    "Meer bloemen op het plein.", "Plein", IdeaCategory.GREEN)));
        } finally {
            users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(InitiativesModule.ID, false));
            users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(IdeasModule.ID, false));
        }
        sender.sendDue();
        assertThat(mailsWith(marker)).as("nothing while they wait").isEmpty();

        users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(InitiativesModule.ID, initiative)));
        users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(IdeasModule.ID, idea)));
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(InitiativesModule.ID, refused),
                "Dit is reclame voor een winkel."));
        // Approving what is already public is no news to anyone.
        users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(InitiativesModule.ID, initiative)));
        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> approved = mailsTo(email("voorbeeld", "bewoner"), marker);
        assertThat(approved).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Over uw bijdrage \"Moestuin " + marker + "\"", "Over uw bijdrage \"Bloemen " + marker + "\"");
        assertThat(approved).extracting(NotificationsIntegrationTest::text).allSatisfy(body -> assertThat(body)
                .contains("Beste Bo Bewoner,", "Een moderator heeft uw bijdrage goedgekeurd. Iedereen kan die nu zien.")
                .doesNotContain("Reden", "Reason"));
        String initiativeMail = approved.stream().map(NotificationsIntegrationTest::text)
                .filter(body -> body.contains("Moestuin")).findFirst().orElseThrow();
        String link = initiativeMail.lines().filter(line -> line.contains("/initiatieven/" + initiative)).findFirst()
                .orElseThrow();
        URI page = URI.create(link.substring(link.indexOf("http")).strip());
        assertThat(page.getHost()).isEqualTo("voorbeeld.localhost");
        assertThat(call("GET", page, page.getHost(), null).statusCode()).isEqualTo(200);

        List<MimeMessage> turnedDown = mailsTo(email("voorbeeld", "volger"), marker);
        assertThat(turnedDown).hasSize(1);
        assertThat(turnedDown.getFirst().getSubject()).isEqualTo("About your contribution \"Reclamebord " + marker + "\"");
        assertThat(text(turnedDown.getFirst())).contains("Dear ", "A moderator has not published your contribution.",
                "Reason: Dit is reclame voor een winkel.");
        assertThat(mailsTo(email("oosterhaven", "bewoner"), marker)).isEmpty();
        assertThat(mailsTo(email("oosterhaven", "volger"), marker)).isEmpty();
    }

    @Test
    void aHiddenConsultationReactionTellsItsAuthorOnceWithTheReason() throws Exception {
        String marker = marker();
        long consultation = users.as("voorbeeld", "redacteur", () -> {
            long topic = topics.create(new TopicDraft("Parkeren " + marker, "Plekken voor auto's.", "", "",
                    TopicStatus.EXPLORING, null, null)).id();
            long id = consultations.create(new ConsultationDraft(topic, "Parkeerbeleid " + marker, "Lees mee.",
                    ConsultationKind.OPEN, clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(10)),
                    "Team Parkeren", "parkeren@voorbeeldstad.example"));
            consultations.saveDocument(id, "# Parkeren\n\nEr komen meer plekken bij het station.");
            consultations.publish(id);
            return id;
        });
        long reaction = users.as("voorbeeld", "volger", () -> reactions.react(consultation,
                ReactionDraft.open(null, "Te weinig plekken " + marker + " bij het station.", null)));
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(ConsultationsModule.ID, reaction),
                "Er staat een telefoonnummer in."));
        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> mails = mailsTo(email("voorbeeld", "volger"), marker);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("Over uw bijdrage \"Te weinig plekken " + marker);
        assertThat(text(mails.getFirst())).contains("Een moderator heeft uw bijdrage verborgen.",
                "Reden: Er staat een telefoonnummer in.", "/inspraak/" + consultation);
        assertThat(mailsWith(marker)).as("nobody else hears of it").hasSize(1);
    }

    /** An initiative of the current resident, submitted (under pre-moderation it then waits). */
    private long submitted(String title) {
        long created = initiatives.create(new InitiativeDraft(title, "Een korte samenvatting.", "Een beschrijving.",
                "Centrum", null, "Handen", false));
        initiatives.submit(created);
        return created;
    }

    @Test
    void myDataShowsPreferencesAndNotificationsAndErasureRemovesThem() {
        String marker = marker();
        users.run("voorbeeld", "volger", () -> preferences.save(
                Map.of(NotificationKind.FOLLOWED_NEWS, Delivery.WEEKLY), Locale.forLanguageTag("nl")));
        replyTo("volger", "Plein " + marker);
        var export = users.as("voorbeeld", "volger", () -> myData.export());
        assertThat(export.get("notificatie_instellingen")).anySatisfy(row ->
                assertThat(row).containsEntry("soort", "followed-news").containsEntry("bezorging", "WEEKLY"));
        assertThat(export.get("notificaties")).anySatisfy(row -> assertThat((String) row.get("titel")).contains(marker));

        List<Long> someone = syntheticResidents(VOORBEELD, 1, marker);
        record(VOORBEELD, someone, "Wissen " + marker);
        PersonalDataHolder holder = holders.stream().filter(h -> h instanceof NotificationsPersonalData).findFirst()
                .orElseThrow();
        // The tenant first: a transaction takes its connection (and so its schema) when it begins.
        TenantContext.run(VOORBEELD, () -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> holder.erase(new PersonalDataHolder.Erasure(someone.getFirst(), "x", 0, false))));
        long left = TenantContext.call(VOORBEELD, () -> jdbc.sql("""
                SELECT (SELECT count(*) FROM notification WHERE resident_id = ?)
                     + (SELECT count(*) FROM notification_mail WHERE resident_id = ?)
                     + (SELECT count(*) FROM notification_preference WHERE resident_id = ?)""")
                .params(someone.getFirst(), someone.getFirst(), someone.getFirst()).query(Long.class).single());
        assertThat(left).isZero();
    }

    @Test
    void badChoicesAreRefusedAndNothingIsStored() {
        long resident = residentId(VOORBEELD, "volger");
        String before = delivery(VOORBEELD, resident, NotificationKind.EVENT_CHANGED);
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        choices.put(NotificationKind.EVENT_CHANGED, Delivery.OFF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.run("voorbeeld", "volger",
                        () -> preferences.save(choices, Locale.GERMAN)))
                .hasMessage("Kies een taal die deze site aanbiedt.");
        assertThat(delivery(VOORBEELD, resident, NotificationKind.EVENT_CHANGED)).isEqualTo(before);
    }

    @Test
    void theMeldingenPageListsMyNotificationsAndSavesMyChoicesWithPlainControls() {
        String marker = marker();
        replyTo("volger", "Marktplein " + marker);
        SiteUi site = new SiteUi(context);
        site.visit("voorbeeld", "volger", () -> {
            UI.getCurrent().navigate("mijn/meldingen");
            NotificationsView page = _get(NotificationsView.class);
            assertThat(_find(page, Anchor.class, spec -> spec.withText(
                    "Nieuwe reactie op uw reactie bij \"Marktplein " + marker + "\""))).hasSize(1);
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Delivery> replies = _get(page, RadioButtonGroup.class,
                    spec -> spec.withLabel("Iemand reageert op mijn reactie"));
            replies.setValue(Delivery.WEEKLY);
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Locale> language = _get(page, RadioButtonGroup.class,
                    spec -> spec.withLabel("Taal van de e-mails"));
            language.setValue(Locale.ENGLISH);
            _click(_get(page, Button.class, spec -> spec.withText("Opslaan")));
            assertThat(_get(page, Feedback.class).getText()).isEqualTo("Uw keuzes zijn opgeslagen.");
        });
        long volger = residentId(VOORBEELD, "volger");
        assertThat(delivery(VOORBEELD, volger, NotificationKind.COMMENT_REPLY)).isEqualTo("WEEKLY");
        assertThat(TenantContext.call(VOORBEELD, () -> preferences.languageOf(volger))).isEqualTo(Locale.ENGLISH);
        // Oosterhaven's volger sees none of it on their own page.
        site.visit("oosterhaven", "volger", () -> {
            UI.getCurrent().navigate("mijn/meldingen");
            assertThat(_find(_get(NotificationsView.class), Anchor.class, spec -> spec.withText(
                    "Nieuwe reactie op uw reactie bij \"Marktplein " + marker + "\""))).isEmpty();
        });
    }

    // --- helpers

    private static EventDraft withDescription(EventDraft d, String description) {
        return new EventDraft(d.title(), description, d.start(), d.end(), d.address(), d.latitude(), d.longitude(),
                d.onlineUrl(), d.wheelchairAccess(), d.hearingLoop(), d.language(), d.accessibilityNotes(), d.topicId(),
                d.registration(), d.capacity());
    }

    private static EventDraft withStart(EventDraft d, LocalDateTime start) {
        return new EventDraft(d.title(), d.description(), start, start.plusHours(2), d.address(), d.latitude(),
                d.longitude(), d.onlineUrl(), d.wheelchairAccess(), d.hearingLoop(), d.language(),
                d.accessibilityNotes(), d.topicId(), d.registration(), d.capacity());
    }

    private void replyTo(String username, String title) {
        ContentRef item = users.as("voorbeeld", "redacteur", () -> items.create(title,
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
        CommentView question = users.as("voorbeeld", username, () -> comments.post(item, "Een vraag"));
        users.as("voorbeeld", "redacteur", () -> comments.reply(question.id(), "Een antwoord"));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long residentId(TenantId tenant, String username) {
        String subject = users.account(tenant.slug(), username).subject();
        return TenantContext.call(tenant, () -> jdbc.sql("SELECT id FROM resident WHERE subject = ?").param(subject)
                .query(Long.class).single());
    }

    private String delivery(TenantId tenant, long resident, NotificationKind kind) {
        return TenantContext.call(tenant, () -> jdbc.sql(
                        "SELECT delivery FROM notification_preference WHERE resident_id = ? AND kind = ?")
                .params(resident, kind.id()).query(String.class).optional().orElse(null));
    }

    /** Residents straight in the tenant's table, each with an address containing the marker. */
    private List<Long> syntheticResidents(TenantId tenant, int count, String marker) {
        return TenantContext.call(tenant, () -> jdbc.sql("""
                        INSERT INTO resident (subject, display_name, email)
                        SELECT 'synthetic-' || ? || '-' || n, 'Persoon ' || n, lower(?) || '-' || n || '@example.org'
                          FROM generate_series(1, ?) n RETURNING id""")
                .params(marker, marker, count).query(Long.class).list());
    }

    private void record(TenantId tenant, List<Long> residents, String title) {
        TenantContext.run(tenant, () -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> notifications.record(Notice.of(NotificationKind.COMMENT_REPLY, title, "/"),
                        Audience.residents(residents))));
    }

    private NotificationSender senderWith(int batch, int maxAttempts) {
        return senderWith(batch, maxAttempts, 1000);
    }

    private NotificationSender senderWith(int batch, int maxAttempts, int perSecond) {
        return Senders.create(context, perSecond, batch, maxAttempts, FIRST_RETRY);
    }

    private <T> T asLab(java.util.function.Supplier<T> work) {
        return asUser().withRoles(work, "lab-admin");
    }
}
