package nl.rugzak.platform.participation.budgets;

import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.stereotype.Component;

/** Link previews of published budgets' pages; a draft budget gets the site's generic tags. */
@Component
class BudgetPageDescriber implements SharedPageDescriber {

    private static final Pattern PATH = Pattern.compile("/begroting/(\\d{1,18})/?");

    private final BudgetReader reader;
    private final EnabledModules modules;

    BudgetPageDescriber(BudgetReader reader, EnabledModules modules) {
        this.reader = reader;
        this.modules = modules;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(BudgetsModule.ID)) {
            return Optional.empty();
        }
        return reader.find(Long.parseLong(match.group(1))).filter(Budget::published).map(budget -> {
            var image = budget.projects().stream().filter(p -> p.imageUrl() != null).findFirst();
            return new PageMeta(budget.title(), budget.summary(), budget.link(),
                    image.map(Budget.Project::imageUrl).orElse(null), image.map(Budget.Project::imageAlt).orElse(null));
        });
    }
}
