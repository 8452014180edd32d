package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.testing.SamplePrompts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every family exported to MJCF, URDF and USD carries the same physical values per joint, read back from the
 * three files: limits (USD angles in degrees), the mechanism's passive damping (MJCF joint {@code damping}, URDF
 * {@code <dynamics damping>}), the servo's gains (MJCF actuator kp/kv, USD drive stiffness and damping per
 * degree, the USD drive damping being passive plus kv since UsdPhysics has no passive damping), Coulomb friction
 * (MJCF {@code frictionloss}, URDF {@code friction}, USD {@code gizmo:frictionLoss}) and the effort limit (MJCF
 * {@code forcerange}, URDF {@code effort}, USD {@code maxForce}). URDF has no actuator, so it has no gains.
 * A joint spring (an oven door's closing spring) is MJCF {@code stiffness}/{@code springref} and, since PhysX has
 * no passive joint spring, part of the USD drive: its stiffness is kp + k (the spring's own values kept as
 * {@code gizmo:springStiffness}/{@code gizmo:springReference}); URDF has no spring.
 */
class JointValuesAgreeAcrossFormatsTest {
    private static final AssetGenerator GENERATOR = new AssetGenerator();
    private static final double REL = 1e-6;
    private static final Pattern USD_JOINT = Pattern.compile(
            "def Physics(Revolute|Prismatic)Joint \"([^\"]+)\"[^{]*\\{([^}]*)\\}", Pattern.DOTALL);
    private static final Pattern USD_VALUE = Pattern.compile("float ([\\w:]+) = (\\S+)");

    static List<String> prompts() {
        return SamplePrompts.FAMILY_PROMPTS;
    }

    @ParameterizedTest @MethodSource("prompts")
    void dampingFrictionEffortAndLimitsAreTheSameInMjcfUrdfAndUsd(String prompt) throws Exception {
        Articulation a = GENERATOR.generate(prompt, 7).articulation();
        Document mjcf = xml(ExportFormat.MUJOCO_MJCF.writer().writeAsset(a).entryText());
        Document urdf = xml(ExportFormat.ISAAC_SIM_URDF.writer().writeAsset(a).entryText());
        Map<String, Map<String, Double>> usd = usdJoints(ExportFormat.ISAAC_SIM_USD.writer().writeAsset(a).entryText());
        Map<String, Element> mjcfJoints = byName(mjcf, "joint", "name");
        Map<String, Element> mjcfActuators = byName(mjcf.getElementsByTagName("actuator").getLength() == 0 ? null : mjcf,
                null, "joint");
        Map<String, Element> urdfJoints = byName(urdf, "joint", "name");
        SoftAssertions soft = new SoftAssertions();
        for (Joint j : a.movableJoints()) {
            String name = NameTable.sanitise(j.name());
            Element mj = mjcfJoints.get(name);
            Element uj = urdfJoints.get(name);
            Map<String, Double> sj = usd.get(name);
            soft.assertThat(mj).as("%s in MJCF", name).isNotNull();
            soft.assertThat(uj).as("%s in URDF", name).isNotNull();
            soft.assertThat(sj).as("%s in USD", name).isNotNull();
            if (mj == null || uj == null || sj == null) {
                continue;
            }
            boolean angular = j.type().isRotational();
            double perDegree = angular ? 180 / Math.PI : 1; // USD value · this = SI value
            Element ulimit = child(uj, "limit");
            Element udyn = child(uj, "dynamics");
            if (j.type().isLimited()) {
                double[] range = numbers(mj.getAttribute("range"));
                close(soft, name + " lower (URDF)", Double.parseDouble(ulimit.getAttribute("lower")), range[0]);
                close(soft, name + " upper (URDF)", Double.parseDouble(ulimit.getAttribute("upper")), range[1]);
                close(soft, name + " lower (USD)", sj.get("physics:lowerLimit") / perDegree, range[0]);
                close(soft, name + " upper (USD)", sj.get("physics:upperLimit") / perDegree, range[1]);
            }
            double passive = Double.parseDouble(mj.getAttribute("damping"));
            close(soft, name + " passive damping (URDF)", Double.parseDouble(udyn.getAttribute("damping")), passive);
            double friction = Double.parseDouble(mj.getAttribute("frictionloss"));
            close(soft, name + " friction (URDF)", Double.parseDouble(udyn.getAttribute("friction")), friction);
            close(soft, name + " friction (USD)", sj.getOrDefault("gizmo:frictionLoss", 0.0), friction);
            close(soft, name + " passive damping (model)", j.dynamics().damping(), passive);
            double spring = mj.hasAttribute("stiffness") ? Double.parseDouble(mj.getAttribute("stiffness")) : 0;
            close(soft, name + " spring stiffness (model)", j.dynamics().stiffness(), spring);
            if (spring > 0) {
                close(soft, name + " spring reference (model)", j.dynamics().springReference(),
                        Double.parseDouble(mj.getAttribute("springref")));
                close(soft, name + " spring stiffness (USD gizmo:springStiffness)", sj.getOrDefault("gizmo:springStiffness", 0.0), spring);
                close(soft, name + " spring reference (USD gizmo:springReference)", sj.getOrDefault("gizmo:springReference", 0.0),
                        Double.parseDouble(mj.getAttribute("springref")));
            }
            Element act = mjcfActuators.get(name);
            String drive = "drive:" + (angular ? "angular" : "linear") + ":physics:";
            if (act == null) {
                soft.assertThat(j.isActuated()).as("%s has a drive but no MJCF actuator", name).isFalse();
                if (j.mimic() == null) { // PhysX mimic joints take no drive; the follower's damping is MJCF/URDF only
                    close(soft, name + " damping (USD zero-stiffness drive)", sj.getOrDefault(drive + "damping", 0.0) * perDegree, passive);
                    close(soft, name + " stiffness (USD drive = the spring)", sj.getOrDefault(drive + "stiffness", 0.0) * perDegree, spring);
                }
                continue;
            }
            double kp;
            double kv;
            if (act.getTagName().equals("general")) {
                double[] bias = numbers(act.getAttribute("biasprm"));
                kp = Double.parseDouble(act.getAttribute("gainprm").trim().split("\\s+")[0]);
                soft.assertThat(-bias[1]).as("%s servo bias is −kp", name).isCloseTo(kp, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, kp)));
                kv = -bias[2];
            } else {
                kp = 0;
                kv = Double.parseDouble(act.getAttribute("kv"));
            }
            double effort = numbers(act.getAttribute("forcerange"))[1];
            close(soft, name + " stiffness (USD = kp + spring)", sj.get(drive + "stiffness") * perDegree, kp + spring);
            close(soft, name + " damping (USD = passive + kv)", sj.get(drive + "damping") * perDegree, passive + kv);
            close(soft, name + " effort (URDF)", Double.parseDouble(ulimit.getAttribute("effort")), effort);
            close(soft, name + " effort (USD)", sj.get(drive + "maxForce"), effort);
        }
        soft.assertAll();
    }

    private static void close(SoftAssertions soft, String what, double got, double want) {
        soft.assertThat(got).as("%s: %s vs MJCF %s", what, got, want)
                .isCloseTo(want, org.assertj.core.api.Assertions.within(REL * Math.max(1, Math.abs(want)) + 1e-9));
    }

    private static Map<String, Map<String, Double>> usdJoints(String usda) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        Matcher m = USD_JOINT.matcher(usda);
        while (m.find()) {
            Map<String, Double> values = new HashMap<>();
            Matcher v = USD_VALUE.matcher(m.group(3));
            while (v.find()) {
                values.put(v.group(1), Double.parseDouble(v.group(2)));
            }
            out.put(m.group(2), values);
        }
        return out;
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Elements named {@code tag} (or every child of {@code <actuator>} when tag is null) keyed by {@code key}. */
    private static Map<String, Element> byName(Document doc, String tag, String key) {
        Map<String, Element> out = new HashMap<>();
        if (doc == null) {
            return out;
        }
        if (tag == null) {
            NodeList kids = doc.getElementsByTagName("actuator").item(0).getChildNodes();
            for (int i = 0; i < kids.getLength(); i++) {
                if (kids.item(i) instanceof Element e) {
                    out.put(e.getAttribute(key), e);
                }
            }
            return out;
        }
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.hasAttribute(key)) {
                out.put(e.getAttribute(key), e);
            }
        }
        return out;
    }

    private static Element child(Element e, String tag) {
        NodeList list = e.getElementsByTagName(tag);
        assertThat(list.getLength()).as("<%s> in %s", tag, e.getAttribute("name")).isPositive();
        return (Element) list.item(0);
    }

    private static double[] numbers(String text) {
        String[] parts = text.trim().split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
