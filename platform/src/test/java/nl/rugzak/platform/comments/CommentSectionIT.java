package nl.rugzak.platform.comments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.comments.ui.CommentSection;
import nl.rugzak.platform.comments.ui.CommentSections;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.moderation.ui.ReportDialog;
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
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The comment section as residents and staff use it in the browser (browserless, karibu), with real accounts. */
class CommentSectionIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    CommentSections sections;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    DemoUsers users;
    @Autowired
    FixtureItems items;
    @Autowired
    MovableClock clock;

    private ContentRef item;

    @BeforeEach
    void anItem() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        item = users.as("voorbeeld", "redacteur", () -> items.create("Bankjes in het park",
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
    }

    /** Opens the item's comment section in a browserless UI as the given account (null: not logged in). */
    private CommentSection open(String slug, String username, String displayName, Runnable test) {
        CommentSection[] section = new CommentSection[1];
        Runnable work = () -> {
            BrowserlessUi.open(context, security.getContext().getAuthentication());
            try {
                section[0] = sections.create(item);
                UI.getCurrent().add(section[0]);
                test.run();
            } finally {
                BrowserlessUi.close();
            }
        };
        if (username == null) {
            TenantContext.run(new TenantId(slug), work);
        } else {
            users.asNamed(slug, username, displayName, () -> {
                work.run();
                return null;
            });
        }
        return section[0];
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void residentAndEditorConverseSupportAndReport() {
        open("voorbeeld", "bewoner", null, () -> {
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw reactie")), "Kunnen er **meer** bankjes komen?");
            _click(button("Plaatsen"));
            CommentSection section = _get(CommentSection.class);
            assertThat(section.message()).isEqualTo("Uw reactie is geplaatst.");
            assertThat(section.getElement().getOuterHTML()).contains("<strong>meer</strong>");
            assertThat(_find(Button.class, spec -> spec.withText("Steunen (0)"))).as("not one's own").isEmpty();
            assertThat(button("Bewerken")).isNotNull();
        });
        open("voorbeeld", "redacteur", null, () -> {
            _click(button("Reageren"));
            // The name sits isolated (FSI … PDI) in the label, so a right-to-left name cannot turn the sentence around.
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw antwoord aan \u2068Bo Bewoner\u2069")), "Ja, in het voorjaar.");
            _click(button("Antwoord plaatsen"));
            String text = BrowserlessUi.text(_get(CommentSection.class));
            assertThat(text).contains("Ja, in het voorjaar.", "namens de gemeente", "2 reacties");

            _click(button("Steunen (0)"));
            assertThat(button("Gesteund (1)").isEnabled()).isFalse();

            _click(button("Melden"));
            ReportDialog dialog = _get(ReportDialog.class);
            _setValue(dialog.reason, "Klopt niet");
            _click(dialog.send);
            assertThat(dialog.isOpened()).isFalse();
        });
        assertThat(users.as("voorbeeld", "moderator", () -> moderation.queue()).reports())
                .anyMatch(r -> r.reason().equals("Klopt niet") && r.item().authorName().equals("Bo Bewoner"));
    }

    @Test
    void theAuthorEditsWithinTheWindowAndTheCommentShowsAsEdited() {
        open("voorbeeld", "bewoner", null, () -> {
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw reactie")), "Eerst zo");
            _click(button("Plaatsen"));
            _click(button("Bewerken"));
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Reactie bewerken")), "Toch anders");
            _click(button("Opslaan"));
            CommentSection section = _get(CommentSection.class);
            assertThat(section.message()).isEqualTo("Uw reactie is bewerkt.");
            assertThat(BrowserlessUi.text(section)).contains("Toch anders", "bewerkt").doesNotContain("Eerst zo");
        });
    }

    @Test
    void refusalsAreShownInPlainDutch() {
        open("voorbeeld", "bewoner", null, () -> {
            TextArea text = _get(TextArea.class, spec -> spec.withLabel("Uw reactie"));
            _setValue(text, "x".repeat(2001));
            _click(button("Plaatsen"));
            assertThat(_get(CommentSection.class).message()).isEqualTo("Uw reactie mag hoogstens 2000 tekens hebben (nu 2001).");
            for (int i = 0; i < 10; i++) {
                _setValue(text, "Bericht " + i);
                _click(button("Plaatsen"));
            }
            _setValue(text, "Nog eentje");
            _click(button("Plaatsen"));
            assertThat(_get(CommentSection.class).message()).startsWith("U plaatst te veel berichten kort na elkaar. Probeer het");
            assertThat(text.getValue()).as("the text is kept for later").isEqualTo("Nog eentje");
        });
        String bewoner = users.account("voorbeeld", "bewoner").subject();
        users.run("voorbeeld", "moderator", () -> moderation.block(bewoner, "Te veel berichten", java.time.LocalDate.now(clock)));
        clock.advance(Duration.ofMinutes(2));
        open("voorbeeld", "bewoner", null, () -> {
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw reactie")), "Mag het weer?");
            _click(button("Plaatsen"));
            assertThat(_get(CommentSection.class).message()).contains("niets plaatsen", "Reden: Te veel berichten");
        });
        clock.advance(Duration.ofDays(1)); // the block ends after today
    }

    @Test
    void anEnglishVisitorReadsTheConversationAndRefusalsInEnglish() {
        users.as("voorbeeld", "redacteur", () -> comments.post(item, "Mooi plan"));
        users.asNamed("voorbeeld", "bewoner", null, () -> {
            BrowserlessUi.open(context, security.getContext().getAuthentication());
            try {
                UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
                CommentSection section = sections.create(item);
                UI.getCurrent().add(section);
                _setValue(_get(TextArea.class, spec -> spec.withLabel("Your comment")), "x".repeat(2001));
                _click(button("Post"));
                assertThat(section.message()).isEqualTo("Your comment can be at most 2000 characters long (it is now 2001).");
                assertThat(button("Support (0)")).isNotNull();
                assertThat(BrowserlessUi.text(section)).contains("1 comment", "Mooi plan", "on behalf of the municipality")
                        .doesNotContain("reactie").doesNotContainPattern("![a-z][a-z0-9.-]+!");
            } finally {
                BrowserlessUi.close();
            }
            return null;
        });
    }

    @Test
    void visitorsWhoAreNotLoggedInReadButAreAskedToLogIn() {
        users.as("voorbeeld", "bewoner", () -> comments.post(item, "Zichtbaar voor iedereen"));
        open("voorbeeld", null, null, () -> {
            String text = BrowserlessUi.text(_get(CommentSection.class));
            assertThat(text).contains("Zichtbaar voor iedereen", "Log in om te reageren", "0 steunbetuigingen");
            assertThat(_find(Button.class)).isEmpty();
        });
    }

    @Test
    void scriptInTextAndInDisplayNameComesOutAsText() {
        String hostileName = "<img src=x onerror=alert('naam')><script>alert('naam')</script>";
        String hostileText = "<script>alert('tekst')</script> <iframe src=\"https://evil.example\"></iframe> "
                + "[klik](javascript:alert('link')) <b onmouseover=alert(1)>vet</b> ![x](https://tracker.example/p.gif)";
        open("voorbeeld", "bewoner", hostileName, () -> {
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw reactie")), hostileText);
            _click(button("Plaatsen"));
        });
        open("voorbeeld", "moderator", null, () -> {
            CommentSection section = _get(CommentSection.class);
            String text = BrowserlessUi.assertNoScriptCanRun(section);
            assertThat(text).contains(hostileName, "<script>alert('tekst')</script>");
            _click(button("Melden"));
            ReportDialog dialog = _get(ReportDialog.class);
            _setValue(dialog.reason, "<script>alert('reden')</script>");
            _click(dialog.send);

            UI.getCurrent().navigate("beheer/moderatie");
            var queue = _get(nl.rugzak.platform.moderation.ui.ModerationQueueView.class);
            String queueText = BrowserlessUi.assertNoScriptCanRun(queue);
            assertThat(queueText).contains(hostileName, "<script>alert('reden')</script>", "<script>alert('tekst')</script>");
        });
    }
}
