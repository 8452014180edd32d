package io.gizmostudio.server.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team server's PostgreSQL: the {@code --store} JDBC URL and the credentials, which come from the environment
 * ({@code GIZMO_STORE_USER}, and {@code GIZMO_STORE_PASSWORD} or a file named by {@code GIZMO_STORE_PASSWORD_FILE}),
 * never from the URL (a command line is visible to every user of the machine, and ends up in logs). The password
 * never appears in {@link #toString()} or {@link #describe()}.
 */
public final class StoreLocation {
    public static final String USER_VARIABLE = "GIZMO_STORE_USER";
    public static final String PASSWORD_VARIABLE = "GIZMO_STORE_PASSWORD";
    public static final String PASSWORD_FILE_VARIABLE = "GIZMO_STORE_PASSWORD_FILE";
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?#]+)/([^/?#]+)(\\?[^#]*)?");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final String described;

    private StoreLocation(String url, String user, String password, String schema, String described) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.described = described;
    }

    /**
     * Reads {@code url} ({@code jdbc:postgresql://host[:port]/database[?currentSchema=name&…]}) and the credentials
     * from {@code environment}; an {@link IllegalArgumentException} says what is wrong in the user's terms.
     */
    public static StoreLocation parse(String url, Map<String, String> environment) {
        Matcher m = URL.matcher(url == null ? "" : url.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--store must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example.com:5432/gizmo");
        }
        String query = m.group(3) == null ? "" : m.group(3).substring(1);
        String schema = "public";
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.equals("user") || name.equals("password")) {
                throw new IllegalArgumentException("--store must not carry the " + name + " (a command line is visible to"
                        + " other users and ends up in logs): set " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                        + " or " + PASSWORD_FILE_VARIABLE + " instead");
            }
            if (name.equals("currentschema")) {
                schema = pair.split("=", 2).length == 2 ? pair.split("=", 2)[1] : "";
                if (!SCHEMA.matcher(schema).matches()) {
                    throw new IllegalArgumentException("currentSchema must be a plain lower-case name, not '" + schema + "'");
                }
            }
        }
        String user = environment.get(USER_VARIABLE);
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("set " + USER_VARIABLE + " (and " + PASSWORD_VARIABLE + " or "
                    + PASSWORD_FILE_VARIABLE + ") to the PostgreSQL user the server connects as");
        }
        return new StoreLocation(url.strip(), user, password(environment), schema,
                "postgresql://" + m.group(1) + "/" + m.group(2) + (schema.equals("public") ? "" : " (schema " + schema + ")"));
    }

    private static String password(Map<String, String> environment) {
        String file = environment.get(PASSWORD_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the store password file named by " + PASSWORD_FILE_VARIABLE
                        + ": " + e.getMessage());
            }
        }
        String password = environment.get(PASSWORD_VARIABLE);
        return password == null ? "" : password;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The schema the store lives in ({@code currentSchema}, default {@code public}); created if missing. */
    public String schema() {
        return schema;
    }

    /** Host, database and schema: what logs and the health report may show. */
    public String describe() {
        return described;
    }

    @Override
    public String toString() {
        return described;
    }
}
