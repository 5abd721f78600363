package nl.rugzak.platform.participation.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.notifications.NotificationList;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Consultations through their services and the report's URLs, as real users of the demo municipalities. */
class ConsultationsIT extends IntegrationTest {

    static final String PARAGRAPH = "Elk kind heeft binnen 300 meter een speelplek.";

    @Autowired
    NotificationList notificationList;
    @Autowired
    MovableClock clock;
    @Autowired
    Consultations consultations;
    @Autowired
    Reactions reactions;
    @Autowired
    Processing processing;
    @Autowired
    ResponseReports reports;
    @Autowired
    PolicyTopics topics;
    @Autowired
    ReactionModeration reactionModeration;
    @Autowired
    ConsultationsPersonalData personalData;
    @Autowired
    ConsultationPageDescriber describer;
    @Autowired
    ResidentProfiles profiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1)); // fresh posting allowances
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "inspreker");
            users.ensureResident(realm, "buurvrouw");
        }
    }

    long topic(String realm) {
        return users.as(realm, "redacteur", () -> topics.create(new TopicDraft("Spelen " + System.nanoTime(),
                "Ruimte om te spelen.", "", "", TopicStatus.EXPLORING, null, null)).id());
    }

    ConsultationDraft draft(long topic, ConsultationKind kind, Instant opens, Instant closes) {
        return new ConsultationDraft(topic, "Speelruimtebeleid " + System.nanoTime(), "Lees mee en reageer.", kind,
                opens, closes, "Team Spelen", "spelen@voorbeeldstad.example");
    }

    /** An open consultation with the Word fixture as its first version. */
    long openConsultation(String realm, ConsultationKind kind) {
        long topic = topic(realm);
        return users.as(realm, "redacteur", () -> {
            long id = consultations.create(draft(topic, kind, clock.instant().minus(Duration.ofHours(1)),
                    clock.instant().plus(Duration.ofDays(10))));
            DocumentVersion version = consultations.uploadDocument(id, "beleid.docx",
                    new ByteArrayInputStream(DocxFixtures.policy()));
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.imagesLeftOut()).isEqualTo(1);
            assertThat(version.commentsLeftOut()).isEqualTo(1);
            consultations.publish(id);
            return id;
        });
    }

    String anchorOf(String realm, long id, String text) {
        return users.as(realm, "bewoner", () -> consultations.currentVersion(id).orElseThrow().blocks().stream()
                .filter(b -> b.body().equals(text)).findFirst().orElseThrow().anchor());
    }

    @Test
    void editorPublishesResidentReactsEditorAnswersAndPublishesTheReport() throws Exception {
        long id = openConsultation("voorbeeld", ConsultationKind.OPEN);
        String anchor = anchorOf("voorbeeld", id, PARAGRAPH);
        String name = users.account("voorbeeld", "inspreker").name();

        long reaction = users.as("voorbeeld", "inspreker", () -> reactions.react(id, ReactionDraft.open(anchor,
                "Ik ben " + name + " en 300 meter is te ver voor kleuters.",
                "Elk kind heeft binnen 200 meter een speelplek.")));
        users.run("voorbeeld", "inspreker", () -> reactions.react(id, ReactionDraft.open(null,
                "Goed plan in het algemeen.", null)));

        List<Reaction> seen = users.as("voorbeeld", "buurvrouw", () -> reactions.visible(id));
        assertThat(seen).extracting(Reaction::authorName).containsOnly(name);
        assertThat(seen.getFirst().anchor()).isEqualTo(anchor);
        assertThat(seen.getFirst().proposedText()).isEqualTo("Elk kind heeft binnen 200 meter een speelplek.");
        assertThat(TrackedChange.between(PARAGRAPH, seen.getFirst().proposedText()))
                .contains(new TrackedChange.Part(TrackedChange.Change.DELETED, "300 "),
                        new TrackedChange.Part(TrackedChange.Change.INSERTED, "200 "));

        // Only the author edits; others are refused.
        assertThatThrownBy(() -> users.run("voorbeeld", "buurvrouw", () -> reactions.edit(reaction,
                ReactionDraft.open(anchor, "Overgenomen!", null)))).isInstanceOf(AccessDeniedException.class);
        users.run("voorbeeld", "inspreker", () -> reactions.edit(reaction, ReactionDraft.open(anchor,
                "Ik ben " + name + " en 300 meter is echt te ver voor kleuters.", "Elk kind heeft binnen 200 meter een speelplek.")));

        // Closing: no more reactions or edits.
        clock.advance(Duration.ofDays(11));
        assertThat(users.as("voorbeeld", "bewoner", () -> consultations.view(id)).phase()).isEqualTo(ConsultationPhase.PROCESSING);
        assertThatThrownBy(() -> users.run("voorbeeld", "buurvrouw", () -> reactions.react(id,
                ReactionDraft.open(null, "Te laat, maar toch.", null))))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.problems().get("form"))
                        .isEqualTo("De inspraak is gesloten. U kunt niet meer reageren of uw reactie wijzigen."));
        assertThatThrownBy(() -> users.run("voorbeeld", "inspreker", () -> reactions.edit(reaction,
                ReactionDraft.open(anchor, "Nog een wijziging.", null)))).isInstanceOf(InvalidConsultationException.class);

        // A new version: the changed paragraph gets a new anchor and remembers the old one.
        String newText = "Elk kind heeft binnen 200 meter een speelplek.";
        DocumentVersion second = users.as("voorbeeld", "redacteur", () -> consultations.saveDocument(id,
                consultations.currentVersion(id).orElseThrow().source().replace(PARAGRAPH, newText)));
        Block changed = second.blocks().stream().filter(b -> b.body().equals(newText)).findFirst().orElseThrow();
        assertThat(changed.replaces()).isEqualTo(anchor);
        assertThat(second.blocks()).filteredOn(b -> b.body().equals("Kinderen spelen het liefst dicht bij huis."))
                .singleElement().satisfies(b -> assertThat(b.anchor()).isEqualTo(anchorOf("voorbeeld", id,
                        "Kinderen spelen het liefst dicht bij huis.")));
        assertThat(users.as("voorbeeld", "bewoner", () -> consultations.changes(id, 1, 2)))
                .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(BlockChange.Kind.CHANGED));

        // Staff group, answer and publish.
        String themeAnswer = "We passen de afstand aan naar 200 meter, zoals voorgesteld.";
        String ownAnswer = "Dank voor uw steun voor het plan als geheel.";
        users.run("voorbeeld", "redacteur", () -> {
            long theme = processing.createTheme(id, "Afstand tot speelplekken");
            processing.assignTheme(reaction, theme);
            processing.answerTheme(theme, themeAnswer, Outcome.CHANGED, changed.anchor());
            long other = processing.reactions(id).stream().filter(r -> r.id() != reaction).findFirst().orElseThrow().id();
            assertThatThrownBy(() -> reports.publish(id)).isInstanceOf(InvalidConsultationException.class);
            processing.answerReaction(other, ownAnswer, Outcome.UNCHANGED, null);
            reports.saveSummary(id, "Twee reacties. Eén leidde tot een aanpassing.");
            reports.publish(id);
        });
        assertThat(users.as("voorbeeld", "bewoner", () -> consultations.view(id)).phase())
                .isEqualTo(ConsultationPhase.REPORT_PUBLISHED);
        assertThat(users.as("voorbeeld", "inspreker", () -> reactions.reactedOn())).extracting(Consultation::id).contains(id);
        // Who reacted hears of the report; a neighbour who did not react does not.
        assertThat(users.as("voorbeeld", "inspreker", () -> notificationList.mine(Locale.forLanguageTag("nl"))))
                .filteredOn(n -> n.link().endsWith("/inspraak/" + id)).hasSize(1);
        assertThat(users.as("voorbeeld", "buurvrouw", () -> notificationList.mine(Locale.forLanguageTag("nl"))))
                .noneMatch(n -> n.link().endsWith("/inspraak/" + id));

        // The PDF: answers in, the private name out, tagged, in Dutch.
        byte[] pdf = users.as("voorbeeld", "bewoner", () -> reports.published(id, ResponseReports.Format.PDF)).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(themeAnswer).contains(ownAnswer).contains("Reactie 1").contains("[naam]")
                    .contains("Leidt tot aanpassing").doesNotContain(name).doesNotContain("Indiener");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        byte[] docx = users.as("voorbeeld", "bewoner", () -> reports.published(id, ResponseReports.Format.DOCX)).orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(themeAnswer).contains(ownAnswer).doesNotContain(name);
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
        }

        // Served on the tenant's host after publication, not on another tenant's.
        HttpResponse<String> served = new HttpSite(port, "voorbeeld.localhost").get("/inspraak/" + id + "/reactienota.pdf");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new HttpSite(port, "voorbeeld.localhost").get("/inspraak/" + id + "/reactienota.docx").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theReportIsNotServedBeforePublication() {
        long id = openConsultation("voorbeeld", ConsultationKind.OPEN);

        assertThat(new HttpSite(port, "voorbeeld.localhost").get("/inspraak/" + id + "/reactienota.pdf").statusCode())
                .isEqualTo(404);
        assertThat(users.as("voorbeeld", "bewoner", () -> reports.published(id, ResponseReports.Format.PDF))).isEmpty();
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> reports.publish(id)))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems().get("form")).contains("nog open"));
    }

    @Test
    void formalViewsAreSeenOnlyByTheirAuthorAndStaffThroughEveryPath() throws Exception {
        long id = openConsultation("voorbeeld", ConsultationKind.FORMAL);
        String anchor = anchorOf("voorbeeld", id, PARAGRAPH);

        assertThatThrownBy(() -> users.run("voorbeeld", "inspreker", () -> reactions.react(id,
                ReactionDraft.open(anchor, "Zonder naam en adres.", null))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems()).containsKeys("fullName", "address"));
        long view = users.as("voorbeeld", "inspreker", () -> reactions.react(id, new ReactionDraft(anchor,
                "Mijn zienswijze: Jozefien Geheimhouder vindt 300 meter te ver.", null, "Jozefien Geheimhouder",
                "Verborgenstraat 7, Voorbeeldstad")));

        // Page: the author sees it, another resident and an anonymous visitor do not.
        assertThat(users.as("voorbeeld", "inspreker", () -> reactions.visible(id))).extracting(Reaction::id).containsExactly(view);
        assertThat(users.as("voorbeeld", "inspreker", () -> reactions.visible(id)).getFirst().authorName()).isNull();
        assertThat(users.as("voorbeeld", "buurvrouw", () -> reactions.visible(id))).isEmpty();
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> reactions.visible(id))).isEmpty();
        // Supporting a formal view: it does not exist for others.
        assertThatThrownBy(() -> users.run("voorbeeld", "buurvrouw", () -> reactions.support(view)))
                .isInstanceOf(NotFoundException.class);
        // Moderation and link previews never show it.
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> reactionModeration.find(view))).isEmpty();
        String meta = TenantContext.call(new TenantId("voorbeeld"), () -> describer.describe("/inspraak/" + id)).toString();
        assertThat(meta).doesNotContain("Geheimhouder").doesNotContain("Verborgenstraat");
        // Another resident's data export holds nothing of it.
        long neighbour = TenantContext.call(new TenantId("voorbeeld"),
                () -> profiles.find(users.account("voorbeeld", "buurvrouw").subject()).orElseThrow().id());
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(neighbour)).toString())
                .doesNotContain("Geheimhouder");
        // The consultation's page over HTTP carries neither name nor address.
        String page = new HttpSite(port, "voorbeeld.localhost").get("/inspraak/" + id).body();
        assertThat(page).doesNotContain("Geheimhouder").doesNotContain("Verborgenstraat");

        // Staff see name and address.
        assertThat(users.as("voorbeeld", "redacteur", () -> processing.reactions(id))).singleElement()
                .satisfies(r -> {
                    assertThat(r.fullName()).isEqualTo("Jozefien Geheimhouder");
                    assertThat(r.address()).isEqualTo("Verborgenstraat 7, Voorbeeldstad");
                });
        // The published report names nobody.
        clock.advance(Duration.ofDays(11));
        users.run("voorbeeld", "redacteur", () -> {
            processing.answerReaction(view, "De afstand blijft 300 meter.", Outcome.UNCHANGED, null);
            reports.publish(id);
        });
        byte[] pdf = users.as("voorbeeld", "buurvrouw", () -> reports.published(id, ResponseReports.Format.PDF)).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("De afstand blijft 300 meter.")
                    .doesNotContain("Geheimhouder").doesNotContain("Jozefien").doesNotContain("Verborgenstraat");
        }
    }

    @Test
    void anOpenDocumentTextIsTakenOverLikeAWordFileAndABadOneChangesNothing() {
        long topic = topic("voorbeeld");
        long id = users.as("voorbeeld", "redacteur", () -> consultations.create(draft(topic, ConsultationKind.OPEN,
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(20)))));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> consultations.uploadDocument(id, "beleid.odt",
                new ByteArrayInputStream(OdtFixtures.withMacros()))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems().get("file")).contains("macro's"));
        assertThat(jdbcCount("voorbeeld", "SELECT count(*) FROM consultation_version WHERE consultation_id = ?", id)).isZero();

        DocumentVersion version = users.as("voorbeeld", "redacteur", () -> consultations.uploadDocument(id,
                "Beleid.ODT", new ByteArrayInputStream(OdtFixtures.policy())));
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.imagesLeftOut()).isEqualTo(1);
        assertThat(version.commentsLeftOut()).isEqualTo(1);
        assertThat(version.blocks()).extracting(b -> b.body()).contains("Speelruimtebeleid 2027", "Meer informatie");
        assertThat(jdbcCount("voorbeeld", "SELECT count(*) FROM consultation_version WHERE consultation_id = ? AND origin = 'ODT'",
                id)).isEqualTo(1);
    }

    @Test
    void badUploadsAreRefusedWithAClearMessageAndNothingIsStored() {
        long topic = topic("voorbeeld");
        long id = users.as("voorbeeld", "redacteur", () -> consultations.create(draft(topic, ConsultationKind.OPEN,
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(20)))));
        Map<String, byte[]> bad = Map.of(
                "Dit bestand is beveiligd met een wachtwoord", DocxFixtures.encrypted(),
                "macro's", DocxFixtures.withMacros(),
                "externe koppelingen", DocxFixtures.withExternalTemplate(),
                "niet lezen", DocxFixtures.truncated(),
                "geen tekst", DocxFixtures.empty());
        bad.forEach((message, bytes) -> assertThatThrownBy(() -> users.run("voorbeeld", "redacteur",
                () -> consultations.uploadDocument(id, "beleid.docx", new ByteArrayInputStream(bytes))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems().get("file")).contains(message)));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> consultations.uploadDocument(id, "beleid.docx",
                new UploadLimitTest.CountingZeros(200L * 1024 * 1024))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems().get("file")).contains("te groot"));
        assertThat(jdbcCount("voorbeeld", "SELECT count(*) FROM consultation_version WHERE consultation_id = ?", id)).isZero();
        // Publishing without a document is refused too.
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> consultations.publish(id)))
                .isInstanceOf(InvalidConsultationException.class);
        // Before opening, nobody reacts.
        users.run("voorbeeld", "redacteur", () -> {
            consultations.saveDocument(id, "# Doel\n\nSpelen dicht bij huis.");
            consultations.publish(id);
        });
        assertThat(users.as("voorbeeld", "bewoner", () -> consultations.view(id)).phase()).isEqualTo(ConsultationPhase.ANNOUNCED);
        assertThatThrownBy(() -> users.run("voorbeeld", "inspreker", () -> reactions.react(id,
                ReactionDraft.open(null, "Al zo vroeg?", null))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems().get("form")).contains("nog niet begonnen"));
    }

    @Test
    void closingBeforeOpeningAndOtherBadFieldsAreRefusedPerField() {
        long topic = topic("voorbeeld");
        Instant now = clock.instant();
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> consultations.create(new ConsultationDraft(
                topic, "Kort", "", ConsultationKind.OPEN, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(1)),
                "", "geen-adres"))))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.problems())
                        .containsEntry("closesAt", "De inspraak moet sluiten na het begin. Kies een later moment.")
                        .containsKeys("title", "introduction", "contactName", "contactEmail"));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> consultations.create(draft(
                987_654_321L, ConsultationKind.OPEN, now, now.plus(Duration.ofDays(1))))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems()).containsKey("topic"));
        long id = openConsultation("voorbeeld", ConsultationKind.OPEN);
        assertThatThrownBy(() -> users.run("voorbeeld", "inspreker", () -> reactions.react(id,
                ReactionDraft.open("a999999", "Over een alinea die er niet is.", null))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems()).containsKey("anchor"));
        assertThatThrownBy(() -> users.run("voorbeeld", "inspreker", () -> reactions.react(id,
                ReactionDraft.open(null, " ", null))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems()).containsEntry("body", "Schrijf uw reactie."));
        long reaction = users.as("voorbeeld", "inspreker", () -> reactions.react(id, ReactionDraft.open(null, "Goed plan.", null)));
        assertThatThrownBy(() -> users.run("voorbeeld", "inspreker", () -> reactions.attach(reaction, "virus.exe",
                new ByteArrayInputStream("MZ niet echt".getBytes()))))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems()).containsKey("attachment"));
        users.run("voorbeeld", "inspreker", () -> reactions.attach(reaction, "onderbouwing.pdf",
                new ByteArrayInputStream("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes())));
        assertThat(users.as("voorbeeld", "buurvrouw", () -> reactions.attachment(reaction))).hasValueSatisfying(
                file -> assertThat(file.contentType()).isEqualTo("application/pdf"));
    }

    @Test
    void rolesResidentsCannotRunConsultationsNorReadStaffProcessing() {
        long topic = topic("voorbeeld");
        long id = openConsultation("voorbeeld", ConsultationKind.OPEN);
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> consultations.create(draft(topic,
                ConsultationKind.OPEN, clock.instant(), clock.instant().plus(Duration.ofDays(3))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> processing.reactions(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> reports.previewPdf(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "bewoner", () -> consultations.saveDocument(id, "# Gekaapt")))
                .isInstanceOf(AccessDeniedException.class);
        // A draft does not exist for residents.
        long draft = users.as("voorbeeld", "redacteur", () -> consultations.create(draft(topic, ConsultationKind.OPEN,
                clock.instant(), clock.instant().plus(Duration.ofDays(3)))));
        assertThatThrownBy(() -> users.as("voorbeeld", "bewoner", () -> consultations.view(draft)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "bewoner", () -> consultations.published())).extracting(Consultation::id)
                .contains(id).doesNotContain(draft);
    }

    @Test
    void tenantsNeverSeeEachOthersConsultations() {
        long id = openConsultation("voorbeeld", ConsultationKind.OPEN);
        String title = users.as("voorbeeld", "bewoner", () -> consultations.view(id)).title();
        long reaction = users.as("voorbeeld", "inspreker", () -> reactions.react(id, ReactionDraft.open(null,
                "Alleen voor Voorbeeldstad.", null)));

        assertThat(users.as("oosterhaven", "bewoner", () -> consultations.published())).extracting(Consultation::title)
                .doesNotContain(title);
        // The same number at Oosterhaven is, at most, Oosterhaven's own consultation.
        try {
            assertThat(users.as("oosterhaven", "redacteur", () -> consultations.view(id)).title()).isNotEqualTo(title);
        } catch (NotFoundException expected) {
            assertThat(expected).isInstanceOf(NotFoundException.class);
        }
        assertThat(users.as("oosterhaven", "redacteur", () -> {
            try {
                return processing.reactions(id).stream().map(StaffReaction::body).toList();
            } catch (NotFoundException unknownHere) {
                return List.<String>of();
            }
        })).doesNotContain("Alleen voor Voorbeeldstad.");
        assertThat(TenantContext.call(new TenantId("oosterhaven"), () -> reactions.attachment(reaction)))
                .isEmpty();
        assertThat(new HttpSite(port, "oosterhaven.localhost").get("/inspraak/" + id).body()).doesNotContain(title);
    }

    @Test
    void fiftySimultaneousSupportsCountOnce() throws Exception {
        long id = openConsultation("voorbeeld", ConsultationKind.OPEN);
        long reaction = users.as("voorbeeld", "inspreker", () -> reactions.react(id, ReactionDraft.open(null,
                "Steun mij.", null)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> clicks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Callable<Object> click = () -> {
                    start.await();
                    users.run("voorbeeld", "buurvrouw", () -> reactions.support(reaction));
                    return null;
                };
                clicks.add(pool.submit(click));
            }
            start.countDown();
            for (Future<Object> click : clicks) {
                click.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(users.as("voorbeeld", "bewoner", () -> reactions.visible(id))).singleElement()
                .satisfies(r -> assertThat(r.supporters()).isEqualTo(1));
    }

    @Test
    void erasingAResidentRemovesOrAnonymisesTheirReactions() {
        long id = openConsultation("voorbeeld", ConsultationKind.FORMAL);
        users.ensureResident("voorbeeld", "vertrekker");
        users.run("voorbeeld", "vertrekker", () -> reactions.react(id, new ReactionDraft(null, "Mijn zienswijze.", null,
                "Vera Vertrek", "Weg 1, Voorbeeldstad")));
        long resident = TenantContext.call(new TenantId("voorbeeld"),
                () -> profiles.find(users.account("voorbeeld", "vertrekker").subject()).orElseThrow().id());
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(resident)).toString())
                .contains("Vera Vertrek");

        TenantContext.run(new TenantId("voorbeeld"), () -> personalData.erase(
                new PersonalDataHolder.Erasure(resident, "Vera Vertrek", 0, true)));

        assertThat(jdbcCount("voorbeeld", "SELECT count(*) FROM consultation_reaction WHERE consultation_id = ? AND full_name IS NOT NULL", id)).isZero();
        assertThat(jdbcCount("voorbeeld", "SELECT count(*) FROM consultation_reaction WHERE consultation_id = ?", id)).isOne();
    }

    @Test
    void theDemoMunicipalitiesHaveTheirConsultations() {
        // Other tests move the shared clock on, so the open demo may have closed by now.
        assertThat(users.as("voorbeeld", "bewoner", () -> consultations.published()))
                .anySatisfy(c -> {
                    assertThat(c.title()).isEqualTo(ConsultationDemo.TITLE);
                    assertThat(c.phase()).isEqualTo(clock.instant().isBefore(c.closesAt())
                            ? ConsultationPhase.OPEN : ConsultationPhase.PROCESSING);
                    // Four seeded; the browser journey may have added its own.
                    assertThat(c.reactions()).isGreaterThanOrEqualTo(4);
                });
        Consultation oosterhaven = users.as("oosterhaven", "bewoner", () -> consultations.published()).stream()
                .filter(c -> c.title().equals(ConsultationDemo.TITLE)).findFirst().orElseThrow();
        assertThat(oosterhaven.phase()).isEqualTo(ConsultationPhase.REPORT_PUBLISHED);
        assertThat(new HttpSite(port, "oosterhaven.localhost").get("/inspraak/" + oosterhaven.id() + "/reactienota.pdf")
                .statusCode()).isEqualTo(200);
    }

    private long jdbcCount(String realm, String sql, long id) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql(sql).param(id).query(Long.class).single());
    }
}
