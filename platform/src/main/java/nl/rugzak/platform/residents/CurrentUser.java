package nl.rugzak.platform.residents;

import java.util.Optional;
import java.util.Set;

import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The caller as a resident of the current municipality: the {@link Actor} plus their profile's id here. */
@Component
public class CurrentUser {

    public record Visitor(long residentId, String subject, String displayName, Set<String> roles) {

        public boolean has(String role) {
            return roles.contains(role);
        }

        public boolean isStaff() {
            return roles.contains("editor") || roles.contains("moderator") || roles.contains("tenant-admin");
        }

        public boolean canEdit() {
            return has("editor") || has("tenant-admin");
        }

        public boolean canModerate() {
            return has("moderator") || has("tenant-admin");
        }
    }

    private final Actors actors;
    private final ResidentProfiles profiles;
    private final TransactionTemplate ownTransaction;

    public CurrentUser(Actors actors, ResidentProfiles profiles, PlatformTransactionManager transactions) {
        this.actors = actors;
        this.profiles = profiles;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Visitor> visitor() {
        return actors.current().map(actor -> as(actor, residentId(actor)));
    }

    /**
     * A login on the site records the profile; a resident with only an API token, or a session from before a
     * restore, may lack one. Inside a writing transaction (a vote) it is made there, on the connection already held:
     * a second connection per request would starve the municipality's small pool when many newcomers write at once.
     * Otherwise (a read-only page view) it is made in a transaction of its own.
     */
    private long residentId(Actor actor) {
        return profiles.find(actor.subject()).map(ResidentProfiles.ResidentProfile::id).orElseGet(() ->
                TransactionSynchronizationManager.isActualTransactionActive()
                        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                        ? profiles.ensure(actor.subject(), actor.displayName())
                        : ownTransaction.execute(status -> profiles.ensure(actor.subject(), actor.displayName())));
    }

    /** The visitor, who must be logged in. */
    public Visitor require() {
        return visitor().orElseThrow(CurrentUser::logInFirst);
    }

    /**
     * The logged-in person without looking up their profile: for work that finds the profile's id in its own
     * statement (a vote) and so saves a round trip. {@link #as} makes the visitor once the id is known.
     */
    public Actor requireActor() {
        return actors.current().orElseThrow(CurrentUser::logInFirst);
    }

    /** The visitor this actor is, with the id of their profile here. */
    public static Visitor as(Actor actor, long residentId) {
        return new Visitor(residentId, actor.subject(), actor.displayName(), actor.roles());
    }

    private static AccessDeniedException logInFirst() {
        return new AccessDeniedException(Texts.dutch("content.log-in-first"));
    }
}
