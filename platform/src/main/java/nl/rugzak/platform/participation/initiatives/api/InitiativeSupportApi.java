package nl.rugzak.platform.participation.initiatives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rugzak.platform.api.write.ResidentWrite;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A resident supports an initiative (or stops) through the API: {@link Initiatives#support}, as its page does. */
@ResidentWrite
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "initiatives")
class InitiativeSupportApi {

    private final Initiatives initiatives;

    InitiativeSupportApi(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @PutMapping("/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "supportInitiative", summary = "Support a public initiative",
            description = "Adds the resident's support; it counts once, however often it is sent.",
            responses = @ApiResponse(responseCode = "204", description = "The resident supports the initiative."))
    void support(@PathVariable long id) {
        initiatives.support(id);
    }

    @DeleteMapping("/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "withdrawInitiativeSupport", summary = "Withdraw support from an initiative",
            responses = @ApiResponse(responseCode = "204", description = "The resident no longer supports it."))
    void withdraw(@PathVariable long id) {
        initiatives.withdrawSupport(id);
    }
}
