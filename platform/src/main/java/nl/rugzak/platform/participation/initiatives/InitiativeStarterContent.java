package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.tenantadmin.provisioning.StarterContent;
import nl.rugzak.tenantadmin.registry.Tenant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A new municipality starts with a handful of categories, so residents can choose one on day one. */
@Component
class InitiativeStarterContent implements StarterContent {

    private final InitiativeCategories categories;

    InitiativeStarterContent(InitiativeCategories categories) {
        this.categories = categories;
    }

    @Override
    @Transactional
    public void seed(Tenant tenant) {
        categories.seedDefaults();
    }
}
