package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.UiExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * At start: the unsaved drafts a crash (or an unsaved quit) left for the active connection, newest first, each
 * with restore (hand it to the app), discard (after asking) or later (keep it for the next start). Drafts made
 * against another server are not offered, only counted: their asset ids mean nothing here. Drafts this run wrote
 * itself (edits made before the first connection completed) are neither: they are the open scene, not left-overs.
 */
public final class DraftRestoreViewModel {
    private final DraftJournal journal;
    private final UiExecutor ui;
    private final DialogService dialogs;
    private final Consumer<SceneDraft> onRestore;
    private final Clock clock;

    private final ObservableList<DraftOffer> offers = FXCollections.observableArrayList();
    private final ObjectProperty<DraftOffer> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper offering = new ReadOnlyBooleanWrapper(this, "offering");
    private final ReadOnlyStringWrapper otherServers = new ReadOnlyStringWrapper(this, "otherServers", "");
    private final Command restore;
    private final Command discard;
    private final Command later;

    /**
     * @param onRestore gets the draft the user picked (UI thread): open its document in the composer under the
     *                  draft's key, and compare its base marker with the server scene's updated_at
     */
    public DraftRestoreViewModel(DraftJournal journal, UiExecutor ui, DialogService dialogs,
                                 Consumer<SceneDraft> onRestore, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.onRestore = Objects.requireNonNull(onRestore, "onRestore");
        this.clock = Objects.requireNonNull(clock, "clock");
        restore = Command.when(selected.isNotNull(), this::restoreSelected);
        discard = Command.when(selected.isNotNull(), this::discardSelected);
        later = Command.of(() -> offering.set(false));
    }

    /**
     * Reads the drafts folder in the background and offers the drafts an earlier run left for the connection at
     * {@code baseUrl}.
     */
    public void load(String baseUrl) {
        ui.submit(journal::leftByEarlierRuns, drafts -> show(drafts, baseUrl),
                failure -> dialogs.notifyError("Unsaved drafts",
                        "The drafts folder could not be read (" + failure.getMessage() + "). Your drafts are left as they are."));
    }

    public ObservableList<DraftOffer> offers() {
        return offers;
    }

    public ObjectProperty<DraftOffer> selectedProperty() {
        return selected;
    }

    /** True while there is something to offer and the user has not decided: the View shows itself then. */
    public ReadOnlyBooleanProperty offeringProperty() {
        return offering.getReadOnlyProperty();
    }

    /** "2 more drafts belong to other servers…", or empty. */
    public ReadOnlyStringProperty otherServersProperty() {
        return otherServers.getReadOnlyProperty();
    }

    public Command restoreCommand() {
        return restore;
    }

    public Command discardCommand() {
        return discard;
    }

    public Command laterCommand() {
        return later;
    }

    private void show(List<SceneDraft> drafts, String baseUrl) {
        List<DraftOffer> mine = drafts.stream().filter(d -> d.belongsTo(baseUrl)).map(d -> DraftOffer.of(d, clock)).toList();
        long others = drafts.size() - mine.size();
        otherServers.set(others == 0 ? ""
                : (others == 1 ? "1 more draft belongs" : others + " more drafts belong")
                        + " to another server; connect to it to restore.");
        offers.setAll(mine);
        selected.set(mine.isEmpty() ? null : mine.get(0));
        offering.set(!mine.isEmpty());
    }

    private void restoreSelected() {
        DraftOffer offer = selected.get();
        offering.set(false);
        onRestore.accept(offer.draft());
    }

    private void discardSelected() {
        DraftOffer offer = selected.get();
        String message = "Discard the unsaved edits to '" + offer.draft().document().name() + "' ("
                + offer.details() + ")? This cannot be undone.";
        if (!dialogs.confirm("Discard draft", message, "Discard")) {
            return;
        }
        journal.discard(offer.draft().key());
        int at = offers.indexOf(offer);
        offers.remove(offer);
        selected.set(offers.isEmpty() ? null : offers.get(Math.min(at, offers.size() - 1)));
        offering.set(!offers.isEmpty());
    }
}
