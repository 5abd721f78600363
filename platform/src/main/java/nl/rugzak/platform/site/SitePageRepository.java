package nl.rugzak.platform.site;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SitePageRepository extends JpaRepository<SitePage, Long> {

    Optional<SitePage> findByKey(String key);

    Optional<SitePage> findByKeyAndPublishedTrue(String key);

    List<SitePage> findAllByOrderByKey();
}
