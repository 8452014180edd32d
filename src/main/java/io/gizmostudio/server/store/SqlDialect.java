package io.gizmostudio.server.store;

/** The few places where SQLite and PostgreSQL SQL differ; everything else the stores write is common to both. */
public enum SqlDialect {
    SQLITE("instr", "json_extract(%s, '$.%s')"),
    POSTGRESQL("strpos", "(%s::jsonb ->> '%s')");

    private final String position;
    private final String jsonField;

    SqlDialect(String position, String jsonField) {
        this.position = position;
        this.jsonField = jsonField;
    }

    /** The text of top-level field {@code field} (a fixed identifier, never user input) of the JSON in {@code column}. */
    String jsonField(String column, String field) {
        if (!field.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a field name: " + field);
        }
        return String.format(jsonField, column, field);
    }

    /** A condition true when {@code column} contains the next bound parameter as a substring (case as stored). */
    String contains(String column) {
        return position + "(" + column + ", ?) > 0";
    }
}
