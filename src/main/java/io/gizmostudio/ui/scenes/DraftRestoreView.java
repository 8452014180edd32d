package io.gizmostudio.ui.scenes;

import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The start-up offer to restore unsaved scenes: a list of drafts and Restore / Discard… / Later. Only binds. */
public final class DraftRestoreView extends Dialog<ButtonType> {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DISCARD = new ButtonType("Discard…", ButtonBar.ButtonData.OTHER);
    public static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);

    public DraftRestoreView(DraftRestoreViewModel vm, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Restore unsaved scenes");
        setHeaderText("The app closed with unsaved scene edits.");

        ListView<DraftOffer> list = new ListView<>(vm.offers());
        list.setId("draftList");
        list.setPrefSize(460, 180);
        list.setCellFactory(v -> new OfferCell());
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        ChangeListener<DraftOffer> fromVm = (o, was, now) -> list.getSelectionModel().select(now);
        vm.selectedProperty().addListener(fromVm);

        Label others = new Label();
        others.setId("otherServersNote");
        others.getStyleClass().add("muted");
        others.textProperty().bind(vm.otherServersProperty());
        others.managedProperty().bind(others.textProperty().isNotEmpty());
        others.visibleProperty().bind(others.managedProperty());

        VBox content = new VBox(8, list, others);
        content.setPadding(new Insets(12, 12, 4, 12));
        getDialogPane().setContent(content);
        getDialogPane().setId("draftRestoreDialog");
        getDialogPane().getButtonTypes().addAll(RESTORE, DISCARD, LATER);

        Button restore = (Button) getDialogPane().lookupButton(RESTORE);
        restore.setId("restoreDraft");
        restore.disableProperty().bind(vm.restoreCommand().executableProperty().not());
        restore.addEventFilter(ActionEvent.ACTION, e -> vm.restoreCommand().execute());
        Button discard = (Button) getDialogPane().lookupButton(DISCARD);
        discard.setId("discardDraft");
        discard.disableProperty().bind(vm.discardCommand().executableProperty().not());
        discard.addEventFilter(ActionEvent.ACTION, e -> {
            vm.discardCommand().execute();
            e.consume(); // discarding one draft keeps the dialog open for the others
        });
        Button later = (Button) getDialogPane().lookupButton(LATER);
        later.setId("restoreLater");
        later.addEventFilter(ActionEvent.ACTION, e -> vm.laterCommand().execute());

        // The last draft discarded: nothing left to offer.
        ChangeListener<Boolean> closeWhenDone = (o, was, now) -> {
            if (!now && isShowing()) {
                setResult(LATER);
                close();
            }
        };
        vm.offeringProperty().addListener(closeWhenDone);
        setOnHidden(e -> {
            vm.offeringProperty().removeListener(closeWhenDone);
            vm.selectedProperty().removeListener(fromVm);
        });
    }

    /** Shows a restore dialog over {@code owner} each time {@code vm} has drafts to offer (after its load). */
    public static void showWhenOffered(DraftRestoreViewModel vm, Window owner) {
        vm.offeringProperty().addListener((o, was, now) -> {
            if (now) {
                new DraftRestoreView(vm, owner).show();
            }
        });
    }

    private static final class OfferCell extends ListCell<DraftOffer> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        OfferCell() {
            title.setStyle("-fx-font-weight: bold;");
            details.getStyleClass().add("muted");
        }

        @Override
        protected void updateItem(DraftOffer offer, boolean empty) {
            super.updateItem(offer, empty);
            if (empty || offer == null) {
                setGraphic(null);
            } else {
                title.setText(offer.title());
                details.setText(offer.details());
                setGraphic(box);
            }
        }
    }
}
