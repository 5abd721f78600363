package nl.rugzak.platform.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.cases.LabCases;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.knowledge.ui.KnowledgeItemView;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The learning circle: the lab's case pages and knowledge items, read and commented on by the staff of every
 * municipality under their municipality's name; moderation by the lab; bad input stores nothing.
 */
class LearningCircleIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    LabCases cases;
    @Autowired
    Knowledge knowledge;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext application;

    private <T> T asLab(java.util.function.Supplier<T> work) {
        return asUser().withRoles(work, "lab-admin");
    }

    @Test
    void theDemoHasTwoCasesAndAKnowledgeItem() {
        List<LabCases.CaseSummary> all = asLab(cases::all);
        assertThat(all).filteredOn(c -> c.slug().equals("voorbeeld") || c.slug().equals("oosterhaven"))
                .hasSize(2).allSatisfy(c -> assertThat(c.written()).isTrue());
        assertThat(asLab(knowledge::all)).extracting(Knowledge.Summary::title).contains(KnowledgeDemo.TITLE);
    }

    @Test
    void theLabWritesACaseAndBadInputLeavesItAsItWas() {
        asLab(() -> {
            cases.save("oosterhaven", new LabCases.CaseDraft("Hoe bereiken we ouderen?", "- Huisbezoeken\n- Een **peiling** op papier",
                    "Ouderen doen mee als iemand langskomt.", List.of(new LabCases.Link("Project Ouder worden",
                    "https://oosterhaven.example/projecten/3"))));
            return null;
        });
        LabCases.Case saved = asLab(() -> cases.of("oosterhaven")).orElseThrow();
        assertThat(saved.municipality()).isEqualTo("Gemeente Oosterhaven");
        assertThat(saved.approachHtml()).contains("<strong>peiling</strong>").doesNotContain("<script");
        assertThat(saved.links()).containsExactly(new LabCases.Link("Project Ouder worden", "https://oosterhaven.example/projecten/3"));

        // A script link, an empty question: a Dutch message, and the case stays as it was (links too).
        assertThatThrownBy(() -> asLab(() -> {
            cases.save("oosterhaven", new LabCases.CaseDraft("Een andere vraag", "", "",
                    List.of(new LabCases.Link("Klik", "javascript:alert(1)"))));
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessageContaining("Het webadres bij \"Klik\" klopt niet");
        assertThatThrownBy(() -> asLab(() -> {
            cases.save("oosterhaven", new LabCases.CaseDraft("  ", "", "", List.of()));
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessageContaining("Schrijf de vraag van de gemeente op");
        assertThat(asLab(() -> cases.of("oosterhaven")).orElseThrow()).isEqualTo(saved);

        // A municipality's staff cannot read or write the lab's cases, not even their own.
        assertThatThrownBy(() -> TenantContext.call(OOSTERHAVEN, () -> asUser().withRoles(cases::all, "tenant-admin")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.call(OOSTERHAVEN,
                () -> asUser().withRoles(() -> cases.of("voorbeeld"), "tenant-admin")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffCommentUnderTheirMunicipalitysNameAndEveryMunicipalityReadsIt() {
        awaitIdentity();
        long item = asLab(() -> knowledge.write(null, "Leren van elkaar " + UUID.randomUUID(),
                "Een artikel over **samen leren**.", true));
        DemoUsers.Account admin = users.account("voorbeeld", "beheerder");
        users.run("voorbeeld", "beheerder", () -> knowledge.comment(item, "Bij ons werkte dit goed."));

        Knowledge.Item atOosterhaven = users.as("oosterhaven", "beheerder", () -> knowledge.read(item));
        assertThat(atOosterhaven.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.municipality()).isEqualTo("Gemeente Voorbeeldstad");
            assertThat(comment.bodyHtml()).contains("Bij ons werkte dit goed.");
        });
        // Stored: the municipality, never the person.
        String row = jdbc.sql("SELECT row_to_json(c)::text FROM control.knowledge_comment c WHERE item_id = ?")
                .param(item).query(String.class).single();
        assertThat(row).contains("voorbeeld").doesNotContain(admin.email()).doesNotContain(admin.name())
                .doesNotContain(admin.subject());

        // Bad input: a Dutch message, nothing stored.
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> knowledge.comment(item, "   ")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Schrijf eerst uw reactie");
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> knowledge.comment(item, "x".repeat(2001))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("hoogstens 2000 tekens");
        assertThat(jdbc.sql("SELECT count(*) FROM control.knowledge_comment WHERE item_id = ?").param(item)
                .query(Long.class).single()).isEqualTo(1);

        // The lab hides the comment: gone for every municipality, still there for the lab.
        long comment = atOosterhaven.comments().getFirst().id();
        asLab(() -> {
            knowledge.hideComment(comment, true);
            return null;
        });
        assertThat(users.as("voorbeeld", "redacteur", () -> knowledge.read(item)).comments()).isEmpty();
        assertThat(asLab(() -> knowledge.forLab(item)).orElseThrow().comments()).singleElement()
                .satisfies(c -> assertThat(c.hidden()).isTrue());
        // Residents do not read the lab's articles.
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> knowledge.read(item)))
                .isInstanceOf(AccessDeniedException.class);
        // A municipality cannot moderate.
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> knowledge.hideComment(comment, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void draftsAndTheirFilesStayWithTheLab() {
        awaitIdentity();
        long draft = asLab(() -> knowledge.write(null, "Concept " + UUID.randomUUID(), "Nog niet klaar voor iedereen.", false));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        long file = asLab(() -> knowledge.attach(draft, "handreiking.pdf", pdf));
        assertThatThrownBy(() -> asLab(() -> knowledge.attach(draft, "virus.exe", "MZ not a pdf".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Kies een PDF of een afbeelding");
        assertThat(asLab(() -> knowledge.forLab(draft)).orElseThrow().attachments()).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("handreiking.pdf"));

        assertThat(users.as("voorbeeld", "beheerder", knowledge::published)).extracting(Knowledge.Summary::id)
                .doesNotContain(draft);
        assertThatThrownBy(() -> users.as("voorbeeld", "beheerder", () -> knowledge.read(draft)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "beheerder", () -> knowledge.attachment(file))).isEmpty();
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> knowledge.comment(draft, "Mag dit al?")))
                .isInstanceOf(NotFoundException.class);

        // Published, the staff of every municipality read it and download its file.
        asLab(() -> knowledge.write(draft, asLab(() -> knowledge.forLab(draft)).orElseThrow().title(),
                "Nu klaar voor iedereen.", true));
        assertThat(users.as("oosterhaven", "redacteur", () -> knowledge.attachment(file))).hasValueSatisfying(
                a -> assertThat(a.bytes()).isEqualTo(pdf));
        // Bad input by the lab: a Dutch message, nothing changed.
        assertThatThrownBy(() -> asLab(() -> knowledge.write(draft, "", "Lege titel", true)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Geef het artikel een titel");
        assertThat(asLab(() -> knowledge.forLab(draft)).orElseThrow().body()).isEqualTo("Nu klaar voor iedereen.");
    }

    @Test
    void aStaffMemberCommentsOnThePage() {
        awaitIdentity();
        long item = asLab(() -> knowledge.write(null, "Op de pagina " + UUID.randomUUID(), "Reageer hieronder.", true));
        new SiteUi(application).visit("oosterhaven", "beheerder", () -> {
            UI.getCurrent().navigate("beheer/kennis/" + item);
            _get(TextArea.class, spec -> spec.withLabel("Uw reactie")).setValue("Goed idee, dit proberen we ook.");
            _click(_get(Button.class, spec -> spec.withText("Reactie plaatsen")));
            String page = _get(KnowledgeItemView.class).getElement().getOuterHTML();
            assertThat(page).contains("Gemeente Oosterhaven schreef op").contains("Uw reactie is geplaatst.");
        });
        assertThat(asLab(() -> knowledge.forLab(item)).orElseThrow().comments()).singleElement().satisfies(c -> {
            assertThat(c.municipality()).isEqualTo("Gemeente Oosterhaven");
            assertThat(c.bodyHtml()).contains("Goed idee, dit proberen we ook.");
        });
    }
}
