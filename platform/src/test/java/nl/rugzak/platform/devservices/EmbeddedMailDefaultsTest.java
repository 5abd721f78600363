package nl.rugzak.platform.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** The embedded SMTP server (and its mailbox page) exist only in the embedded default. */
class EmbeddedMailDefaultsTest {

    @Test
    void theEmbeddedDefaultPointsSpringsMailAtTheServerOnLoopbackPort3025() {
        MockEnvironment environment = new MockEnvironment();
        new EmbeddedMailDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo("3025");
        assertThat(environment.getProperty(EmbeddedMailDefaults.ACTIVE)).isEqualTo("true");
    }

    @Test
    void aConfiguredMailServerAnExternalDatabaseOrASwitchTurnTheEmbeddedServerOff() {
        for (String[] setting : new String[][] {{"spring.mail.host", "smtp.example.org"},
                {"spring.datasource.url", "jdbc:postgresql://db.example.org/rugzak"}, {"rugzak.mail.embedded", "false"}}) {
            MockEnvironment environment = new MockEnvironment().withProperty(setting[0], setting[1]);
            new EmbeddedMailDefaults().postProcessEnvironment(environment, null);
            assertThat(environment.getProperty(EmbeddedMailDefaults.ACTIVE)).as(setting[0]).isNull();
            assertThat(environment.getPropertySources().contains(EmbeddedMailDefaults.SOURCE)).as(setting[0]).isFalse();
        }
    }

    @Test
    void withoutTheEmbeddedServerThereIsNoServerAndNoMailboxRoute() {
        new ApplicationContextRunner().withUserConfiguration(EmbeddedMailConfiguration.class, nl.rugzak.platform.devservices.ui.MailboxRoute.class)
                .withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=25")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMailServer.class);
                    assertThat(context).doesNotHaveBean(VaadinServiceInitListener.class);
                });
    }
}
