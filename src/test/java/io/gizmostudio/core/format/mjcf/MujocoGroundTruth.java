package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.testing.MujocoScripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * What real MuJoCo (3.5.1, the validators' WebAssembly build) makes of MJCF files: body poses at qpos0
 * and with the hinges and slides moved, masses and centres of mass, joint counts. All files go through
 * one node process ({@code src/test/resources/mujoco/body-poses.mjs}), about a second in all. When node
 * or the package is missing the calling test is skipped, or fails under {@code gizmo.validate.required}.
 */
final class MujocoGroundTruth {
    private static final long TIMEOUT_SECONDS = 120;

    /** MuJoCo's account of one file; {@code error} is set (and the rest empty) when it did not load. */
    record Model(String error, int nq, int nv, int njnt, int nfree, int nball, Map<String, Pose> zero,
                 Map<String, Pose> moved, Map<String, Double> jointPositions, Map<String, Double> mass,
                 Map<String, Vec3> centreOfMass, Map<String, Vec3> lastJointAnchor) {
    }

    private MujocoGroundTruth() {
    }

    /** Loads every file in MuJoCo; the result is keyed by the file's name. */
    static Map<String, Model> load(List<Path> files) {
        return parse(MujocoScripts.run("body-poses.mjs", files.stream().map(Path::toString).toList(), TIMEOUT_SECONDS));
    }

    /** Body names and world poses per file, from the script's lines. */
    static Map<String, Model> parse(String output) {
        Map<String, Model> models = new LinkedHashMap<>();
        String file = null;
        String error = null;
        int[] counts = new int[5];
        Map<String, Pose> zero = new LinkedHashMap<>();
        Map<String, Pose> moved = new LinkedHashMap<>();
        Map<String, Double> q = new LinkedHashMap<>();
        Map<String, Double> mass = new LinkedHashMap<>();
        Map<String, Vec3> com = new LinkedHashMap<>();
        Map<String, Vec3> anchors = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] f = line.strip().split(" ");
            switch (f[0]) {
                case "FILE":
                    file = Path.of(line.strip().substring(5)).getFileName().toString();
                    error = null;
                    counts = new int[5];
                    zero = new LinkedHashMap<>();
                    moved = new LinkedHashMap<>();
                    q = new LinkedHashMap<>();
                    mass = new LinkedHashMap<>();
                    com = new LinkedHashMap<>();
                    anchors = new LinkedHashMap<>();
                    break;
                case "ERROR":
                    error = line.strip().substring(6);
                    break;
                case "COUNT":
                    for (int i = 0; i < 5; i++) {
                        counts[i] = Integer.parseInt(f[i + 1]);
                    }
                    break;
                case "ZERO":
                    zero.put(f[1], pose(f));
                    break;
                case "MOVED":
                    moved.put(f[1], pose(f));
                    break;
                case "JOINTQ":
                    q.put(f[1], Double.parseDouble(f[2]));
                    break;
                case "MASS":
                    mass.put(f[1], Double.parseDouble(f[2]));
                    com.put(f[1], new Vec3(Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
                    break;
                case "ANCHOR":
                    anchors.put(f[1], new Vec3(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                    break;
                case "END":
                    models.put(file, new Model(error, counts[0], counts[1], counts[2], counts[3], counts[4], zero, moved, q, mass,
                            com, anchors));
                    break;
                default:
                    break;
            }
        }
        return models;
    }

    /** x y z then MuJoCo's w x y z quaternion. */
    private static Pose pose(String[] f) {
        double[] v = new double[7];
        for (int i = 0; i < 7; i++) {
            v[i] = Double.parseDouble(f[i + 2]);
        }
        return new Pose(new Vec3(v[0], v[1], v[2]), new Quat(v[4], v[5], v[6], v[3]).normalized());
    }
}
