package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.settings.PrivateFileWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code window.properties} in the user config dir: the last {@link WindowLayout}, written atomically. */
public final class WindowLayoutStore {
    private static final Logger LOG = LoggerFactory.getLogger(WindowLayoutStore.class);
    public static final String FILE_NAME = "window.properties";

    private final Path file;

    public WindowLayoutStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public WindowLayout load() {
        if (!Files.isRegularFile(file)) {
            return WindowLayout.DEFAULT;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            WindowLayout d = WindowLayout.DEFAULT;
            // Column splits saved before the composer took the middle gave it a narrow column: start those afresh.
            boolean composerEra = p.containsKey("divider.scenePanel");
            return new WindowLayout(number(p, "x", d.x()), number(p, "y", d.y()), number(p, "width", d.width()),
                    number(p, "height", d.height()), Boolean.parseBoolean(p.getProperty("maximized", "false")),
                    composerEra ? number(p, "divider.library", d.libraryDivider()) : d.libraryDivider(),
                    composerEra ? number(p, "divider.preview", d.previewDivider()) : d.previewDivider(),
                    number(p, "divider.composer", d.composerDivider()), number(p, "divider.details", d.detailsDivider()),
                    number(p, "divider.scenePanel", d.scenePanelDivider()), number(p, "divider.inspector", d.inspectorDivider()),
                    flag(p, "shown.library"), flag(p, "shown.preview"), flag(p, "shown.scenePanel"));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable {}: {}", file, e.getMessage());
            return WindowLayout.DEFAULT;
        }
    }

    public void save(WindowLayout layout) throws IOException {
        String text = "# Gizmo Studio main window\n"
                + line("divider.composer", layout.composerDivider())
                + line("divider.details", layout.detailsDivider())
                + line("divider.inspector", layout.inspectorDivider())
                + line("divider.library", layout.libraryDivider())
                + line("divider.preview", layout.previewDivider())
                + line("divider.scenePanel", layout.scenePanelDivider())
                + line("height", layout.height())
                + "maximized=" + layout.maximized() + "\n"
                + "shown.library=" + layout.libraryShown() + "\n"
                + "shown.preview=" + layout.previewShown() + "\n"
                + "shown.scenePanel=" + layout.scenePanelShown() + "\n"
                + line("width", layout.width())
                + (layout.hasPosition() ? line("x", layout.x()) + line("y", layout.y()) : "");
        PrivateFileWriter.write(file, text);
    }

    private static String line(String key, double value) {
        return key + "=" + String.format(Locale.ROOT, "%.4f", value) + "\n";
    }

    /** A pane is shown unless the file says otherwise (files from before panes could be hidden say nothing). */
    private static boolean flag(Properties p, String key) {
        return !"false".equalsIgnoreCase(p.getProperty(key, "true").trim());
    }

    private static double number(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Double.parseDouble(v.trim());
    }
}
