package nl.rugzak.platform.participation.ideas.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rugzak.platform.api.write.ResidentWrite;
import nl.rugzak.platform.participation.ideas.Ideas;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A resident supports an idea (or stops) through the API: {@link Ideas#support}, as its page does (open phase only). */
@ResidentWrite
@RestController
@RequestMapping("/api/v1/ideas")
@Tag(name = "ideas")
class IdeaSupportApi {

    private final Ideas ideas;

    IdeaSupportApi(Ideas ideas) {
        this.ideas = ideas;
    }

    @PutMapping("/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "supportIdea", summary = "Support an idea",
            description = "Adds the resident's support while the idea's phase collects support; it counts once.",
            responses = @ApiResponse(responseCode = "204", description = "The resident supports the idea."))
    void support(@PathVariable long id) {
        ideas.support(id);
    }

    @DeleteMapping("/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "withdrawIdeaSupport", summary = "Withdraw support from an idea",
            responses = @ApiResponse(responseCode = "204", description = "The resident no longer supports it."))
    void withdraw(@PathVariable long id) {
        ideas.withdrawSupport(id);
    }
}
