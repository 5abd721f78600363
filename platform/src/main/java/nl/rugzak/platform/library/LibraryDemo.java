package nl.rugzak.platform.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.tenantadmin.schemas.StartupMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The embedded default's lab library: a few of the lab's own templates, so a newcomer sees what adopting does.
 * Each is seeded once (by its demo key); a restart leaves them, and whatever the lab changed, alone.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class LibraryDemo implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(LibraryDemo.class);

    private final TemplateStore store;
    private final Map<String, TemplateKind> kinds = new LinkedHashMap<>();

    LibraryDemo(StartupMigrations migrationsFirst, TemplateStore store, List<TemplateKind> kinds) {
        this.store = store;
        kinds.forEach(kind -> this.kinds.put(kind.id(), kind));
    }

    record DemoTemplate(String key, String kind, String title, String description, String caseText,
                        Map<String, Object> structure) {
    }

    static final List<DemoTemplate> TEMPLATES = List.of(
            new DemoTemplate("plein-4-fasen", "project", "Herinrichting plein in 4 fasen",
                    "Een plein samen met de buurt opnieuw inrichten: ophalen, ontwerpen, kiezen en uitvoeren.",
                    "Gebruikt bij het lab voor pleinen en speelplekken. Tip: houd de kiesfase kort en duidelijk.",
                    project("Herinrichting van het plein", "Samen met de buurt maken we een nieuw plan voor het plein.",
                            phase("Ideeën ophalen", 28, "Deel uw ideeën voor het plein.", List.of("ideas")),
                            phase("Ontwerpen", 42, "De ontwerpers maken drie schetsen met uw ideeën.", List.of()),
                            phase("Kiezen", 14, "Kies uw favoriete ontwerp.", List.of("polls")),
                            phase("Uitvoeren", 90, "Het plein wordt aangelegd. Hier leest u hoe het gaat.", List.of("updates")))),
            new DemoTemplate("buurtbudget", "project", "Buurtbudget",
                    "Bewoners bedenken plannen voor hun buurt en kiezen samen waar het geld naartoe gaat.",
                    "Het lab zag dat een vaste rekenhulp bij het uitwerken veel vragen voorkomt.",
                    project("Buurtbudget", "U bepaalt mee hoe we het budget voor uw buurt besteden.",
                            phase("Plannen indienen", 35, "Dien uw plan voor de buurt in.", List.of("ideas")),
                            phase("Uitwerken", 28, "De gemeente rekent de plannen door.", List.of()),
                            phase("Stemmen", 21, "Verdeel het budget over de plannen.", List.of("budgets")),
                            phase("Uitvoeren", 180, "De gekozen plannen worden uitgevoerd.", List.of("updates")))),
            new DemoTemplate("evaluatie-enquete", "survey", "Evaluatie-enquête",
                    "Korte vragenlijst om na afloop te vragen hoe deelnemers het meedoen vonden.",
                    "Na elk traject gebruikt; vijf vragen houden de drempel laag.",
                    survey("Hoe vond u het meedoen?", "Help ons het de volgende keer beter te doen. Het duurt 3 minuten.", 21,
                            question("SCALE", "Hoe tevreden bent u over het meedoen?", true, 5, "Niet tevreden", "Heel tevreden", List.of()),
                            question("SINGLE", "Hoe hoorde u van dit project?", false, null, null, null,
                                    List.of("Brief of krant", "Website", "Sociale media", "Buren of bekenden")),
                            question("MULTIPLE", "Hoe deed u mee?", false, null, null, null,
                                    List.of("Online", "Bij een bijeenkomst", "Met een stem")),
                            question("SCALE", "Is duidelijk wat er met uw inbreng gebeurt?", true, 5, "Helemaal niet", "Heel duidelijk", List.of()),
                            question("LONG_TEXT", "Wat kan beter?", false, null, null, null, List.of()))));

    @Override
    public void afterPropertiesSet() {
        for (DemoTemplate demo : TEMPLATES) {
            TemplateKind kind = kinds.get(demo.kind());
            if (kind == null || store.demoExists(demo.key())) {
                continue;
            }
            TemplateBody body = TemplateBody.of(demo.structure());
            store.insert(kind.id(), demo.title(), demo.description(), demo.caseText(), null, TemplateStatus.APPROVED,
                    demo.key(), body, kind.preview(body));
            log.info("Demo template '{}' put in the lab's library", demo.title());
        }
    }

    @SafeVarargs
    private static Map<String, Object> project(String title, String summary, Map<String, Object>... phases) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("title", title);
        project.put("summary", summary);
        project.put("description", summary);
        project.put("phases", List.of(phases));
        return project;
    }

    private static Map<String, Object> phase(String title, int days, String whatNow, List<String> modules) {
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("title", title);
        phase.put("days", days);
        phase.put("whatNow", whatNow);
        phase.put("localOnly", false);
        phase.put("modules", modules);
        return phase;
    }

    @SafeVarargs
    private static Map<String, Object> survey(String title, String intro, int days, Map<String, Object>... questions) {
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("title", title);
        survey.put("intro", intro);
        survey.put("days", days);
        survey.put("questions", List.of(questions));
        return survey;
    }

    private static Map<String, Object> question(String kind, String text, boolean required, Integer scaleMax,
                                                String low, String high, List<String> options) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("kind", kind);
        question.put("text", text);
        question.put("required", required);
        question.put("scaleMax", scaleMax);
        question.put("lowLabel", low);
        question.put("highLabel", high);
        question.put("options", options);
        return question;
    }
}
