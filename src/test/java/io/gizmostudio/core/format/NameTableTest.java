package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "base link|base_link", "tilt 'joint'|tilt__joint_", "a<b>&\"c\"|a_b___c_", "6dof|_6dof",
        "''|unnamed", "ok_Name_9|ok_Name_9", "bras/épaule|bras__paule"})
    void sanitisedNamesAreIdentifiersEveryFormatAccepts(String source, String expected) {
        assertThat(NameTable.sanitise(source)).isEqualTo(expected).matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    @Test
    void namesThatSanitiseAlikeBecomeUniqueInFirstComeOrder() {
        NameTable t = new NameTable();
        assertThat(t.name("link a")).isEqualTo("link_a");
        assertThat(t.name("link_a")).isEqualTo("link_a_2");
        assertThat(t.name("link-a")).isEqualTo("link_a_3");
        assertThat(t.name("link a")).isEqualTo("link_a");
    }

    @Test
    void freshNamesNeverRepeatAndReservedNamesAreSkipped() {
        NameTable t = new NameTable();
        t.reserve("floor");
        assertThat(t.fresh("floor")).isEqualTo("floor_2");
        assertThat(t.fresh("floor")).isEqualTo("floor_3");
    }

    @Test
    void scopedTablesPrefixAndShareOneNamespace() {
        NameTable doc = new NameTable();
        NameTable a = doc.scoped("a_");
        NameTable ab = doc.scoped("a_b_");
        assertThat(a.name("b_c")).isEqualTo("a_b_c");
        assertThat(ab.name("c")).isEqualTo("a_b_c_2");
        assertThat(a.name("base")).isEqualTo("a_base");
        assertThat(ab.name("base")).isEqualTo("a_b_base");
    }
}
