package nl.rugzak.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MigratorTest {

    @Test
    void theFingerprintCoversEveryIncludedChangelogNotOnlyTheMaster() {
        String real = new Migrator().tenantFingerprint();
        assertThat(real).hasSize(64).isEqualTo(new Migrator().tenantFingerprint());

        Migrator withChangedFeature = new Migrator(new ClassLoader(Migrator.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/tenant/site/master.yaml")) {
                    return new ByteArrayInputStream("databaseChangeLog: []\n".getBytes(StandardCharsets.UTF_8));
                }
                return super.getResourceAsStream(name);
            }
        });
        assertThat(withChangedFeature.tenantFingerprint()).isNotEqualTo(real);
        assertThat(new Migrator().controlFingerprint()).isNotEqualTo(real);
    }
}
