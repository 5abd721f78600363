package nl.rugzak.platform.participation.consultations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rugzak.platform.api.write.ResidentWrite;
import nl.rugzak.platform.participation.consultations.ReactionDraft;
import nl.rugzak.platform.participation.consultations.Reactions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident reacts on an open consultation through the API: {@link Reactions#react}, as the consultation's page
 * does (open phase only, rate limit, blocks; a formal view needs the resident's full name and address).
 */
@ResidentWrite
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "consultations")
class ConsultationReactionsApi {

    private final Reactions reactions;

    ConsultationReactionsApi(Reactions reactions) {
        this.reactions = reactions;
    }

    @Schema(description = "A reaction on the whole document or on one block of it, optionally with a proposed wording.")
    record ReactionRequest(
            @Schema(description = "The block the reaction is about (its key in the consultation's document); "
                    + "absent for the whole document.") String anchor,
            @Schema(description = "The reaction.", requiredMode = Schema.RequiredMode.REQUIRED) String body,
            @Schema(description = "A proposed new wording of the block.") String proposedText,
            @Schema(description = "Full name; required for a formal view (zienswijze), never published.") String fullName,
            @Schema(description = "Postal address; required for a formal view, never published.") String address) {
    }

    @Schema(description = "The stored reaction.")
    record ReactionAnswer(@Schema(description = "The reaction's id.") long id) {
    }

    @PostMapping(path = "/{id}/reactions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "reactOnConsultation", summary = "React on an open consultation",
            description = "Stores the resident's reaction while the consultation is open; the municipality answers "
                    + "every reaction in its response report.",
            responses = @ApiResponse(responseCode = "201", description = "Stored."))
    ReactionAnswer react(@PathVariable long id, @RequestBody ReactionRequest reaction) {
        long stored = reactions.react(id, new ReactionDraft(reaction.anchor(), reaction.body(), reaction.proposedText(),
                reaction.fullName(), reaction.address()));
        return new ReactionAnswer(stored);
    }
}
