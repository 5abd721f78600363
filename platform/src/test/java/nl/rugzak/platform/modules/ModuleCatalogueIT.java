package nl.rugzak.platform.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.initiatives.InitiativeFilter;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Modules are switched on, off and ordered per municipality; a switched-off module does not exist there. */
class ModuleCatalogueIT extends IntegrationTest {

    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    ModuleCatalogue catalogue;
    @Autowired
    TenantSettings settings;
    @Autowired
    TenantRegistry registry;
    @Autowired
    EnabledModules enabled;
    @Autowired
    InitiativeSearch search;
    @Autowired
    PolicyTopics topics;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void identity() {
        awaitIdentity();
    }

    @Test
    void everyModuleIsInTheCatalogueWithNamesAndAPath() {
        assertThat(catalogue.all()).extracting(ParticipationModule::id).contains(InitiativesModule.ID, TopicsModule.ID);
        assertThat(catalogue.all()).allSatisfy(module -> {
            assertThat(module.name(Texts.DUTCH)).isNotBlank().doesNotStartWith("!");
            assertThat(module.name(Texts.ENGLISH)).isNotBlank().doesNotStartWith("!").isNotEqualTo(module.name(Texts.DUTCH));
            assertThat(module.path()).matches("[a-z-]+");
        });
    }

    @Test
    void aSwitchedOffModuleAnswers404AtThatMunicipalityOnly() {
        List<String> before = registry.find(OOSTERHAVEN).orElseThrow().modules();
        try {
            asUser().run(() -> settings.setModules(OOSTERHAVEN, List.of(TopicsModule.ID)), "lab-admin");

            assertThat(site("oosterhaven.localhost").get("/initiatieven").statusCode()).isEqualTo(404);
            assertThat(site("oosterhaven.localhost").get("/initiatieven/1").statusCode()).isEqualTo(404);
            assertThat(site("oosterhaven.localhost").get("/themas").statusCode()).isEqualTo(200);
            assertThat(site("voorbeeld.localhost").get("/initiatieven").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> TenantContext.run(OOSTERHAVEN, () -> search.published(InitiativeFilter.everything(), 0)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(TenantContext.call(OOSTERHAVEN, () -> enabled.inOrder()))
                    .extracting(ParticipationModule::id).containsExactly(TopicsModule.ID);
        } finally {
            asUser().run(() -> settings.setModules(OOSTERHAVEN, before), "lab-admin");
        }
        assertThat(site("oosterhaven.localhost").get("/initiatieven").statusCode()).isEqualTo(200);
    }

    @Test
    void aTenantAdminOrdersTheirOwnModulesAndNobodyElseCan() {
        List<String> before = registry.find(OOSTERHAVEN).orElseThrow().modules();
        List<String> voorbeeldBefore = registry.find(new TenantId("voorbeeld")).orElseThrow().modules();
        try {
            users.run("oosterhaven", "beheerder", () -> settings.setOwnModules(List.of(TopicsModule.ID, InitiativesModule.ID)));

            assertThat(TenantContext.call(OOSTERHAVEN, () -> enabled.inOrder()))
                    .extracting(ParticipationModule::id).containsExactly(TopicsModule.ID, InitiativesModule.ID);
            assertThat(registry.find(new TenantId("voorbeeld")).orElseThrow().modules()).isEqualTo(voorbeeldBefore);

            assertThatThrownBy(() -> users.run("oosterhaven", "redacteur", () -> settings.setOwnModules(List.of())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("oosterhaven", "beheerder",
                    () -> settings.setModules(new TenantId("voorbeeld"), List.of())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("oosterhaven", "beheerder", () -> settings.setOwnModules(List.of("bestaat-niet"))))
                    .isInstanceOf(TenantSettings.SettingsException.class);
            assertThat(registry.find(new TenantId("voorbeeld")).orElseThrow().modules()).isEqualTo(voorbeeldBefore);
        } finally {
            asUser().run(() -> settings.setModules(OOSTERHAVEN, before), "lab-admin");
        }
    }
}
