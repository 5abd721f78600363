package nl.rugzak.platform.mydata;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows from the database as plain JSON-ready values: moments as ISO-8601 text. */
public final class PersonalRows {

    private PersonalRows() {
    }

    public static List<Map<String, Object>> of(List<Map<String, Object>> rows) {
        return rows.stream().map(PersonalRows::row).toList();
    }

    private static Map<String, Object> row(Map<String, Object> row) {
        Map<String, Object> clean = new LinkedHashMap<>();
        row.forEach((key, value) -> clean.put(key, value instanceof Timestamp at ? at.toInstant().toString() : value));
        return clean;
    }
}
