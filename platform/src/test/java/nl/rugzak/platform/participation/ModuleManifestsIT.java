package nl.rugzak.platform.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The manifests tell the truth: every capability a module has is declared by its manifest (so shells and shared
 * layers can rely on them), every word they name exists in every language, every changelog is applied, and a module
 * whose tables point at residents has a personal-data holder.
 */
class ModuleManifestsIT extends IntegrationTest {

    private static final String WING = "nl.rugzak.platform.participation.";

    @Autowired
    List<ModuleManifest> manifests;
    @Autowired
    ApplicationContext application;

    @Test
    void everyModuleDeclaresItsCapabilityBeans() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> capability : List.of(PersonalDataHolder.class, ModeratedContent.class, SharedPageDescriber.class,
                ModuleActivity.class, WidgetSource.class, TemplateKind.class)) {
            for (Object bean : application.getBeansOfType(capability).values()) {
                String module = moduleOf(bean);
                if (module == null) {
                    continue;
                }
                ModuleManifest manifest = manifests.stream().filter(m -> moduleOf(m).equals(module)).findFirst()
                        .orElseThrow(() -> new AssertionError("No manifest in module " + module));
                if (!declared(manifest, capability).contains(bean)) {
                    undeclared.add("%s: %s is a %s".formatted(manifest.id(), AopUtils.getTargetClass(bean).getSimpleName(),
                            capability.getSimpleName()));
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void aModuleWhoseTablesPointAtResidentsHasAPersonalDataHolder() throws IOException {
        for (ModuleManifest manifest : manifests) {
            String changelog = changelogText(manifest);
            boolean pointsAtResidents = changelog.matches("(?is).*references\\s+resident\\s*\\(.*");
            if (pointsAtResidents) {
                assertThat(manifest.personalData()).as("%s stores resident data", manifest.id())
                        .isInstanceOf(PersonalData.Held.class);
            }
        }
    }

    @Test
    void everyChangelogIsAppliedToTenantSchemas() throws IOException {
        String master = resource("db/tenant/master.yaml");
        assertThat(manifests).isNotEmpty().allSatisfy(manifest ->
                assertThat(master).as(manifest.id()).contains("file: " + manifest.changelog()));
    }

    @Test
    void everyWordAManifestNamesExistsInEveryLanguage() {
        for (Locale language : Texts.LANGUAGES) {
            for (ModuleManifest manifest : manifests) {
                List<String> keys = new ArrayList<>(List.of(manifest.nameKey(), manifest.descriptionKey()));
                manifest.settings().forEach(setting -> keys.add(setting.labelKey()));
                manifest.staffMenu().forEach(entry -> keys.add(entry.labelKey()));
                manifest.accountMenu().forEach(entry -> keys.add(entry.labelKey()));
                manifest.waitingForStaff().forEach(counter -> keys.addAll(List.of(counter.key() + ".one", counter.key() + ".other")));
                manifest.feeds().forEach(feed -> keys.add(feed.titleKey()));
                manifest.openData().forEach(dataset -> keys.add(dataset.titleKey()));
                assertThat(keys).as("%s in %s", manifest.id(), language)
                        .allSatisfy(key -> assertThat(Texts.has(language, key)).as(key).isTrue());
                assertThat(manifest.name(language)).isNotBlank();
            }
        }
    }

    @Test
    void moduleIdsPathsAndStaffLinksAreUnique() {
        assertThat(manifests.stream().map(ModuleManifest::id).toList()).doesNotHaveDuplicates();
        assertThat(manifests.stream().map(ModuleManifest::path).toList()).doesNotHaveDuplicates()
                .allSatisfy(path -> assertThat(path).matches("[a-z-]+"));
        assertThat(manifests.stream().flatMap(m -> m.staffMenu().stream()).map(ModuleManifest.StaffEntry::path).toList())
                .doesNotHaveDuplicates().allSatisfy(path -> assertThat(path).startsWith("/beheer/"));
        Set<String> staffRoles = Set.of("editor", "moderator", "tenant-admin");
        assertThat(manifests.stream().flatMap(m -> m.staffMenu().stream()).flatMap(e -> e.roles().stream())
                .collect(Collectors.toSet())).isSubsetOf(staffRoles);
    }

    private static Collection<?> declared(ModuleManifest manifest, Class<?> capability) {
        if (capability == PersonalDataHolder.class) {
            return manifest.personalData() instanceof PersonalData.Held held ? List.of(held.holder()) : List.of();
        }
        if (capability == ModeratedContent.class) {
            return manifest.moderatedContent();
        }
        if (capability == SharedPageDescriber.class) {
            return manifest.pageDescriber().stream().toList();
        }
        if (capability == ModuleActivity.class) {
            return manifest.activity().stream().toList();
        }
        if (capability == TemplateKind.class) {
            return manifest.templates();
        }
        return manifest.widgets();
    }

    /** The participation module a bean belongs to by its package, or null for shells and shared layers. */
    private static String moduleOf(Object bean) {
        String name = AopUtils.getTargetClass(bean).getName();
        if (!name.startsWith(WING)) {
            return null;
        }
        String rest = name.substring(WING.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : null;
    }

    private static String changelogText(ModuleManifest manifest) throws IOException {
        return resource(manifest.changelog());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ModuleManifestsIT.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
