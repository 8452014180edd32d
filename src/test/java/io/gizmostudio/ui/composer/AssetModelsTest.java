package io.gizmostudio.ui.composer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetModelsTest {
    @TempDir Path cacheDir;
    private final Articulation crate = TestModels.box(0.4, 0.3, 0.25);
    private final ModelServingLibrary library = new ModelServingLibrary().with("crate", crate).withBrokenModel("broken");
    private final ManualUiExecutor executor = new ManualUiExecutor().deferWork();
    private final List<String> heard = new ArrayList<>();

    private AssetModels models() {
        AssetModels m = new AssetModels(library, executor, new ExportBundleCache(cacheDir));
        m.addListener((id, a) -> heard.add(id + (a == null ? ":failed" : ":" + a.links().size())));
        return m;
    }

    @Test
    void requestReadsTheMjcfExportInTheBackgroundAndTellsListeners() {
        AssetModels m = models();
        m.request("crate");
        assertThat(m.get("crate")).isEmpty();
        assertThat(m.isLoading("crate")).isTrue();
        assertThat(executor.queuedWork()).isEqualTo(1);

        executor.runWork();

        assertThat(m.isLoading("crate")).isFalse();
        assertThat(m.get("crate")).get().satisfies(a -> assertThat(a.link("body")).isPresent());
        assertThat(heard).containsExactly("crate:1");
        assertThat(m.failure("crate")).isEmpty();
    }

    @Test
    void aSecondRequestWhileLoadingOrLoadedStartsNothing() {
        AssetModels m = models();
        m.request("crate");
        m.request("crate");
        assertThat(executor.queuedWork()).isEqualTo(1);
        executor.runWork();
        m.request("crate");
        assertThat(executor.queuedWork()).isZero();
        assertThat(library.downloads.get()).isEqualTo(1);
        assertThat(heard).hasSize(1);
    }

    @Test
    void aFailedLoadSaysWhyAndIsTriedAgainOnTheNextRequest() {
        AssetModels m = models();
        m.request("missing");
        executor.runWork();
        assertThat(m.get("missing")).isEmpty();
        assertThat(m.failure("missing")).get().asString().contains("no longer exists");
        assertThat(heard).containsExactly("missing:failed");

        m.request("missing");
        assertThat(m.failure("missing")).isEmpty();
        assertThat(executor.queuedWork()).isEqualTo(1);
    }

    @Test
    void anUnreadableModelIsReportedAsSuch() {
        AssetModels m = models();
        m.request("broken");
        executor.runWork();
        assertThat(m.failure("broken")).get().asString().startsWith("Cannot read its model");
    }

    @Test
    void aHandedOverModelNeedsNoDownloadAndWinsOverALoadInFlight() {
        AssetModels m = models();
        m.request("crate");
        Articulation fromPreview = TestModels.box(1, 1, 1);
        m.put("crate", fromPreview);
        executor.runWork();
        assertThat(m.get("crate")).containsSame(fromPreview);
        assertThat(heard).containsExactly("crate:1");

        m.put("other", crate);
        m.request("other");
        assertThat(executor.queuedWork()).isZero();
        assertThat(m.get("other")).contains(crate);
    }

    @Test
    void handingOverTheSameModelAgainIsSilent() {
        AssetModels m = models();
        m.put("crate", crate);
        m.put("crate", crate);
        assertThat(heard).hasSize(1);
        assertThatThrownBy(() -> m.put("crate", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRemovedListenerHearsNothing() {
        AssetModels m = models();
        List<String> other = new ArrayList<>();
        java.util.function.BiConsumer<String, Articulation> l = (id, a) -> other.add(id);
        m.addListener(l);
        m.removeListener(l);
        m.put("crate", crate);
        assertThat(other).isEmpty();
    }

    @Test
    void theBundleIsReadFromTheSharedCacheOnDiskNextSession() {
        AssetModels first = models();
        first.request("crate");
        executor.runWork();
        AssetModels second = models();
        second.request("crate");
        executor.runWork();
        assertThat(library.downloads.get()).isEqualTo(1);
        assertThat(second.get("crate")).isPresent();
    }
}
