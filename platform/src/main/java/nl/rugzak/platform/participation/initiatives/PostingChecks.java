package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.moderation.ResidentBlocks;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import org.springframework.stereotype.Component;

/** The shared rules for anything a resident posts: not blocked here, not too fast, moderated as the tenant chose. */
@Component
class PostingChecks {

    private final ResidentBlocks blocks;
    private final PostingRateLimiter rateLimiter;
    private final ModerationPolicies policies;

    PostingChecks(ResidentBlocks blocks, PostingRateLimiter rateLimiter, ModerationPolicies policies) {
        this.blocks = blocks;
        this.rateLimiter = rateLimiter;
        this.policies = policies;
    }

    void check(Visitor visitor) {
        blocks.assertMayPost(visitor.subject());
        rateLimiter.check(visitor.subject());
    }

    boolean itemsWaitForApproval() {
        return policies.itemsPremoderated(InitiativesModule.ID);
    }
}
