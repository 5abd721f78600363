package nl.rugzak.platform.participation.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.platform.support.TenantIds;
import nl.rugzak.platform.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Policy topics, and resident initiatives feeding into them: proposed by the owner, decided by staff. */
class PolicyTopicsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    nl.rugzak.platform.support.MovableClock clock;
    @Autowired
    PolicyTopics topics;
    @Autowired
    Initiatives initiatives;
    @Autowired
    List<TopicContributions> contributions;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1)); // fresh posting allowances for the residents these tests use
        users.ensureResident("voorbeeld", "trekker");
        users.ensureResident("voorbeeld", "nieuwsgierig");
        users.ensureResident("oosterhaven", "trekker");
    }

    static TopicDraft topic(String title) {
        return new TopicDraft(title, "Wat de gemeente wil bereiken.", "## Plannen\nEerst praten we met bewoners.",
                "Wat vindt u belangrijk?", TopicStatus.EXPLORING, "Wim Wijkregisseur", "wim@voorbeeld.example");
    }

    long initiative(String realm, String title) {
        return users.as(realm, "trekker", () -> {
            long id = initiatives.create(new InitiativeDraft(title, "Samen doen.", "", "", null, "", false));
            initiatives.submit(id);
            return id;
        });
    }

    @Test
    void editorsWriteTopicsResidentsOnlyReadThem() {
        PolicyTopic created = users.as("voorbeeld", "redacteur", () -> topics.create(topic("Schone straten")));

        assertThat(users.as("voorbeeld", "nieuwsgierig", () -> topics.find(created.id())).title()).isEqualTo("Schone straten");
        assertThatThrownBy(() -> users.run("voorbeeld", "nieuwsgierig", () -> topics.create(topic("Van een bewoner"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> topics.update(created.id(), topic("Gekaapt"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> topics.create(new TopicDraft(" ", "x".repeat(301),
                "", "", null, "", "geen-adres"))))
                .isInstanceOfSatisfying(InvalidTopicException.class, e -> assertThat(e.problems())
                        .containsKeys("title", "summary", "status", "contactEmail"));
        assertThat(users.as("voorbeeld", "nieuwsgierig", () -> topics.find(created.id())).title()).isEqualTo("Schone straten");
    }

    @Test
    void anInitiativeFeedsIntoATopicOnceStaffAcceptTheOwnersProposal() {
        PolicyTopic topic = users.as("voorbeeld", "redacteur", () -> topics.create(topic("Spelen in de buurt")));
        long id = initiative("voorbeeld", "Speelstraat op zondag");

        assertThatThrownBy(() -> users.run("voorbeeld", "nieuwsgierig", () -> initiatives.linkTopic(id, topic.id())))
                .isInstanceOf(AccessDeniedException.class);
        users.run("voorbeeld", "trekker", () -> initiatives.linkTopic(id, topic.id()));
        assertThat(linkedTitles("voorbeeld", topic.id())).doesNotContain("Speelstraat op zondag");

        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur",
                () -> initiatives.decideTopicLink(id, topic.id(), false, " ")))
                .isInstanceOf(InvalidInitiativeException.class);
        users.run("voorbeeld", "redacteur", () -> initiatives.decideTopicLink(id, topic.id(), false,
                "Dit past beter bij het thema verkeer."));
        InitiativeDetail owner = users.as("voorbeeld", "trekker", () -> initiatives.view(id));
        assertThat(owner.topics()).singleElement().satisfies(link -> {
            assertThat(link.state()).isEqualTo(InitiativeDetail.LinkState.DECLINED);
            assertThat(link.reason()).isEqualTo("Dit past beter bij het thema verkeer.");
        });
        assertThat(users.as("voorbeeld", "nieuwsgierig", () -> initiatives.view(id)).topics()).isEmpty();

        users.run("voorbeeld", "trekker", () -> initiatives.linkTopic(id, topic.id()));
        users.run("voorbeeld", "redacteur", () -> initiatives.decideTopicLink(id, topic.id(), true, null));

        assertThat(linkedTitles("voorbeeld", topic.id())).contains("Speelstraat op zondag");
        assertThat(users.as("voorbeeld", "nieuwsgierig", () -> initiatives.view(id)).topics())
                .extracting(InitiativeDetail.TopicLink::topicTitle).containsExactly("Spelen in de buurt");
    }

    @Test
    void anotherMunicipalitysTopicCannotBeSeenNorLinkedHere() {
        TenantIds.nextIdUnknownAt(jdbc, "policy_topic", new TenantId("oosterhaven"), new TenantId("voorbeeld"));
        PolicyTopic theirs = users.as("oosterhaven", "redacteur", () -> topics.create(topic("Alleen voor Oosterhaven")));
        long mine = initiative("voorbeeld", "Initiatief in Voorbeeldstad");

        assertThatThrownBy(() -> users.as("voorbeeld", "nieuwsgierig", () -> topics.find(theirs.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "nieuwsgierig", () -> topics.all()))
                .extracting(PolicyTopic::title).doesNotContain("Alleen voor Oosterhaven");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> initiatives.linkTopic(mine, theirs.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "trekker", () -> initiatives.view(mine)).topics())
                .extracting(InitiativeDetail.TopicLink::topicTitle).doesNotContain("Alleen voor Oosterhaven");
        assertThat(linkedTitles("oosterhaven", theirs.id())).isEmpty();
    }

    private List<String> linkedTitles(String realm, long topicId) {
        return users.as(realm, "trekker", () -> contributions.stream()
                .flatMap(c -> c.forTopic(topicId).stream()).map(TopicContributions.Contribution::title).toList());
    }
}
