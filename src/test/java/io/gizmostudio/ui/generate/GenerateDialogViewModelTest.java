package io.gizmostudio.ui.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.jobs.JobTracker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateDialogViewModelTest {
    private final FakeAssetLibrary server = new FakeAssetLibrary();
    private final ManualUiExecutor executor = new ManualUiExecutor().deferWork();
    private final JobTracker jobs = new JobTracker(server, executor, new RecordingDialogService(), Duration.ofMinutes(1));
    private final GenerateDialogViewModel vm = new GenerateDialogViewModel(jobs);

    @Test
    void anEmptyFormCannotBeSubmittedAndSaysWhy() {
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.validationMessageProperty().get()).contains("Describe the asset");
        assertThat(vm.submit()).isFalse();
        assertThat(jobs.runningJobs()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "blank prompt|'   '|''|''|Describe the asset",
            "seed not a number|a table|''|12a|seed must be a whole number",
            "seed is a fraction|a table|''|1.5|seed must be a whole number",
            "tag too long|a table|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|''|longer than 50"})
    void invalidInputDisablesGenerate(String why, String prompt, String tags, String seed, String message) {
        vm.promptProperty().set(prompt);
        vm.tagsProperty().set(tags);
        vm.seedProperty().set(seed);

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.validationMessageProperty().get()).contains(message);
    }

    @Test
    void aPromptOverTheServersLimitIsRefusedWithItsLength() {
        vm.promptProperty().set("x".repeat(2001));

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.validationMessageProperty().get()).isEqualTo("The prompt is 2001 characters; the limit is 2000.");
        vm.promptProperty().set("x".repeat(2000));
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.promptLengthProperty().get()).isEqualTo("2000 / 2000");
    }

    @Test
    void theRequestCarriesTrimmedPromptNameTagsAndSeed() {
        vm.promptProperty().set("  a steel cabinet with 3 drawers \n");
        vm.nameProperty().set(" Cabinet A ");
        vm.tagsProperty().set("storage, v2 ,, storage, lab");
        vm.seedProperty().set("-42");

        assertThat(vm.request()).contains(new CreateAssetRequest("a steel cabinet with 3 drawers", "Cabinet A",
                List.of("storage", "v2", "lab"), -42L));
    }

    @Test
    void optionalFieldsLeftEmptyAreNotSent() {
        vm.promptProperty().set("a laptop");

        assertThat(vm.request()).contains(new CreateAssetRequest("a laptop", null, null, null));
    }

    @Test
    void submittingStartsAJob() {
        vm.useExample(vm.examplePrompts().get(0));

        assertThat(vm.submit()).isTrue();
        assertThat(jobs.runningJobs()).singleElement()
                .satisfies(j -> assertThat(j.titleProperty().get()).contains(vm.examplePrompts().get(0)));
    }

    @Test
    void asTheUserTypesItSaysHowTheBuiltInEngineReadsThePrompt() {
        vm.promptProperty().set("a wall-mounted robot arm with 1.2 m reach");

        assertThat(vm.readingProperty().get()).startsWith("Built-in engine reads: robot arm").contains("reach 1.20 m");
        assertThat(vm.notHonouredProperty().get()).isEqualTo("Not honoured: wall-mounted");
        assertThat(vm.baseHintProperty().get()).isEqualTo("Exports welded to the world.");

        vm.promptProperty().set("a 6-DOF arm with 1.2 m reach");
        assertThat(vm.notHonouredProperty().get()).isEmpty();
    }

    @Test
    void aPromptTheEngineCannotReadSaysSoWithoutBlockingTheRequest() {
        vm.promptProperty().set("a humanoid");

        assertThat(vm.readingProperty().get()).startsWith("The built-in engine would not make this:");
        // another server (the cloud) may well make it: the form stays valid
        assertThat(vm.validProperty().get()).isTrue();
        vm.promptProperty().set("");
        assertThat(vm.readingProperty().get()).isEmpty();
    }

    @Test
    void weldingTheBaseIsSentOnlyWhenAskedForAndSaysWhatTheExportWillBe() {
        vm.promptProperty().set("a differential drive mobile base");
        assertThat(vm.baseHintProperty().get()).startsWith("Exports as a free body");
        assertThat(vm.request()).get().extracting(CreateAssetRequest::fixedBase).isNull();

        vm.fixedBaseProperty().set(true);

        assertThat(vm.baseHintProperty().get()).contains("welded to the world, although this kind of asset is free");
        assertThat(vm.request()).get().extracting(CreateAssetRequest::fixedBase).isEqualTo(Boolean.TRUE);
    }
}
