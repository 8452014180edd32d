package io.gizmostudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The app's name order must be the engine's: checked against SQLite's own NOCASE ordering in a real database. */
class NameOrderTest {

    @Test
    void mixedCaseAccentsAndSymbolsSortAsTheEngineSortsThem() throws Exception {
        List<String> names = List.of("arm", "Arm", "ARM 2", "Émile", "émile", "Zebra", "zebra", "_base", "Ärmel", "B",
                "b", "", "🙂 robot", "\uFFFD", "ß", "SS", "ıi", "İI", "a\u0301");
        assertThat(javaOrder(names)).isEqualTo(sqliteOrder(names));
    }

    @Property(tries = 200)
    void randomNamesSortAsTheEngineSortsThem(@ForAll("names") List<String> names) throws Exception {
        assertThat(javaOrder(names)).isEqualTo(sqliteOrder(names));
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> name = Arbitraries.strings()
                .withChars("aAbBzZ _-09éÉöÖßẞıİ")
                .withCharRange('\u0400', '\u0420')
                .withCharRange('\uE000', '\uE005')
                .ofMaxLength(6)
                .injectDuplicates(0.2);
        Arbitrary<String> withEmoji = name.map(s -> s.isEmpty() ? s : s + "\uD83D\uDE42");
        return Arbitraries.oneOf(name, withEmoji).list().ofMinSize(2).ofMaxSize(25);
    }

    private static List<String> javaOrder(List<String> names) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ids.add(i);
        }
        ids.sort((x, y) -> {
            int c = NameOrder.INSTANCE.compare(names.get(x), names.get(y));
            return c != 0 ? c : Integer.compare(x, y);
        });
        return ids.stream().map(i -> i + ":" + names.get(i)).toList();
    }

    private static List<String> sqliteOrder(List<String> names) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE assets (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assets (id, name) VALUES (?, ?)")) {
                for (int i = 0; i < names.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, names.get(i));
                    ps.executeUpdate();
                }
            }
            List<String> out = new ArrayList<>();
            // the engine's order (server.store.AssetOrder.NAME)
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM assets ORDER BY name COLLATE NOCASE ASC, id ASC")) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + ":" + rs.getString(2));
                }
            }
            return out;
        }
    }
}
