package nl.rugzak.platform.participation.budgets;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts are kept in euro cents (no rounding surprises) and shown as residents write them: "€ 12.500". */
public final class Euros {

    private Euros() {
    }

    public static String format(long cents, Locale locale) {
        Locale region = locale.getLanguage().equals("en") ? Locale.forLanguageTag("en-IE") : Locale.forLanguageTag("nl-NL");
        NumberFormat format = NumberFormat.getCurrencyInstance(region);
        format.setMaximumFractionDigits(cents % 100 == 0 ? 0 : 2);
        format.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
        // A plain space after the euro sign, as residents type it (Java puts a no-break space there).
        return format.format(BigDecimal.valueOf(cents, 2)).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** Cents from a euro amount typed into a form; null when there is none or it has more than two decimals. */
    public static Long cents(BigDecimal euros) {
        if (euros == null) {
            return null;
        }
        try {
            return euros.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
