package nl.rugzak.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import nl.rugzak.tenantadmin.identity.ClientSecretCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals the realms' client secrets in the control schema: {@code RUGZAK_SECRETS_KEY} (32 random bytes
 * in Base64). With an external database it is required: the application refuses to start without it. The embedded
 * default makes one on its first start and keeps it in its data folder, readable by its owner only, so that the
 * secrets it sealed still open after a restart.
 */
@Configuration(proxyBeanMethods = false)
class SecretsKeyConfiguration {

    static final String KEY_FILE = "secrets.key";

    @Bean
    ClientSecretCipher clientSecretCipher(@Value("${rugzak.secrets.key:}") String key,
                                          @Value("${spring.datasource.url:}") String externalDatabase,
                                          @Value("${rugzak.data-dir:.rugzak-data}") Path dataFolder) {
        if (!key.isBlank()) {
            return ClientSecretCipher.fromBase64(key);
        }
        if (!externalDatabase.isBlank()) {
            throw new IllegalStateException("RUGZAK_SECRETS_KEY is not set. With an external database Rugzak needs a"
                    + " key to encrypt the realms' client secrets: 32 random bytes in Base64 (openssl rand -base64 32)."
                    + " Keep it safe and keep it the same: without it the stored secrets cannot be read.");
        }
        return ClientSecretCipher.fromBase64(embeddedKey(dataFolder.resolve(KEY_FILE)));
    }

    private static String embeddedKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                write(file, ClientSecretCipher.newKey());
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the secrets key in " + file, e);
        }
    }

    /** Created readable by the owner only, and never over an existing key (another start may have just made one). */
    private static void write(Path file, String key) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return;
        }
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
