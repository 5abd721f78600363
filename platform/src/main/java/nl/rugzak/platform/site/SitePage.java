package nl.rugzak.platform.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A page of the municipality's own site (home introduction, privacy, accessibility, contact). */
@Entity
@Table(name = "site_page")
public class SitePage {

    public static final String HOME = "home";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_key", nullable = false, unique = true, length = 40)
    private String key;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** False for a draft (e.g. adopted from the lab's library): staff see it, residents do not. */
    @Column(nullable = false)
    private boolean published = true;

    protected SitePage() {
    }

    public SitePage(String key, String title, String body) {
        this.key = key;
        this.title = title;
        this.body = body;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isPublished() {
        return published;
    }

    public void publish() {
        this.published = true;
        this.updatedAt = Instant.now();
    }

    public void rewrite(String newTitle, String newBody) {
        this.title = newTitle;
        this.body = newBody;
        this.updatedAt = Instant.now();
    }
}
