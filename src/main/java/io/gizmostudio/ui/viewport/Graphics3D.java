package io.gizmostudio.ui.viewport;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/**
 * Whether this JavaFX can draw 3D, and what to tell the user when it cannot. JavaFX turns 3D off on graphics it
 * does not trust — software OpenGL (Mesa llvmpipe), many VMs and remote desktops — unless {@code prism.forceGPU}
 * is set; the launcher sets it (as {@code ./mvnw javafx:run} does), so this is for the machines where even that
 * gives no 3D pipeline (no OpenGL at all, or the software renderer {@code -Dprism.order=sw}).
 */
public final class Graphics3D {
    /** The viewport's words when there is no 3D. */
    public static final String UNAVAILABLE = "3D is not available here: JavaFX found no OpenGL it can draw 3D with,"
            + " so the viewport cannot show models (joints, export and everything else still work).\n"
            + "To fix it: install the graphics driver or Mesa's OpenGL (Debian/Ubuntu: libgl1 libgl1-mesa-dri),"
            + " and start Gizmo Studio with -Dprism.forceGPU=true if you launch the jar yourself"
            + " (the installed app and ./mvnw javafx:run already do). Remote desktops: use one with OpenGL (e.g. VirtualGL).";

    private Graphics3D() {
    }

    /** Call on or after toolkit start-up. */
    public static boolean available() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /**
     * Before the toolkit starts: asks JavaFX to use the GPU pipeline it would otherwise refuse on software OpenGL
     * (which draws 3D correctly there), unless the user chose otherwise on the command line.
     */
    public static void preferGpuPipeline() {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
    }
}
