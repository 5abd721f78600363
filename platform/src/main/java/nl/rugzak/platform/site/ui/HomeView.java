package nl.rugzak.platform.site.ui;

import nl.rugzak.tenantadmin.time.Dates;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.site.SiteImages;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** The municipality's front door: its name, the introduction staff wrote, its modules and what happened lately. */
@Route(value = "", layout = SiteLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    static final int ACTIVITY_ITEMS = 8;

    private final String tenantName;

    public HomeView(TenantRegistry registry, SiteService site, SiteImages images, EnabledModules modules,
                    List<ModuleActivity> activities, SafeMarkdown markdown, ThemeStore themes,
                    List<HomeSection> sections) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        tenantName = tenant.displayName();
        // The theme's hero image is decoration (the page says everything in text), so screen readers skip it.
        if (themes.published(tenant.id()).map(theme -> theme.assets().containsKey(ThemeAssetKind.HERO)).orElse(false)) {
            Div hero = new Div();
            hero.addClassName("rugzak-hero");
            hero.getElement().setAttribute("aria-hidden", "true");
            add(hero);
        }
        add(new H1(tenantName));
        Section intro = new Section();
        intro.addClassName("rugzak-intro");
        site.publishedPage(SitePage.HOME).ifPresentOrElse(
                page -> intro.add(new H2(page.getTitle()), MarkdownText.of(markdown, page.getBody())),
                () -> intro.add(new Paragraph(getTranslation("site.home.welcome", tenantName))));
        images.find(SiteImages.HOME_INTRO).ifPresent(image -> {
            Image picture = new Image(image.url(), image.altText());
            picture.addClassName("rugzak-intro-image");
            picture.setWidth(image.width() + "px");
            intro.add(picture);
        });
        add(intro, modules(modules));
        // Modules' own blocks follow the municipality's module order.
        modules.inOrder().forEach(module -> sections.stream().filter(section -> section.module().equals(module.id()))
                .forEach(section -> section.create().ifPresent(this::add)));
        add(latestActivity(activities));
    }

    private Section modules(EnabledModules modules) {
        Section section = new Section(new H2(getTranslation("site.home.take-part")));
        UnorderedList cards = new UnorderedList();
        cards.addClassName("rugzak-cards");
        modules.inOrder().forEach(module -> {
            ListItem card = new ListItem(new H3(new Anchor("/" + module.path(), module.name(getLocale()))));
            card.addClassName("rugzak-card");
            String description = module.description(getLocale());
            if (!description.isBlank()) {
                card.add(new Paragraph(description));
            }
            cards.add(card);
        });
        if (modules.inOrder().isEmpty()) {
            section.add(new Paragraph(getTranslation("site.home.no-modules")));
        } else {
            section.add(cards);
        }
        return section;
    }

    private Section latestActivity(List<ModuleActivity> activities) {
        Section section = new Section(new H2(getTranslation("site.home.latest")));
        List<ModuleActivity.Activity> recent = activities.stream()
                .flatMap(module -> module.recent(ACTIVITY_ITEMS).stream())
                .sorted(Comparator.comparing(ModuleActivity.Activity::at).reversed())
                .limit(ACTIVITY_ITEMS).toList();
        if (recent.isEmpty()) {
            section.add(new Paragraph(getTranslation("site.home.nothing-yet")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-activity");
        recent.forEach(activity -> {
            Span kind = new Span(getTranslation("site.home.activity-meta", getTranslation(activity.kindKey()),
                    Dates.day(activity.at(), getLocale())));
            kind.addClassName("rugzak-meta");
            list.add(new ListItem(new Anchor(activity.link(), activity.title()), kind));
        });
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharing.generic.title", tenantName);
    }
}
