package nl.rugzak.platform.participation.polls;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.stereotype.Component;

/**
 * A poll's link preview and the embeddable widget. Both speak to anyone, so both only ever show what is public:
 * never a draft, and counts only once the poll's results are public ({@link Polls#publicResults}). Otherwise the
 * preview carries the question and the widget a "stem mee" link.
 */
@Component
class PollSharing implements SharedPageDescriber, WidgetSource {

    private static final Pattern PATH = Pattern.compile("/peilingen/(\\d{1,18})/?");

    private final Polls polls;

    PollSharing(Polls polls) {
        this.polls = polls;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return polls.publicSummary(id).map(poll -> new PageMeta(poll.question(),
                poll.description().isBlank() ? Texts.dutch(poll.status() == PollStatus.OPEN
                        ? "polls.share.open" : "polls.share.other") : poll.description(),
                "/peilingen/" + id, null, null));
    }

    @Override
    public String kind() {
        return "peilingen";
    }

    @Override
    public String module() {
        return PollsModule.ID;
    }

    @Override
    public String heading() {
        return Texts.dutch("polls.widget.heading");
    }

    @Override
    public String overviewPath() {
        return "/peilingen";
    }

    @Override
    public List<Item> latest(int count) {
        return polls.published().stream().limit(count).map(poll -> new Item(poll.question(), summary(poll),
                poll.link(), poll.opensAt())).toList();
    }

    /** The results when public ("Uitslag: …"), otherwise the invitation to vote (the title links to the poll). */
    private String summary(PollSummary poll) {
        return polls.publicResults(poll.id()).map(results -> Texts.dutch("polls.widget.results",
                        results.options().stream().map(o -> o.label() + " " + results.percent(o) + "%")
                                .collect(Collectors.joining(", "))))
                .orElseGet(() -> Texts.dutch(poll.status() == PollStatus.OPEN ? "polls.widget.vote"
                        : "polls.widget.later"));
    }
}
