package nl.rugzak.platform.participation.polls.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rugzak.platform.api.write.ResidentWrite;
import nl.rugzak.platform.participation.polls.Polls;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident votes in a poll through the API: {@link Polls#castVote}, with the checks of the poll's page. */
@ResidentWrite
@RestController
@RequestMapping("/api/v1/polls")
@Tag(name = "polls")
class PollVotesApi {

    private final Polls polls;

    PollVotesApi(Polls polls) {
        this.polls = polls;
    }

    @Schema(description = "A vote: the ids of the chosen options (one, or up to the poll's maximum when it allows more).")
    record VoteRequest(@Schema(description = "Ids of options of this poll.", requiredMode = Schema.RequiredMode.REQUIRED)
                       List<Long> options) {
    }

    @Schema(description = "The resident's vote as counted now.")
    record VoteAnswer(@Schema(description = "The poll's id.") long poll,
                      @Schema(description = "The options this resident's vote counts for.") List<Long> choices) {
    }

    @PostMapping(path = "/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "votePoll", summary = "Vote in an open poll",
            description = "Counts the resident's vote, once per resident and poll. Where the poll lets residents change "
                    + "their vote, a second vote replaces the first; otherwise it is refused (409), as are votes before "
                    + "the poll opens or after it closes.")
    VoteAnswer vote(@PathVariable long id, @RequestBody VoteRequest vote) {
        Set<Long> choices = polls.castVote(id, vote.options() == null ? List.of() : vote.options());
        return new VoteAnswer(id, choices.stream().sorted().toList());
    }
}
