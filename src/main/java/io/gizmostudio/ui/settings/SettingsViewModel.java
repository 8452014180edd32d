package io.gizmostudio.ui.settings;

import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ConnectionService;
import io.gizmostudio.ui.connection.ProfileKind;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections: pick a profile (built-in engine, Gizmo cloud, custom URL), edit its URL and key, test it, and apply
 * it (saved to the 0600 settings file, then the app reconnects). Edits of each kind are kept while the dialog is
 * open, so flipping between kinds loses nothing. Also the package folders robot descriptions may take
 * {@code package://} meshes from (beyond ROS_PACKAGE_PATH): one per line, each checked on disk off the UI thread.
 */
public final class SettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final ConnectionSettingsStore store;
    private final ConnectionService connections;
    private final UiExecutor executor;
    private final Consumer<ConnectionSettings> onApplied;
    private final Map<ProfileKind, ConnectionProfile> drafts = new EnumMap<>(ProfileKind.class);
    private final ObjectProperty<ProfileKind> kind = new SimpleObjectProperty<>();
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty keyRevealed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper remote = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper keyHint = new ReadOnlyStringWrapper("");
    private final StringProperty packageFolders = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper packageFoldersProblem = new ReadOnlyStringWrapper("");
    private final Predicate<Path> isFolder;
    private Cancellable folderCheck = Cancellable.NONE;
    private ConnectionSettings saved;

    public SettingsViewModel(ConnectionSettings current, ConnectionSettingsStore store, ConnectionService connections,
                             UiExecutor executor, Consumer<ConnectionSettings> onApplied) {
        this(current, store, connections, executor, onApplied, Files::isDirectory);
    }

    /** {@code isFolder}: whether a path is an existing folder (called off the UI thread). */
    SettingsViewModel(ConnectionSettings current, ConnectionSettingsStore store, ConnectionService connections,
                      UiExecutor executor, Consumer<ConnectionSettings> onApplied, Predicate<Path> isFolder) {
        this.isFolder = isFolder;
        this.saved = current;
        this.store = store;
        this.connections = connections;
        this.executor = executor;
        this.onApplied = onApplied;
        drafts.putAll(current.profiles());
        kind.addListener((obs, old, now) -> switchKind(old, now));
        kind.set(current.active());
        packageFolders.set(PackageFolders.text(current.packageFolders()));
        packageFolders.addListener((obs, old, now) -> checkPackageFolders());
        validationMessage.bind(Bindings.createStringBinding(
                () -> problem().isEmpty() ? packageFoldersProblem.get() : problem(), kind, baseUrl, packageFoldersProblem));
        keyHint.bind(Bindings.createStringBinding(this::hint, kind, apiKey));
    }

    public ObjectProperty<ProfileKind> kindProperty() {
        return kind;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    /** The key field shows plain text while true; masked otherwise. */
    public BooleanProperty keyRevealedProperty() {
        return keyRevealed;
    }

    /** URL and key are editable only for remote profiles. */
    public ReadOnlyBooleanProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    /** A test or a save is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where the key comes from, or what a missing key means. */
    public ReadOnlyStringProperty keyHintProperty() {
        return keyHint.getReadOnlyProperty();
    }

    /** The profile as edited (key not yet filled from the environment). */
    public ConnectionProfile draft() {
        ProfileKind k = kind.get();
        return k.isRemote() ? new ConnectionProfile(k, baseUrl.get(), apiKey.get()) : ConnectionProfile.builtIn();
    }

    /** Folders that may hold {@code package://} packages and meshes besides ROS_PACKAGE_PATH, one per line. */
    public StringProperty packageFoldersProperty() {
        return packageFolders;
    }

    /** Why the package folders cannot be saved (a line that is no existing folder), or "". */
    public ReadOnlyStringProperty packageFoldersProblemProperty() {
        return packageFoldersProblem.getReadOnlyProperty();
    }

    /** A key for display in logs or labels: only its last four characters. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return key.length() <= 4 ? "••••" : "••••" + key.substring(key.length() - 4);
    }

    /** Checks health and whoami for the edited profile without switching to it. */
    public void testConnection() {
        if (!validationMessage.get().isEmpty() || busy.get()) {
            return;
        }
        ConnectionProfile profile = store.effective(draft());
        busy.set(true);
        testResult.set("Testing " + describe(profile) + "…");
        executor.submit(() -> connections.test(profile),
                report -> {
                    busy.set(false);
                    testResult.set("✔ " + report.summary());
                },
                failure -> {
                    busy.set(false);
                    LOG.info("Connection test of {} failed: {}", profile, failure.toString());
                    testResult.set("✘ " + FailureMessages.describe(failure));
                });
    }

    /** Saves the settings with the edited profile active, then hands them on (the app reconnects). */
    public void apply() {
        if (!validationMessage.get().isEmpty()) {
            return;
        }
        ConnectionProfile profile = draft();
        ConnectionSettings next = saved.activate(profile)
                .withPackageFolders(PackageFolders.paths(PackageFolders.lines(packageFolders.get())));
        busy.set(true);
        executor.submit(() -> {
            store.save(next);
            return next;
        }, stored -> {
            busy.set(false);
            saved = stored;
            onApplied.accept(stored);
        }, failure -> {
            busy.set(false);
            testResult.set("✘ Could not save the settings: " + FailureMessages.describe(failure));
        });
    }

    /** Checks the folders on disk in the background; Apply waits (a non-empty problem) until the answer is in. */
    private void checkPackageFolders() {
        folderCheck.cancel();
        List<String> lines = PackageFolders.lines(packageFolders.get());
        packageFoldersProblem.set(lines.isEmpty() ? "" : "Checking the package folders…");
        if (lines.isEmpty()) {
            return;
        }
        folderCheck = executor.submit(() -> PackageFolders.problem(lines, isFolder), packageFoldersProblem::set,
                failure -> packageFoldersProblem.set("Cannot check the package folders: " + FailureMessages.describe(failure)));
    }

    private void switchKind(ProfileKind old, ProfileKind now) {
        if (old != null && old.isRemote()) {
            drafts.put(old, new ConnectionProfile(old, baseUrl.get(), apiKey.get()));
        }
        ConnectionProfile p = drafts.get(now);
        remote.set(now.isRemote());
        baseUrl.set(now.isRemote() ? p.baseUrl() : "Started on this computer at launch (loopback, free port)");
        apiKey.set(now.isRemote() ? p.apiKey() : "");
        keyRevealed.set(false);
        testResult.set("");
    }

    private String problem() {
        if (kind.get() == null || !kind.get().isRemote()) {
            return "";
        }
        String url = baseUrl.get().trim();
        if (url.isEmpty()) {
            return "Enter the server's base URL, e.g. https://api.gizmo.antimlabs.com/v1";
        }
        try {
            URI uri = URI.create(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                return "The base URL must start with http:// or https:// and name a host.";
            }
        } catch (IllegalArgumentException e) {
            return "The base URL is not a valid URL.";
        }
        return "";
    }

    private String hint() {
        if (kind.get() == null || !kind.get().isRemote()) {
            return "The built-in engine makes a fresh key each time it starts.";
        }
        if (!apiKey.get().isBlank()) {
            return "Stored in " + store.file() + " (readable only by you).";
        }
        return store.hasEnvironmentKey()
                ? "Empty: the key from " + ConnectionSettingsStore.API_KEY_VARIABLE + " is used."
                : "Enter the API key for this server (or set " + ConnectionSettingsStore.API_KEY_VARIABLE + ").";
    }

    private static String describe(ConnectionProfile profile) {
        return profile.kind().isRemote() ? profile.baseUrl() : profile.kind().label();
    }
}
