package nl.rugzak.platform.participation.budgets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.text.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of a closed budget by its published rule, from the running counts (a sum over at most
 * projects × {@value Ballots#SHARDS} rows, however many ballots there are). Public once voting has closed, never
 * before: nobody, staff included, steers by an interim score. Holds no personal data.
 */
@Service
public class BudgetResults {

    /** The winners and every project's votes, in ranking order; {@code spentCents} is what the winners cost. */
    public record Results(Budget budget, List<ResultRule.Outcome> outcomes, long ballots, long spentCents) {

        public List<ResultRule.Outcome> winners() {
            return outcomes.stream().filter(ResultRule.Outcome::won).toList();
        }
    }

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final BudgetReader reader;

    BudgetResults(JdbcClient jdbc, EnabledModules modules, BudgetReader reader) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.reader = reader;
    }

    @Transactional(readOnly = true)
    public Results of(long budgetId) {
        modules.require(BudgetsModule.ID);
        Budget budget = reader.find(budgetId).filter(b -> b.phase() == BudgetPhase.CLOSED)
                .orElseThrow(() -> new NotFoundException("uitslag"));
        List<ResultRule.Tally> tallies = jdbc.sql("""
                        SELECT p.id, p.title, p.cost_cents, p.created_at,
                               (SELECT coalesce(sum(c.votes), 0) FROM budget_vote_count c WHERE c.project_id = p.id)
                          FROM budget_project p WHERE p.budget_id = ?""")
                .param(budgetId)
                .query((rs, row) -> new ResultRule.Tally(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(5),
                        rs.getTimestamp(4).toInstant())).list();
        List<ResultRule.Outcome> outcomes = ResultRule.apply(budget.method(), budget.totalCents(), budget.maxChoices(),
                budget.tieRule(), tallies);
        long spent = outcomes.stream().filter(ResultRule.Outcome::won).mapToLong(o -> o.tally().costCents()).sum();
        return new Results(budget, outcomes, budget.ballots(), spent);
    }

    /**
     * The results as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents), one line per
     * project with its title, cost, votes and whether it won. No personal data: only counts.
     */
    @Transactional(readOnly = true)
    public byte[] csv(long budgetId, Locale locale) {
        Results results = of(budgetId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                    .setHeader(Texts.get(locale, "budgets.csv.rank"), Texts.get(locale, "budgets.csv.title"),
                            Texts.get(locale, "budgets.csv.cost"), Texts.get(locale, "budgets.csv.votes"),
                            Texts.get(locale, "budgets.csv.won"))
                    .get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (ResultRule.Outcome outcome : results.outcomes()) {
                    printer.printRecord(outcome.rank(), safeCell(outcome.tally().title()),
                            euros(outcome.tally().costCents(), locale),
                            outcome.tally().votes(), Texts.get(locale, outcome.won() ? "budgets.csv.yes" : "budgets.csv.no"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Plain euros for a spreadsheet in the reader's language: 12500,00 in Dutch, 12500.00 in English. */
    static String euros(long cents, Locale locale) {
        String plain = java.math.BigDecimal.valueOf(cents, 2).toPlainString();
        return locale.getLanguage().equals("en") ? plain : plain.replace('.', ',');
    }

    /** A title starting with = + - @ would run as a formula in a spreadsheet; a leading quote makes it text. */
    static String safeCell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
