package nl.rugzak.platform.participation.initiatives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rugzak.platform.api.write.ResidentWrite;
import nl.rugzak.platform.comments.CommentView;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident comments on an initiative through the API: {@link Comments#post}, as the comment box on its page does
 * (length, rate limit, blocks, pre-moderation).
 */
@ResidentWrite
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "initiatives")
class InitiativeCommentsApi {

    private final Comments comments;

    InitiativeCommentsApi(Comments comments) {
        this.comments = comments;
    }

    @Schema(description = "A comment: plain text with simple Markdown, as in the comment box on the site.")
    record CommentRequest(@Schema(description = "The comment.", requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }

    @Schema(description = "The posted comment.")
    record CommentAnswer(@Schema(description = "The comment's id.") long id,
                         @Schema(description = "VISIBLE, or PENDING while it waits for a moderator.") String visibility) {
    }

    @PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "commentOnInitiative", summary = "Comment on a public initiative",
            description = "Posts a comment under the resident's name as shown on the site. Where the municipality "
                    + "moderates comments first, it is PENDING until a moderator approves it.",
            responses = @ApiResponse(responseCode = "201", description = "Posted."))
    CommentAnswer comment(@PathVariable long id, @RequestBody CommentRequest comment) {
        CommentView posted = comments.post(new ContentRef(InitiativesModule.ID, id), comment.text());
        return new CommentAnswer(posted.id(), posted.visibility().name());
    }
}
