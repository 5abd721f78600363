package nl.rugzak.platform.site;

import java.util.Optional;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's own pages. Every call works inside the tenant's schema only. */
@Service
public class SiteService {

    private final SitePageRepository pages;

    public SiteService(SitePageRepository pages) {
        this.pages = pages;
    }

    @Transactional(readOnly = true)
    public Optional<SitePage> page(String key) {
        TenantContext.require();
        return pages.findByKey(key);
    }

    /** Creates or rewrites a page. */
    @Transactional
    public SitePage write(String key, String title, String body) {
        TenantContext.require();
        SitePage page = pages.findByKey(key).orElseGet(() -> new SitePage(key, title, body));
        page.rewrite(title, body);
        return pages.save(page);
    }
}
