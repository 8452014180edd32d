package io.gizmostudio.ui.library;

import io.gizmostudio.ui.common.AssetSort;
import static io.gizmostudio.ui.library.AssetLibraryViewModel.PAGE_SIZE;
import static io.gizmostudio.ui.library.AssetLibraryViewModel.SEARCH_DELAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TestAssets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssetLibraryViewModelTest {
    private final FakeAssetLibrary server = new FakeAssetLibrary().withReadyAssets(100);
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final AssetLibraryViewModel vm = new AssetLibraryViewModel(server, executor);

    @Test
    void refreshLoadsOnlyTheFirstPageNewestFirst() {
        vm.refresh();

        assertThat(vm.assets()).hasSize(PAGE_SIZE);
        assertThat(vm.assets().get(0).name()).isEqualTo("asset-100");
        assertThat(vm.totalProperty().get()).isEqualTo(100);
        assertThat(server.pageCalls).containsExactly("null|null|null@0+" + PAGE_SIZE);
        assertThat(vm.countTextProperty().get()).isEqualTo("30 of 100 assets");
    }

    @Test
    void scrollingLoadsOnePageAtATimeUntilEverythingIsThere() {
        vm.refresh();
        vm.loadNextPage();
        vm.loadNextPage();
        vm.loadNextPage();
        assertThat(vm.hasMore()).isFalse();
        vm.loadNextPage();

        assertThat(vm.assets()).hasSize(100);
        assertThat(vm.assets()).extracting(Asset::id).doesNotHaveDuplicates();
        assertThat(server.pageCalls).extracting(c -> c.substring(c.indexOf('@')))
                .containsExactly("@0+30", "@30+30", "@60+30", "@90+30");
    }

    @Test
    void aSecondScrollWhileAPageIsLoadingAsksOnlyOnce() {
        executor.deferWork();
        vm.refresh();
        executor.runWork();
        vm.loadNextPage();
        vm.loadNextPage();
        assertThat(vm.loadingProperty().get()).isTrue();
        executor.runWork();

        assertThat(server.pageCalls).hasSize(2);
        assertThat(vm.assets()).hasSize(60);
    }

    @Test
    void typingIsDebouncedIntoOneServerSearchWithTheLastText() {
        vm.refresh();
        server.pageCalls.clear();

        vm.searchTextProperty().set("a");
        executor.advance(Duration.ofMillis(100));
        vm.searchTextProperty().set("as");
        executor.advance(Duration.ofMillis(100));
        vm.searchTextProperty().set("asset-09");
        executor.advance(SEARCH_DELAY.minusMillis(1));
        assertThat(server.pageCalls).isEmpty();
        executor.advance(Duration.ofMillis(1));

        assertThat(server.pageCalls).containsExactly("asset-09|null|null@0+30");
        assertThat(vm.assets()).extracting(Asset::name).hasSize(10).allMatch(n -> n.startsWith("asset-09"));
    }

    @Test
    void statusFilterReloadsAtOnceWithTheServerSideFilter() {
        server.add(TestAssets.asset("ast_failed000001", "broken", AssetStatus.FAILED, Instant.parse("2027-01-01T00:00:00Z")));
        vm.refresh();

        vm.statusFilterProperty().set(AssetStatus.FAILED);

        assertThat(server.pageCalls).last().isEqualTo("null|FAILED|null@0+30");
        assertThat(vm.assets()).extracting(Asset::name).containsExactly("broken");
    }

    @Test
    void tagFilterNarrowsToTaggedAssets() {
        vm.refresh();
        vm.tagFilterProperty().set("even");
        executor.advance(SEARCH_DELAY);

        assertThat(vm.totalProperty().get()).isEqualTo(50);
        assertThat(vm.assets()).allMatch(a -> a.tags().contains("even"));
        assertThat(vm.knownTags()).containsExactly("even", "odd");
    }

    @Test
    void aReplyForAnOlderQueryIsIgnored() {
        executor.deferWork();
        vm.refresh();
        vm.statusFilterProperty().set(AssetStatus.PENDING);
        executor.runWork();

        assertThat(vm.assets()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("No assets match");
    }

    @Test
    void sortingByNameReordersTheLoadedCards() {
        server.add(TestAssets.asset("ast_zzzzzzzzzzzzz1", "Aardvark arm", AssetStatus.READY, Instant.parse("2026-03-01T10:39:30Z")));
        vm.searchTextProperty().set("a");
        vm.refresh();
        vm.sortProperty().set(AssetSort.NAME);

        assertThat(vm.assets().get(0).name()).isEqualTo("Aardvark arm");
        vm.sortProperty().set(AssetSort.NEWEST);
        assertThat(vm.assets().get(0).name()).isEqualTo("asset-100");
    }

    @Test
    void sortingByNameAsksTheServerSoANameOnAnUnloadedPageComesFirst() {
        server.add(TestAssets.asset("ast_zzzzzzzzzzzzz2", "Aaron's first arm", AssetStatus.READY, Instant.parse("2001-01-01T00:00:00Z")));
        vm.refresh();
        assertThat(vm.assets()).extracting(Asset::name).doesNotContain("Aaron's first arm");

        vm.sortProperty().set(AssetSort.NAME);

        assertThat(vm.assets().get(0).name()).isEqualTo("Aaron's first arm");
        assertThat(vm.assets()).extracting(Asset::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void aNewlyCreatedAssetShowsAtTheTopAndShiftsPaging() {
        vm.refresh();
        Asset pending = TestAssets.asset("ast_new000000001", "new arm", AssetStatus.PENDING, Instant.parse("2030-01-01T00:00:00Z"));
        server.add(pending);
        vm.assetCreated(pending);

        assertThat(vm.assets().get(0)).isEqualTo(pending);
        assertThat(vm.totalProperty().get()).isEqualTo(101);
        vm.loadNextPage();
        assertThat(server.pageCalls).last().asString().endsWith("@31+30");
        assertThat(vm.assets()).extracting(Asset::id).doesNotHaveDuplicates().hasSize(61);
    }

    @Test
    void aCreatedAssetOutsideTheFilterStaysHidden() {
        vm.statusFilterProperty().set(AssetStatus.READY);
        vm.assetCreated(TestAssets.asset("ast_new000000001", "new arm", AssetStatus.PENDING, Instant.now()));

        assertThat(vm.assets()).noneMatch(a -> a.id().equals("ast_new000000001"));
    }

    @Test
    void aChangedAssetReplacesItsCardAndTheSelection() {
        vm.refresh();
        Asset first = vm.assets().get(0);
        vm.selectedProperty().set(first);
        Asset failed = TestAssets.failed(first, "x", "boom");

        vm.assetChanged(failed);

        assertThat(vm.assets().get(0).status()).isEqualTo(AssetStatus.FAILED);
        assertThat(vm.selectedProperty().get()).isEqualTo(failed);
    }

    @Test
    void aFailedLoadSaysWhatToDo() {
        server.failNext(new ServiceException(FailureKind.UNAUTHORIZED, "invalid_api_key", "bad key"));
        vm.refresh();

        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("API key").contains("Settings");
    }

    @Test
    void aFailedReloadDropsCardsThatMayBelongToAnotherServer() {
        vm.refresh();
        server.failNext(new ServiceException(FailureKind.UNREACHABLE, null, "refused"));
        vm.refresh();

        assertThat(vm.assets()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Cannot reach the server");
        vm.loadNextPage();
        assertThat(server.pageCalls).hasSize(1);
    }

    @Test
    void reloadingFromScratchEmptiesTheListBeforeTheFirstPageArrives() {
        vm.refresh();
        vm.selectedProperty().set(vm.assets().get(0));
        executor.deferWork();

        vm.reloadFromScratch();

        assertThat(vm.assets()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Loading assets…");
        executor.runWork();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.assets()).hasSize(PAGE_SIZE);
    }

    @Test
    void anEmptyLibraryInvitesToGenerate() {
        AssetLibraryViewModel empty = new AssetLibraryViewModel(new FakeAssetLibrary(), executor);
        empty.refresh();

        assertThat(empty.messageProperty().get()).contains("Ctrl+G");
    }
}
