package nl.rugzak.platform.participation.initiatives.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #24 item 8 in the new-initiative form itself: a title of NUL characters (pasted from another program) used
 * to be accepted by the form and refused by the database, so the resident saw nothing at all. Now the title field
 * says what is wrong, in Dutch, and nothing is saved.
 */
class InitiativeFormTypedTextIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    nl.rugzak.platform.support.MovableClock clock;

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
        users.ensureResident("voorbeeld", "plakker");
    }

    private long initiatives() {
        return TenantContext.call(new TenantId("voorbeeld"),
                () -> jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single());
    }

    @Test
    void aTitleOfNulCharactersGetsAClearDutchMessageAndNothingIsSaved() {
        long before = initiatives();
        new SiteUi(application).visit("voorbeeld", "plakker", () -> {
            UI.getCurrent().navigate("initiatieven/nieuw");
            InitiativeFormView form = _get(InitiativeFormView.class);
            _setValue(form.title, "\u0000\u0000\u0000\u0000\u0000\u0000");
            _setValue(form.summary, "Een korte samenvatting.");
            _click(form.save);

            assertThat(form.title.isInvalid()).isTrue();
            assertThat(form.title.getErrorMessage()).isEqualTo("Geef uw initiatief een titel.");
            assertThat(form.feedback.getText()).isEqualTo("Niet opgeslagen. Geef uw initiatief een titel.");
        });
        assertThat(initiatives()).isEqualTo(before);
    }
}
