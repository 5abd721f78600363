package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.rugzak.tenantadmin.identity.ClientSecretCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsKeyConfigurationTest {

    private final SecretsKeyConfiguration configuration = new SecretsKeyConfiguration();

    @Test
    void withAnExternalDatabaseTheApplicationRefusesToStartWithoutAKey(@TempDir Path data) {
        assertThatThrownBy(() -> configuration.clientSecretCipher("", "jdbc:postgresql://db.example/rugzak", data))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RUGZAK_SECRETS_KEY");
        assertThat(data.resolve(SecretsKeyConfiguration.KEY_FILE)).doesNotExist();
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesIsRefused(@TempDir Path data) {
        assertThatThrownBy(() -> configuration.clientSecretCipher("dGUga29ydA==", "jdbc:postgresql://db/rugzak", data))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void theEmbeddedDefaultKeepsItsOwnKeySoSecretsStillOpenAfterARestart(@TempDir Path data) throws IOException {
        ClientSecretCipher first = configuration.clientSecretCipher("", "", data);
        String sealed = first.seal("voorbeeld", "het-geheim");

        ClientSecretCipher afterRestart = configuration.clientSecretCipher("", "", data);

        assertThat(afterRestart.open("voorbeeld", sealed)).isEqualTo("het-geheim");
        Path key = data.resolve(SecretsKeyConfiguration.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndForItsRealm() {
        ClientSecretCipher cipher = ClientSecretCipher.fromBase64(ClientSecretCipher.newKey());
        String sealed = cipher.seal("voorbeeld", "het-geheim");

        assertThat(sealed).startsWith("v1:").doesNotContain("het-geheim");
        assertThat(cipher.seal("voorbeeld", "het-geheim")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open("oosterhaven", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ClientSecretCipher.fromBase64(ClientSecretCipher.newKey()).open("voorbeeld", sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RUGZAK_SECRETS_KEY");
        assertThat(cipher.open("voorbeeld", "stored-before-sealing")).isEqualTo("stored-before-sealing");
    }
}
