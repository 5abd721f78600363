package nl.rugzak.platform.participation;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.tenantadmin.modules.ParticipationModule;

/**
 * Everything a participation module is and can do, in one typed place (Decidim's component manifest, checked by the
 * compiler and by {@code ModuleManifestsTest}). The shells (site header, home page, back office, lab) are built from
 * these beans and never import a module; adding a module is one folder under {@code participation/}, one changelog
 * folder, one manifest bean and its text bundles.
 *
 * <p>Capabilities are the module's own beans, handed in by the manifest's constructor. Shared layers still find them
 * as Spring beans; the manifest says which module they belong to, and the tests check that every capability bean in
 * a module's package is declared by that module's manifest.
 */
public interface ModuleManifest extends ParticipationModule {

    /** The tenant changelog of the module, e.g. {@code db/tenant/initiatives/master.yaml}. */
    String changelog();

    /** Links in the back office's menu, shown when the module is on and the staff member has one of the roles. */
    List<StaffEntry> staffMenu();

    /** Links for a logged-in resident (e.g. "Mijn initiatieven"), shown in the header's account section. */
    default List<AccountEntry> accountMenu() {
        return List.of();
    }

    /** Counters on the back office's start page ("3 initiatieven wachten op beoordeling"). */
    default List<WaitingForStaff> waitingForStaff() {
        return List.of();
    }

    /** What the module stores about residents: a holder, or why it stores nothing. Never left out. */
    PersonalData personalData();

    /** Items of this module that residents can report and moderators can hide. */
    default List<ModeratedContent> moderatedContent() {
        return List.of();
    }

    /** Open Graph / Twitter tags for the module's public pages. */
    default Optional<SharedPageDescriber> pageDescriber() {
        return Optional.empty();
    }

    /** What the module adds to "latest activity" on the home page. */
    default Optional<ModuleActivity> activity() {
        return Optional.empty();
    }

    /** The module's public items by id, for projects' phases and back-office pickers. */
    default Optional<PublicItems> publicItems() {
        return Optional.empty();
    }

    /** Kinds of the embeddable widget this module offers. */
    default List<WidgetSource> widgets() {
        return List.of();
    }

    /** Atom or iCalendar feeds the module serves, linked from its pages. */
    default List<Feed> feeds() {
        return List.of();
    }

    /**
     * Paths outside Vaadin that anyone may GET (calendars, published reports, map data; Ant-style patterns such as
     * {@code /agenda/*.ics}); the module's controller decides per tenant and item what each visitor gets.
     */
    default List<String> publicPaths() {
        return List.of();
    }

    /**
     * Origins outside the site its pages load images from (e.g. a map's tile service): the pages'
     * Content-Security-Policy allows these and no others.
     */
    default List<String> imageSources() {
        return List.of();
    }

    /**
     * What the module offers in the public read API ({@code /api/v1}): the classes of its {@link ApiResource} beans
     * (looked up by class, so declaring them is one line). Every resource is also an open-data dataset (CSV and JSON
     * under CC0, in the catalogue at {@code /api/v1/catalog}).
     */
    default List<Class<? extends ApiResource>> apiResources() {
        return List.of();
    }

    /** Further open-data datasets beside the API resources (paths under the site; listed in the catalogue). */
    default List<Dataset> openData() {
        return List.of();
    }

    /**
     * Kinds of notification the module sends through {@code Notifications.record}; residents choose per kind how
     * each reaches them ("Meldingen"), and only kinds of switched-on modules are offered.
     */
    default List<NotificationKind> notificationKinds() {
        return List.of();
    }

    /**
     * Working formats the module offers to the lab's shared library (a project with its phases, a survey...): each
     * kind captures the structure without residents' content and adopts it as a draft (its {@code template} package).
     */
    default List<TemplateKind> templates() {
        return List.of();
    }

    /** Demo content the embedded default seeds into each demo municipality; empty when the module has none. */
    default Optional<ModuleDemo> demo() {
        return Optional.empty();
    }

    /** The module's counts for the participation dashboards (aggregated by a roll-up, never per view). */
    default Optional<ParticipationCounts> participationCounts() {
        return Optional.empty();
    }

    /** A link in the back office's menu; {@code labelKey} is the menu text's key in the bundles. */
    record StaffEntry(String path, String labelKey, List<String> roles) {
        public StaffEntry {
            roles = List.copyOf(roles);
        }
    }

    /** A link for a logged-in resident; {@code labelKey} is its text's key in the bundles. */
    record AccountEntry(String path, String labelKey) {
    }

    /** A feed the module serves; {@code titleKey} names it in the bundles. */
    record Feed(String path, String mediaType, String titleKey) {
    }

    /** An open-data dataset: its path under the API and its title key. */
    record Dataset(String path, String titleKey) {
    }
}
