package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exit codes are a promise to pipelines: fixed numbers, listed in every server command's help. */
class CliExitTest {
    @ParameterizedTest
    @ValueSource(strings = {"generate", "assets list", "assets export", "scenes list", "scenes export"})
    void everyServerCommandsHelpListsTheWholeTableWithinEightyColumns(String command) {
        RemoteCli.Run help = new RemoteCli(Map.of()).run((command + " --help").split(" "));
        assertThat(help.exit()).isZero();
        for (CliExit e : CliExit.values()) {
            assertThat(help.out()).contains(String.format("%2d  %s", e.code(), e.meaning()));
        }
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OK=0", "USAGE=2", "REFUSED=3", "AUTH=4", "RATE_LIMITED=5", "NETWORK=6", "SERVER=7",
            "GENERATION_FAILED=8", "NOT_FOUND=9", "LOCAL_IO=10"})
    void theNumbersStayWhatTheReadmeSays(String pair) {
        String[] p = pair.split("=");
        assertThat(CliExit.valueOf(p[0]).code()).isEqualTo(Integer.parseInt(p[1]));
        assertThat(Arrays.stream(CliExit.values()).map(CliExit::code).distinct()).hasSize(CliExit.values().length);
    }
}
