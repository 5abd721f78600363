package nl.rugzak.platform.site;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's own pages. Every call works inside the tenant's schema only. */
@Service
public class SiteService {

    private final SitePageRepository pages;
    private final TenantWriteGuard writeGuard;

    public SiteService(SitePageRepository pages, TenantWriteGuard writeGuard) {
        this.pages = pages;
        this.writeGuard = writeGuard;
    }

    @Transactional(readOnly = true)
    public Optional<SitePage> page(String key) {
        TenantContext.require();
        return pages.findByKey(key);
    }

    /** A page as residents may read it: published ones only, so a draft stays as unknown to them as a missing page. */
    @Transactional(readOnly = true)
    public Optional<SitePage> publishedPage(String key) {
        TenantContext.require();
        return pages.findByKeyAndPublishedTrue(key);
    }

    /** Every page of this site, drafts included, for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<SitePage> all() {
        TenantContext.require();
        return pages.findAllByOrderByKey();
    }

    /** Makes a draft page (e.g. adopted from the library) visible to residents; pages are the tenant admin's. */
    @Transactional
    @PreAuthorize("hasRole('tenant-admin')")
    public void publish(String key) {
        TenantContext.require();
        writeGuard.requireWritable();
        SitePage page = pages.findByKey(key).orElseThrow(() -> new IllegalArgumentException("No page " + key));
        page.publish();
    }

    /**
     * Creates or rewrites a page. Editors write the home page's introduction; the pages the law asks for (privacy,
     * accessibility, contact) are the tenant admin's. The view checks it too; this is the check that counts.
     */
    @Transactional
    @PreAuthorize("hasRole('tenant-admin') or (hasRole('editor') and #key == 'home')")
    public SitePage write(String key, String typedTitle, String typedBody) {
        writeGuard.requireWritable();
        String title = UserText.line(typedTitle);
        String body = UserText.lines(typedBody);
        SitePageRules.check(key, title, body);
        String text = body == null ? "" : body;
        SitePage page = pages.findByKey(key).orElseGet(() -> new SitePage(key, title, text));
        page.rewrite(title, text);
        return pages.save(page);
    }
}
