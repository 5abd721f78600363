package nl.rugzak.platform.participation.consultations.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.ConsultationPhase;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.Reactions;
import org.springframework.stereotype.Component;

/**
 * Consultations (inspraak) in the read API: published ones, and on a single consultation its public reactions as the
 * page shows them to someone not logged in. Formal views (zienswijzen) never: the module itself shows them only to
 * their author and staff, and the API reads as nobody. No names, no attachments, no staff contact.
 */
@Component
public class ConsultationsApi implements ApiResource {

    private final Consultations consultations;
    private final Reactions reactions;

    ConsultationsApi(Consultations consultations, Reactions reactions) {
        this.consultations = consultations;
        this.reactions = reactions;
    }

    @Override
    public String module() {
        return ConsultationsModule.ID;
    }

    @Override
    public String name() {
        return "consultations";
    }

    @Override
    public String description() {
        return "Consultations (inspraak) on policy documents: their period and phase, and on a single consultation "
                + "the public reactions (formal views are never published).";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the consultation at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("introduction", Type.STRING, "Introduction (Markdown)."),
                new Field("kind", Type.STRING, "open (public reactions) or formal (formal views, never published)."),
                new Field("phase", Type.STRING, "announced, open, processing, report_published or closed."),
                new Field("topicId", Type.INTEGER, "The policy topic it belongs to."),
                new Field("opensAt", Type.DATE_TIME, "When reacting opens."),
                new Field("closesAt", Type.DATE_TIME, "When reacting closes."),
                new Field("reportPublishedAt", Type.DATE_TIME, "When the response report was published, or null."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(new Field("reactions", Type.ARRAY, "Public reactions: id, number, anchor (the paragraph, "
                + "or null for the whole document), body, proposedText, supporters, createdAt. Empty for formal "
                + "consultations."));
    }

    @Override
    public List<String> filters() {
        return List.of("kind", "phase", "topicId");
    }

    @Override
    public List<String> sorts() {
        return List.of("opensAt", "closesAt", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-opensAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        return consultations.published().stream().filter(c -> c.phase() != ConsultationPhase.DRAFT)
                .map(ConsultationsApi::summary).toList();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        Consultation consultation;
        try {
            consultation = consultations.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (consultation.phase() == ConsultationPhase.DRAFT) {
            return Optional.empty();
        }
        Map<String, Object> item = summary(consultation);
        item.put("reactions", consultation.formal() ? List.of() : reactions.visible(id).stream()
                .map(r -> item("id", r.id(), "number", r.number(), "anchor", r.anchor(), "body", r.body(),
                        "proposedText", r.proposedText(), "supporters", r.supporters(), "createdAt", r.createdAt()))
                .toList());
        return Optional.of(item);
    }

    private static Map<String, Object> summary(Consultation c) {
        return item("id", c.id(), "title", c.title(), "introduction", c.introduction(),
                "kind", c.kind().name().toLowerCase(Locale.ROOT), "phase", c.phase().name().toLowerCase(Locale.ROOT),
                "topicId", c.topicId(), "opensAt", c.opensAt(), "closesAt", c.closesAt(),
                "reportPublishedAt", c.reportPublishedAt(), "link", "/inspraak/" + c.id());
    }
}
