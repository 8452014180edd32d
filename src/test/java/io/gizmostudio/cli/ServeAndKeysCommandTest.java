package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeAndKeysCommandTest {
    @TempDir
    Path dataDir;

    record Run(int exit, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void serveHelpSaysHowLongAGizmoApiKeyIsValid() {
        Run help = run(new ServeCommand(), "--help");
        assertThat(help.out()).contains("GIZMO_API_KEY").contains("never stored as a permanent key")
                .contains("or with another value, the server refuses the old secret (401)");
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void keysListShowsWhereEachKeyCameFrom() {
        try (io.gizmostudio.server.store.Database db = io.gizmostudio.server.store.Database.open(dataDir, 1)) {
            new io.gizmostudio.server.auth.ApiKeys(new io.gizmostudio.server.store.KeyStore(db), java.time.Clock.systemUTC(), 60)
                    .registerExternal("gzm_local_fromTheEnvironment000000");
        }
        run(new KeysCommand(), "create", "--name", "ci", "--data", dataDir.toString());
        Run listed = run(new KeysCommand(), "list", "--data", dataDir.toString());
        assertThat(listed.out()).contains("SOURCE").contains("environment").contains("issued")
                .contains("accepted only by a server started with that secret");
    }

    @Test
    void keysCreatePrintsTheKeyOnceListShowsOnlyIdsAndRevokeDisablesIt() {
        Run created = run(new KeysCommand(), "create", "--name", "ci", "--data", dataDir.toString());
        assertThat(created.exit()).isZero();
        String secret = created.out().strip();
        assertThat(secret).startsWith("gzm_local_").hasSizeGreaterThan(30);
        String keyId = created.err().replaceAll("(?s).*Created key (key_\\w+).*", "$1");

        Run listed = run(new KeysCommand(), "list", "--data", dataDir.toString());
        assertThat(listed.out()).contains(keyId).contains("ci").contains("active").doesNotContain(secret);

        assertThat(run(new KeysCommand(), "revoke", keyId, "--data", dataDir.toString()).exit()).isZero();
        assertThat(run(new KeysCommand(), "list", "--data", dataDir.toString()).out()).contains("revoked");
        Run again = run(new KeysCommand(), "revoke", keyId, "--data", dataDir.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("no active key");
    }

    @Test
    void serveOnPortZeroPrintsItsAddressAndAFirstKeyAndStopsCleanly() throws Exception {
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(serve);
        cli.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(cli.execute("--port", "0", "--workers", "1", "--data", dataDir.toString())));
        t.start();
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)/v1");
        Pattern key = Pattern.compile("shown only once\\): (gzm_local_\\S+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Matcher url = listening.matcher("");
        Matcher secret = key.matcher("");
        while (System.nanoTime() < deadline && !(url.reset(out.toString()).find() && secret.reset(out.toString()).find())) {
            Thread.sleep(50);
        }
        assertThat(url.find(0)).as(out.toString()).isTrue();
        assertThat(secret.find(0)).as(out.toString()).isTrue();
        Http http = new Http(url.group(1), secret.group(1));
        assertThat(http.get("/v1/health").status()).isEqualTo(200);
        assertThat(http.get("/v1/whoami").json().get("name").asText()).isEqualTo("default");

        serve.stop();
        t.join(30_000);
        assertThat(exit.get()).isZero();
    }

    @Test
    void aStoreUrlCarryingAPasswordIsRefusedInOneLineWithUsageExitCode() {
        RemoteCli.Run refused = RemoteCli.withKey().run("keys", "list", "--store",
                "jdbc:postgresql://db.example:5432/gizmo?user=team&password=hunter2");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip())
                .contains("keys list: --store must not carry the user")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("hunter2");
        assertThat(refused.err().strip().lines()).hasSize(1);

        RemoteCli.Run notPostgres = RemoteCli.withKey().run("keys", "list", "--store", "/var/lib/gizmo/gizmo.db");
        assertThat(notPostgres.exit()).isEqualTo(2);
        assertThat(notPostgres.err()).contains("--store must be a PostgreSQL JDBC URL");
    }

    @Test
    void serveRefusesANonLoopbackAddressWithoutAllowRemote() {
        Run refused = run(new ServeCommand(), "--host", "0.0.0.0", "--port", "0", "--data", dataDir.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--allow-remote");
    }
}
