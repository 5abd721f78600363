# Production image of the Rugzak platform.
#
# Build:  docker build -t rugzak .
# Run:    docker run -p 8080:8080 \
#           -e SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/rugzak \
#           -e SPRING_DATASOURCE_USERNAME=rugzak_app \
#           -e SPRING_DATASOURCE_PASSWORD=... \
#           -e KEYCLOAK_URL=https://login.rugzak.example -e KEYCLOAK_ADMIN_USERNAME=... -e KEYCLOAK_ADMIN_PASSWORD=... \
#           -e RUGZAK_SITES_SCHEME=https -e RUGZAK_SITES_PORT= \
#           -e RUGZAK_ADMIN_HOST=beheer.rugzak.example \
#           -e RUGZAK_SECRETS_KEY=... \
#           rugzak
#
# Environment:
#   SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD  external PostgreSQL 17 (required in production: without it the
#                          app would start an embedded PostgreSQL). The user must own the database, have CREATEROLE
#                          and must NOT be a superuser (the app refuses to start as one).
#   KEYCLOAK_URL / KEYCLOAK_ADMIN_USERNAME / KEYCLOAK_ADMIN_PASSWORD  external Keycloak 26.7 and an account that
#                          may create realms (required in production: without it the app would start its own)
#   RUGZAK_SITES_SCHEME / RUGZAK_SITES_PORT  how residents reach the sites, for exact redirect URIs
#                          (production: https and an empty port)
#   RUGZAK_ADMIN_HOST      host of the lab's control plane
#   RUGZAK_SECRETS_KEY     32 random bytes in Base64 (openssl rand -base64 32) that encrypt the realms' OIDC client
#                          secrets in the control schema; required with an external database (the app refuses to
#                          start without it). Keep it safe and unchanged: without it the stored secrets cannot be read
#   RUGZAK_TRUSTED_PROXIES addresses of reverse proxies whose X-Forwarded-Host/Forwarded headers are trusted
#   RUGZAK_MIGRATE_ONLY    "true": migrate control and all tenant schemas, then exit (for deploy jobs)
#   PORT                   HTTP port (default 8080)
#   Health probes: GET /actuator/health/liveness and /actuator/health/readiness on that port, any host (readiness is
#                          DOWN, 503, while the database does not answer; sites then answer 503 with Retry-After)
#   STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET / STRIPE_LIVEMODE  billing through Stripe (both secrets, or billing is
#                          off); the webhook endpoint is https://<admin host>/stripe/webhook
#   RUGZAK_BILLING_GRACE_PERIOD  unpaid or canceled for this long → suspended (default 14d)
#   RUGZAK_SECURITY_CONTACT  whom /.well-known/security.txt names for vulnerability reports (mailto: or https: URI;
#                          the default security@rugzak.example is a placeholder: set the lab's real address)
#   RUGZAK_SECURITY_POLICY URL of the published SECURITY.md, linked from security.txt (optional)
#
# Bill of materials: /app/sbom/application.cdx.json (CycloneDX, also in the jar at META-INF/sbom/).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml LICENSE ./
COPY migrations migrations
COPY themes themes
COPY tenant-admin tenant-admin
COPY platform platform
# Extracted (jar + lib/) instead of one nested fat jar: starts markedly faster (see benchmarks/results).
# The build also checks the licences of all dependencies and writes the CycloneDX SBOM (META-INF/sbom in the jar);
# a copy goes beside the jar, for scanners that read the image rather than the jar.
COPY build build
RUN ./mvnw -B -Pproduction -DskipTests -pl platform -am package \
 && cp platform/target/rugzak-platform-*.jar /src/rugzak-fat.jar \
 && java -Djarmode=tools -jar /src/rugzak-fat.jar extract --destination /src/app \
 && mv /src/app/rugzak-fat.jar /src/app/rugzak.jar \
 && mkdir -p /src/app/sbom \
 && cp platform/target/classes/META-INF/sbom/application.cdx.json /src/app/sbom/application.cdx.json \
 && cp LICENSE /src/app/LICENSE

FROM eclipse-temurin:25-jre
RUN groupadd --system rugzak && useradd --system --gid rugzak --uid 10001 --home-dir /app rugzak \
 && mkdir -p /app && chown rugzak:rugzak /app
WORKDIR /app
COPY --from=build --chown=rugzak:rugzak /src/app/ /app/
USER 10001
ENV VAADIN_USAGE_STATS_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# Faster still with a JDK 25 AOT cache recorded once against the deployment's database:
#   java -XX:AOTCacheOutput=/app/rugzak.aot -Dspring.context.exit=onRefresh -jar /app/rugzak.jar
# then start with JAVA_TOOL_OPTIONS="-XX:AOTCache=/app/rugzak.aot" (same image, same java).
ENTRYPOINT ["java", "-jar", "/app/rugzak.jar"]
