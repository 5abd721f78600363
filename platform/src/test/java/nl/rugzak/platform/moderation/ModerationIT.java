package nl.rugzak.platform.moderation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import nl.rugzak.platform.comments.CommentView;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.moderation.ui.ModerationQueueView;
import nl.rugzak.platform.moderation.ui.ReasonDialog;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.FixtureItems;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Moderation decisions, their record, and the moderators' desk, with real accounts and the real database. */
class ModerationIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Moderation moderation;
    @Autowired
    ModerationPolicies policies;
    @Autowired
    Comments comments;
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
    void anItem() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        item = users.as("oosterhaven", "redacteur", () -> items.create("Havenfeest",
                users.account("oosterhaven", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
    }

    @Test
    void onlyModeratorsAndTenantAdminsModerate() {
        CommentView comment = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Gezellig!"));
        for (String notAModerator : new String[] {"bewoner", "redacteur"}) {
            assertThatThrownBy(() -> users.run("oosterhaven", notAModerator, () -> moderation.hide(comment.ref(), "Weg ermee")))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> users.run("oosterhaven", notAModerator,
                    () -> policies.setCommentsPremoderated(FixtureItems.MODULE, true)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> users.run("oosterhaven", notAModerator,
                    () -> moderation.block(users.account("oosterhaven", "bewoner").subject(), "Zomaar", null)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(users.as("oosterhaven", "bewoner", () -> comments.threadFor(item))).hasSize(1);
        users.run("oosterhaven", "beheerder", () -> moderation.hide(comment.ref(), "Dubbel geplaatst"));
        assertThat(users.as("oosterhaven", "redacteur", () -> comments.threadFor(item))).isEmpty();
    }

    @Test
    void everyDecisionIsRecordedAndTheRecordCannotBeChanged() {
        CommentView comment = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Tekst"));
        users.run("oosterhaven", "moderator", () -> moderation.hide(comment.ref(), "Eerste reden"));
        assertThatThrownBy(() -> users.run("oosterhaven", "moderator", () -> moderation.hide(comment.ref(), "")))
                .isInstanceOf(ContentRejectedException.class).hasMessage("Vul de reden in.");

        assertThatThrownBy(() -> TenantContext.run(new TenantId("oosterhaven"),
                () -> jdbc.sql("UPDATE moderation_action SET reason = 'anders'").update()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> TenantContext.run(new TenantId("oosterhaven"),
                () -> jdbc.sql("DELETE FROM moderation_action").update()))
                .hasMessageContaining("append-only");
        assertThat(users.as("oosterhaven", "moderator", () -> moderation.history(comment.ref())))
                .singleElement().satisfies(action -> {
                    assertThat(action.action()).isEqualTo(ModerationActionKind.HIDE);
                    assertThat(action.reason()).isEqualTo("Eerste reden");
                    assertThat(action.moderatorName()).isEqualTo("Mo Moderator");
                    assertThat(action.aboutName()).isEqualTo("Bo Bewoner");
                    assertThat(action.at()).isNotNull();
                });
        // The resident can see decisions about them; another resident cannot.
        String bewoner = users.account("oosterhaven", "bewoner").subject();
        assertThat(users.as("oosterhaven", "bewoner", () -> moderation.decisionsAbout(bewoner)))
                .anyMatch(d -> d.reason().equals("Eerste reden"));
        assertThatThrownBy(() -> users.as("oosterhaven", "redacteur", () -> moderation.decisionsAbout(bewoner)))
                .isInstanceOf(nl.rugzak.platform.content.NotFoundException.class);
    }

    @Test
    void blocksNeedAReasonAFutureEndAndCanBeLifted() {
        String bewoner = users.account("oosterhaven", "bewoner").subject();
        users.as("oosterhaven", "bewoner", () -> comments.post(item, "Hallo"));
        assertThatThrownBy(() -> users.run("oosterhaven", "moderator",
                () -> moderation.block(bewoner, "Schelden", LocalDate.now(clock).minusDays(1))))
                .hasMessage("Kies een einddatum vanaf vandaag, of geen einddatum.");
        assertThatThrownBy(() -> users.run("oosterhaven", "moderator", () -> moderation.block("onbekend", "Schelden", null)))
                .isInstanceOf(nl.rugzak.platform.content.NotFoundException.class);

        users.run("oosterhaven", "moderator", () -> moderation.block(bewoner, "Schelden", null));
        try {
            assertThatThrownBy(() -> users.as("oosterhaven", "bewoner", () -> comments.post(item, "Hallo")))
                    .isInstanceOf(BlockedException.class)
                    .hasMessage("U kunt op deze site niets meer plaatsen. Reden: Schelden");
            assertThat(users.as("oosterhaven", "moderator", () -> moderation.activeBlocks()))
                    .anyMatch(b -> b.residentSubject().equals(bewoner) && b.until() == null);
        } finally {
            users.run("oosterhaven", "moderator", () -> moderation.unblock(bewoner, "Excuses aangeboden"));
        }

        assertThat(users.as("oosterhaven", "bewoner", () -> comments.post(item, "Sorry"))).isNotNull();
        assertThat(users.as("oosterhaven", "bewoner", () -> moderation.decisionsAbout(bewoner)))
                .extracting(d -> d.action().name()).startsWith("UNBLOCK", "BLOCK");
    }

    @Test
    void pendingItemsOfModulesAreApprovedAndHiddenOnes() {
        ContentRef pending = users.as("oosterhaven", "bewoner", () -> items.create("Nieuw initiatief",
                users.account("oosterhaven", "bewoner").subject(), "Bo Bewoner", Visibility.PENDING));
        assertThat(users.as("oosterhaven", "moderator", () -> moderation.queue()).pending())
                .anyMatch(i -> i.ref().equals(pending));
        users.run("oosterhaven", "moderator", () -> moderation.approve(pending));
        assertThat(TenantContext.call(new TenantId("oosterhaven"), () -> items.find(pending.itemId())).orElseThrow()
                .visibility()).isEqualTo(Visibility.VISIBLE);
        // Items of the fixture module exist only at the municipality where they were made.
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> moderation.approve(pending)))
                .isInstanceOf(nl.rugzak.platform.content.NotFoundException.class);
    }

    @Test
    void anEnglishModeratorReadsTheDeskAndItsRefusalsInEnglish() {
        CommentView reported = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Lawaai in de haven"));
        users.run("oosterhaven", "redacteur", () -> comments.report(reported.id(), "Te luid"));
        users.run("oosterhaven", "moderator", () -> {
            BrowserlessUi.open(context, security.getContext().getAuthentication());
            try {
                UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
                UI.getCurrent().navigate("beheer/moderatie");
                ModerationQueueView view = _get(ModerationQueueView.class);
                String text = view.getElement().getTextRecursively();
                assertThat(text).contains("Moderation", "Comment on \u2068Havenfeest\u2069", "Reported by \u2068Roos Redacteur\u2069",
                        "Reason: \u2068Te luid\u2069", "Settings per section").doesNotContain("Gemeld door")
                        .doesNotContainPattern("![a-z][a-z0-9.-]+!");
                assertThat(_find(view, Checkbox.class, spec -> spec.withLabel("Pre-moderate new comments"))).isNotEmpty();
                assertThat(view.getPageTitle()).isEqualTo("Moderation");
                Button hide = _get(view, Button.class, spec -> spec.withText("Hide")
                        .withPredicate(b -> b.getParent().flatMap(p -> p.getParent())
                                .map(card -> card.getElement().getTextRecursively().contains("Te luid")).orElse(false)));
                _click(hide);
                ReasonDialog dialog = _get(ReasonDialog.class);
                _click(dialog.confirm);
                assertThat(dialog.reason.getErrorMessage()).isEqualTo("Please give the reason.");
                dialog.close();
            } finally {
                BrowserlessUi.close();
            }
        });
    }

    @Test
    void theModeratorsDeskApprovesHidesAndSetsPolicies() {
        users.run("oosterhaven", "moderator", () -> policies.setCommentsPremoderated(FixtureItems.MODULE, true));
        CommentView held = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Wacht op mij"));
        users.run("oosterhaven", "moderator", () -> policies.setCommentsPremoderated(FixtureItems.MODULE, false));
        CommentView reported = users.as("oosterhaven", "bewoner", () -> comments.post(item, "Gemeld bericht"));
        users.run("oosterhaven", "redacteur", () -> comments.report(reported.id(), "Niet netjes"));

        users.run("oosterhaven", "moderator", () -> {
            BrowserlessUi.open(context, security.getContext().getAuthentication());
            try {
                UI.getCurrent().navigate("beheer/moderatie");
                ModerationQueueView view = _get(ModerationQueueView.class);
                String text = view.getElement().getTextRecursively();
                assertThat(text).contains("Wacht op mij", "Gemeld bericht", "Niet netjes",
                        // Typed names and reasons sit isolated in the sentence (issue #24 item 8): they cannot reorder it.
                        "Gemeld door \u2068Roos Redacteur\u2069", "Reden: \u2068Niet netjes\u2069");

                Button approve = _get(view, Button.class, spec -> spec.withText("Goedkeuren")
                        .withPredicate(b -> b.getParent().flatMap(p -> p.getParent())
                                .map(card -> card.getElement().getTextRecursively().contains("Wacht op mij")).orElse(false)));
                _click(approve);
                assertThat(view.message()).isEqualTo("Goedgekeurd: iedereen ziet het nu.");

                Button hide = _get(view, Button.class, spec -> spec.withText("Verbergen")
                        .withPredicate(b -> b.getParent().flatMap(p -> p.getParent())
                                .map(card -> card.getElement().getTextRecursively().contains("Niet netjes")).orElse(false)));
                _click(hide);
                ReasonDialog dialog = _get(ReasonDialog.class);
                _click(dialog.confirm);
                assertThat(dialog.reason.getErrorMessage()).isEqualTo("Vul de reden in.");
                _setValue(dialog.reason, "Niet netjes, verborgen");
                _click(dialog.confirm);
                assertThat(view.message()).isEqualTo("Verborgen. De schrijver ziet uw reden.");
                assertThat(view.getElement().getTextRecursively()).contains("Onlangs verborgen").contains("Gemeld bericht");

                Checkbox premoderate = _get(view, Checkbox.class, spec -> spec.withLabel("Nieuwe reacties vooraf modereren")
                        .withPredicate(c -> c.getParent().map(p -> p.getId().orElse("").equals("beleid-" + FixtureItems.MODULE)).orElse(false)));
                _setValue(premoderate, true);
                assertThat(policies.commentsPremoderated(FixtureItems.MODULE)).isTrue();
                _setValue(_get(view, Checkbox.class, spec -> spec.withLabel("Nieuwe reacties vooraf modereren")
                        .withPredicate(c -> c.getParent().map(p -> p.getId().orElse("").equals("beleid-" + FixtureItems.MODULE)).orElse(false))), false);
                assertThat(policies.commentsPremoderated(FixtureItems.MODULE)).isFalse();
            } finally {
                BrowserlessUi.close();
            }
        });
        assertThat(users.as("oosterhaven", "redacteur", () -> comments.threadFor(item)))
                .extracting(t -> t.comment().text()).containsExactly("Wacht op mij");
        CommentView forAuthor = users.as("oosterhaven", "bewoner", () -> comments.threadFor(item)).get(1).comment();
        assertThat(forAuthor.moderationReason()).isEqualTo("Niet netjes, verborgen");
    }
}
