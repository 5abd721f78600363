package nl.rugzak.platform.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.RateLimitedException;
import nl.rugzak.platform.moderation.BlockedException;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.moderation.OpenReport;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.FixtureItems;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Comments through the service, as real demo accounts of two municipalities, on the real database. */
class CommentsIT extends IntegrationTest {

    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    ModerationPolicies policies;
    @Autowired
    DemoUsers users;
    @Autowired
    FixtureItems items;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    private ContentRef item;

    @BeforeEach
    void anItemToTalkAbout() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1)); // fresh posting allowances; earlier blocks with an end date are over
        item = users.as("voorbeeld", "redacteur", () -> items.create("Speeltuin opknappen",
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
    }

    @Test
    void aResidentPostsAndRepliesAndStaffSpeakForTheMunicipality() {
        CommentView question = users.as("voorbeeld", "bewoner", () -> comments.post(item, "  Wanneer begint het?  "));
        users.as("voorbeeld", "redacteur", () -> comments.reply(question.id(), "In *maart*."));
        CommentView replyToReply = users.as("voorbeeld", "bewoner", () -> comments.reply(
                comments.threadFor(item).getFirst().replies().getFirst().id(), "Dank u!"));

        List<CommentThread> threads = users.as("voorbeeld", "bewoner", () -> comments.threadFor(item));
        assertThat(threads).hasSize(1);
        CommentThread thread = threads.getFirst();
        assertThat(thread.comment().text()).isEqualTo("Wanneer begint het?");
        assertThat(thread.comment().authorName()).isEqualTo("Bo Bewoner");
        assertThat(thread.comment().byMunicipality()).isFalse();
        assertThat(thread.comment().mine()).isTrue();
        assertThat(thread.replies()).extracting(CommentView::authorName).containsExactly("Roos Redacteur", "Bo Bewoner");
        assertThat(thread.replies().getFirst().byMunicipality()).isTrue();
        assertThat(thread.replies().getFirst().html()).isEqualTo("<p>In <em>maart</em>.</p>");
        assertThat(replyToReply.parentId()).as("one level of replies").isEqualTo(question.id());
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> comments.count(item))).isEqualTo(3);
    }

    @Test
    void anOwnCommentCanBeEditedWithinFifteenMinutesAndIsMarkedEdited() {
        CommentView comment = users.as("voorbeeld", "bewoner", () -> comments.post(item, "Eerste versie"));
        assertThat(comment.editable()).isTrue();
        clock.advance(Duration.ofMinutes(14));
        CommentView edited = users.as("voorbeeld", "bewoner", () -> comments.edit(comment.id(), "Tweede versie"));
        assertThat(edited.text()).isEqualTo("Tweede versie");
        assertThat(edited.edited()).isTrue();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.edit(comment.id(), "Derde versie")))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("U kunt een reactie alleen bewerken tot 15 minuten na het plaatsen.");
        CommentView now = users.as("voorbeeld", "bewoner", () -> comments.threadFor(item)).getFirst().comment();
        assertThat(now.text()).isEqualTo("Tweede versie");
        assertThat(now.editable()).isFalse();
    }

    @Test
    void nobodyEditsOrDeletesSomeoneElsesComment() {
        CommentView comment = users.as("voorbeeld", "bewoner", () -> comments.post(item, "Van mij"));
        for (String other : List.of("redacteur", "moderator")) {
            assertThatThrownBy(() -> users.as("voorbeeld", other, () -> comments.edit(comment.id(), "Overgenomen")))
                    .isInstanceOf(ContentRejectedException.class).hasMessageContaining("alleen uw eigen reactie");
            assertThatThrownBy(() -> users.run("voorbeeld", other, () -> comments.delete(comment.id())))
                    .isInstanceOf(ContentRejectedException.class).hasMessageContaining("alleen uw eigen reactie");
        }
        assertThatThrownBy(() -> TenantContext.call(new TenantId("voorbeeld"), () -> comments.post(item, "anoniem")))
                .as("not logged in").isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        CommentView unchanged = users.as("voorbeeld", "bewoner", () -> comments.threadFor(item)).getFirst().comment();
        assertThat(unchanged.text()).isEqualTo("Van mij");
        assertThat(unchanged.deleted()).isFalse();

        users.run("voorbeeld", "bewoner", () -> comments.delete(comment.id()));
        assertThat(users.as("voorbeeld", "bewoner", () -> comments.threadFor(item))).isEmpty();
    }

    @Test
    void fiftyParallelSupportsByOneResidentCountOnce() throws Exception {
        CommentView comment = users.as("voorbeeld", "redacteur", () -> comments.post(item, "Steunt u dit plan?"));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> clicks = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                clicks.add(pool.submit((Callable<Boolean>) () -> {
                    start.await();
                    return users.as("voorbeeld", "bewoner", () -> comments.support(comment.id()));
                }));
            }
            start.countDown();
            long added = 0;
            for (Future<Boolean> click : clicks) {
                added += click.get() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        CommentView seen = users.as("voorbeeld", "bewoner", () -> comments.threadFor(item)).getFirst().comment();
        assertThat(seen.supports()).isEqualTo(1);
        assertThat(seen.supportedByViewer()).isTrue();
        assertThatThrownBy(() -> users.as("voorbeeld", "redacteur", () -> comments.support(comment.id())))
                .hasMessage("U kunt uw eigen reactie niet steunen.");
    }

    @Test
    void aBlockedResidentCannotPostUntilTheBlockEnds() {
        String bewoner = users.account("oosterhaven", "bewoner").subject();
        ContentRef there = users.as("oosterhaven", "redacteur", () -> items.create("Haven", bewoner, "Bo", Visibility.VISIBLE));
        CommentView rude = users.as("oosterhaven", "bewoner", () -> comments.post(there, "Jullie zijn allemaal ..."));
        LocalDate today = LocalDate.now(clock);
        users.run("oosterhaven", "moderator", () -> moderation.hide(rude.ref(), "Schelden"));
        users.run("oosterhaven", "moderator", () -> moderation.block(bewoner, "Herhaald schelden", today.plusDays(1)));
        try {
            assertThatThrownBy(() -> users.as("oosterhaven", "bewoner", () -> comments.post(there, "Hallo")))
                    .isInstanceOf(BlockedException.class)
                    .hasMessageContaining("Herhaald schelden")
                    .hasMessageContaining("tot en met " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                            java.util.Locale.forLanguageTag("nl")).format(today.plusDays(1)) + " niets plaatsen");
            assertThat(users.as("oosterhaven", "bewoner", () -> comments.threadFor(there))).hasSize(1);
            assertThat(users.as("oosterhaven", "bewoner", () -> moderation.decisionsAbout(bewoner)))
                    .extracting(d -> d.action().name()).startsWith("BLOCK", "HIDE");
            // The same resident at another municipality is not blocked.
            assertThat(users.as("voorbeeld", "bewoner", () -> comments.post(item, "Hier wel"))).isNotNull();
        } finally {
            clock.advance(Duration.ofDays(2)); // the block has ended
        }
        assertThat(users.as("oosterhaven", "bewoner", () -> comments.post(there, "Weer welkom"))).isNotNull();
    }

    @Test
    void aHiddenCommentIsGoneForResidentsButNotForModeratorsAndItsAuthorSeesWhy() {
        CommentView comment = users.as("voorbeeld", "bewoner", () -> comments.post(item, "Iets ongepasts"));
        users.run("voorbeeld", "moderator", () -> moderation.hide(comment.ref(), "Persoonlijke aanval"));

        assertThat(users.as("voorbeeld", "redacteur", () -> comments.threadFor(item))).isEmpty();
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> comments.threadFor(item))).as("anonymous").isEmpty();
        CommentView forModerator = users.as("voorbeeld", "moderator", () -> comments.threadFor(item)).getFirst().comment();
        assertThat(forModerator.visibility()).isEqualTo(Visibility.HIDDEN);
        CommentView forAuthor = users.as("voorbeeld", "bewoner", () -> comments.threadFor(item)).getFirst().comment();
        assertThat(forAuthor.visibility()).isEqualTo(Visibility.HIDDEN);
        assertThat(forAuthor.moderationReason()).isEqualTo("Persoonlijke aanval");
        assertThat(users.as("voorbeeld", "bewoner", () -> moderation.reasonShownToAuthor(comment.ref()))).contains("Persoonlijke aanval");
        assertThatThrownBy(() -> users.as("voorbeeld", "redacteur", () -> moderation.reasonShownToAuthor(comment.ref())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("voorbeeld", "redacteur", () -> comments.support(comment.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> comments.count(item))).isZero();

        users.run("voorbeeld", "moderator", () -> moderation.restore(comment.ref(), "Na bezwaar toch toegestaan"));
        assertThat(users.as("voorbeeld", "redacteur", () -> comments.threadFor(item))).hasSize(1);
        assertThat(users.as("voorbeeld", "moderator", () -> moderation.history(comment.ref())))
                .extracting(a -> a.action().name() + ":" + a.reason() + ":" + a.moderatorName() + ":" + a.aboutName())
                .containsExactly("RESTORE:Na bezwaar toch toegestaan:Mo Moderator:Bo Bewoner",
                        "HIDE:Persoonlijke aanval:Mo Moderator:Bo Bewoner");
    }

    @Test
    void preModerationHoldsAResidentsCommentUntilApproved() {
        users.run("voorbeeld", "moderator", () -> policies.setCommentsPremoderated(FixtureItems.MODULE, true));
        try {
            CommentView held = users.as("voorbeeld", "bewoner", () -> comments.post(item, "Graag meer bankjes"));
            assertThat(held.visibility()).isEqualTo(Visibility.PENDING);
            assertThat(users.as("voorbeeld", "redacteur", () -> comments.threadFor(item))).isEmpty();
            assertThat(users.as("voorbeeld", "bewoner", () -> comments.threadFor(item)).getFirst().comment().visibility())
                    .isEqualTo(Visibility.PENDING);
            assertThat(users.as("voorbeeld", "moderator", () -> moderation.queue()).pending())
                    .anyMatch(pending -> pending.ref().equals(held.ref()) && pending.excerpt().equals("Graag meer bankjes")
                            && pending.link().equals("/proef/" + item.itemId() + "#reactie-" + held.id()));
            // Staff speak for the municipality and are not held.
            assertThat(users.as("voorbeeld", "redacteur", () -> comments.post(item, "Wij kijken ernaar")).visibility())
                    .isEqualTo(Visibility.VISIBLE);

            users.run("voorbeeld", "moderator", () -> moderation.approve(held.ref()));
            assertThat(users.as("voorbeeld", "redacteur", () -> comments.threadFor(item)))
                    .extracting(t -> t.comment().text()).containsExactly("Graag meer bankjes", "Wij kijken ernaar");
            assertThat(users.as("voorbeeld", "moderator", () -> moderation.queue()).pending())
                    .noneMatch(pending -> pending.ref().equals(held.ref()));
        } finally {
            users.run("voorbeeld", "moderator", () -> policies.setCommentsPremoderated(FixtureItems.MODULE, false));
        }
    }

    @Test
    void aReportAppearsInTheQueueOncePerResident() {
        CommentView comment = users.as("voorbeeld", "redacteur", () -> comments.post(item, "Koop nu goedkoop!"));
        users.run("voorbeeld", "bewoner", () -> comments.report(comment.id(), "Dit is reclame"));
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> comments.report(comment.id(), "Nog eens")))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("al gemeld");
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> comments.report(comment.id(), "")))
                .hasMessage("Vul de reden in.");

        List<OpenReport> reports = users.as("voorbeeld", "moderator", () -> moderation.queue()).reports().stream()
                .filter(r -> r.item().ref().equals(comment.ref())).toList();
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.reason()).isEqualTo("Dit is reclame");
            assertThat(report.reporterName()).isEqualTo("Bo Bewoner");
            assertThat(report.item().authorName()).isEqualTo("Roos Redacteur");
        });
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> moderation.queue()))
                .isInstanceOf(AuthorizationDeniedException.class);

        users.run("voorbeeld", "moderator", () -> moderation.hide(comment.ref(), "Reclame"));
        assertThat(users.as("voorbeeld", "moderator", () -> moderation.queue()).reports())
                .noneMatch(r -> r.item().ref().equals(comment.ref()));
    }

    @Test
    void postingTooFastIsRefusedWithWhenToTryAgain() {
        for (int i = 1; i <= 10; i++) {
            String text = "Bericht " + i;
            users.as("voorbeeld", "bewoner", () -> comments.post(item, text));
        }
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.post(item, "Nummer elf")))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageStartingWith("U plaatst te veel berichten kort na elkaar. Probeer het over ")
                .hasMessageEndingWith("seconden opnieuw.");
        assertThat(users.as("voorbeeld", "bewoner", () -> comments.threadFor(item))).hasSize(10);
        // Another resident is not affected, and after a minute the resident may post again.
        assertThat(users.as("voorbeeld", "redacteur", () -> comments.post(item, "Ik wel"))).isNotNull();
        clock.advance(Duration.ofMinutes(1));
        assertThat(users.as("voorbeeld", "bewoner", () -> comments.post(item, "Nummer elf"))).isNotNull();
    }

    @Test
    void tooLongOrEmptyTextIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.post(item, "x".repeat(2001))))
                .hasMessage("Uw reactie mag hoogstens 2000 tekens hebben (nu 2001).");
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.post(item, "   ")))
                .hasMessage("Vul uw reactie in.");
        assertThat(users.as("voorbeeld", "bewoner", () -> comments.threadFor(item))).isEmpty();
    }

    @Test
    void unknownModulesItemsAndHiddenItemsAreNotFound() {
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.post(new ContentRef("bestaat-niet", 1), "Hoi")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.post(new ContentRef(FixtureItems.MODULE, 999_999_999), "Hoi")))
                .isInstanceOf(NotFoundException.class);
        ContentRef hidden = users.as("voorbeeld", "redacteur", () -> items.create("Verborgen", "iemand", "Iemand", Visibility.HIDDEN));
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.post(hidden, "Hoi")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.threadFor(hidden)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherMunicipalitysCommentsDoNotExistHere() {
        String bewoner = users.account("oosterhaven", "bewoner").subject();
        ContentRef there = users.as("oosterhaven", "bewoner", () -> {
            // Make oosterhaven's comment ids far larger than voorbeeld's, so the same number is free there.
            jdbc.sql("SELECT setval(pg_get_serial_sequence('comment', 'id'), greatest(50000000, (SELECT coalesce(max(id), 0) FROM comment)))")
                    .query(Long.class).single();
            return items.create("Kade", bewoner, "Bo", Visibility.VISIBLE);
        });
        CommentView theirs = users.as("oosterhaven", "bewoner", () -> comments.post(there, "Oosterhavens reactie"));
        assertThat(TenantContext.call(new TenantId("voorbeeld"),
                () -> jdbc.sql("SELECT count(*) FROM comment WHERE id = ?").param(theirs.id()).query(Long.class).single()))
                .isZero();

        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.threadFor(there))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.reply(theirs.id(), "Hoi"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.edit(theirs.id(), "Hoi"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> comments.delete(theirs.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> comments.support(theirs.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> comments.report(theirs.id(), "Weg ermee"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> moderation.hide(theirs.ref(), "Weg ermee"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> moderation.hide(there, "Weg ermee"))).isInstanceOf(NotFoundException.class);

        CommentView still = users.as("oosterhaven", "redacteur", () -> comments.threadFor(there)).getFirst().comment();
        assertThat(still.text()).isEqualTo("Oosterhavens reactie");
        assertThat(still.visibility()).isEqualTo(Visibility.VISIBLE);
        assertThat(still.supports()).isZero();
    }
}
