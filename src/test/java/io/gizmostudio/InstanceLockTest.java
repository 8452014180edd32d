package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir Path data;

    @Test
    void aSecondLaunchHandsItsFileToTheFirstInsteadOfStartingAgain() throws Exception {
        List<InstanceLock.Request> received = new CopyOnWriteArrayList<>();
        try (InstanceLock first = InstanceLock.acquire(data, received::add).orElseThrow()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(InstanceLock.PORT_FILE))))
                    .isEqualTo("rw-------");
            assertThat(InstanceLock.acquire(data, r -> { })).isEmpty();

            assertThat(InstanceLock.handOver(data, Path.of("robot.urdf"), Duration.ofSeconds(5))).isTrue();
            assertThat(InstanceLock.handOver(data, null, Duration.ofSeconds(5))).isTrue();

            waitFor(() -> received.size() == 2);
            assertThat(received.get(0).file()).isEqualTo(Path.of("robot.urdf").toAbsolutePath());
            assertThat(received.get(1).file()).isNull();
        }
        // released: the next launch is the first again
        try (InstanceLock again = InstanceLock.acquire(data, r -> { }).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aXacroFileHandedOverCarriesItsArguments() throws Exception {
        List<InstanceLock.Request> received = new CopyOnWriteArrayList<>();
        try (InstanceLock first = InstanceLock.acquire(data, received::add).orElseThrow()) {
            Path file = Path.of("my robots/ur.urdf.xacro");
            assertThat(InstanceLock.handOver(data, file, java.util.Map.of("ur_type", "ur10e", "prefix", "left arm:=x"),
                    Duration.ofSeconds(5))).isTrue();
            waitFor(() -> received.size() == 1);
            assertThat(received.get(0).file()).isEqualTo(file.toAbsolutePath());
            assertThat(received.get(0).xacroArgs()).isEqualTo(java.util.Map.of("ur_type", "ur10e", "prefix", "left arm:=x"));
            String token = Files.readString(data.resolve(InstanceLock.PORT_FILE)).strip().split(" ")[1];
            assertThat(first.parse(token + " open-with %2Ftmp%2Fa.xacro notanarg")).isEmpty();
        }
    }

    @Test
    void aRequestWithoutTheTokenIsRefused() throws Exception {
        List<InstanceLock.Request> received = new CopyOnWriteArrayList<>();
        try (InstanceLock first = InstanceLock.acquire(data, received::add).orElseThrow()) {
            assertThat(first.parse("not-the-token open /etc/passwd")).isEmpty();
            assertThat(first.parse(null)).isEmpty();
            String token = Files.readString(data.resolve(InstanceLock.PORT_FILE)).strip().split(" ")[1];
            assertThat(first.parse(token + " open /tmp/a.urdf")).contains(new InstanceLock.Request(Path.of("/tmp/a.urdf")));
            assertThat(first.parse(token + " delete everything")).isEmpty();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void noAnswerWithinThePatienceIsAFailureNotAHang() {
        // a lock file and a port file naming a port nobody listens on: a dead or hung first instance
        assertThat(InstanceLock.handOver(data, null, Duration.ofMillis(600))).isFalse();
    }

    @Test
    void theLockOfAKilledInstanceIsRecoveredByTheNextLaunch() throws Exception {
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), LockHolderChild.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(LockHolderChild.HOLDING);
            assertThat(InstanceLock.acquire(data, r -> { })).as("held by the child").isEmpty();
            assertThat(InstanceLock.handOver(data, null, Duration.ofSeconds(5))).as("the child answers").isTrue();

            holder.destroyForcibly(); // kill -9: no clean-up runs
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        Optional<InstanceLock> next = InstanceLock.acquire(data, r -> { });
        assertThat(next).as("the OS released the dead instance's lock").isPresent();
        next.get().close();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
