package nl.rugzak.platform.participation.events.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rugzak.platform.api.write.ResidentWrite;
import nl.rugzak.platform.participation.events.Events;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A resident registers for an event (or cancels) through the API: {@link Events#register}, as the event's page does. */
@ResidentWrite
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "events")
class EventRegistrationsApi {

    private final Events events;

    EventRegistrationsApi(Events events) {
        this.events = events;
    }

    @Schema(description = "A registration for the resident and the people they bring.")
    record RegistrationRequest(@Schema(description = "How many people in all, the resident included (at least 1).",
            requiredMode = Schema.RequiredMode.REQUIRED) int people) {
    }

    @Schema(description = "The resident's place.")
    record RegistrationAnswer(@Schema(description = "The event's id.") long event,
                              @Schema(description = "REGISTERED (a place) or WAITING (on the waiting list).") String status) {
    }

    @PostMapping(path = "/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerForEvent", summary = "Register for an event",
            description = "Gives the resident a place while there is room and nobody waits, otherwise a place on the "
                    + "waiting list where the event has one; a full event without one refuses (409).",
            responses = @ApiResponse(responseCode = "201", description = "Registered or waiting."))
    RegistrationAnswer register(@PathVariable long id, @RequestBody RegistrationRequest registration) {
        return new RegistrationAnswer(id, events.register(id, registration.people()).name());
    }

    @DeleteMapping("/{id}/registrations/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "cancelEventRegistration", summary = "Cancel one's registration",
            description = "Gives up the resident's place (or turn); the first people waiting move up.",
            responses = @ApiResponse(responseCode = "204", description = "Cancelled."))
    void cancel(@PathVariable long id) {
        events.cancel(id);
    }
}
