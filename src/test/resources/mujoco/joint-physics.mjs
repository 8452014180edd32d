// Usage: node joint-physics.mjs PKGDIR TASKS.json
// Joint dynamics of exported assets in MuJoCo's WebAssembly build (npm `mujoco`, unpacked in PKGDIR), every
// file in this one process. TASKS.json is
//   [{"file": "...", "push": [{"joint": "door_hinge", "force": 10, "seconds": 2}, ...], "drive": true,
//     "sag": {"shoulder": 0.004, ...}}, ...]
// Every run starts from the keyframe (qpos0 when there is none) with gravity on; a free root is held where it
// is (a kinematic weld) so a loose object's lid is pushed, not the object.
// push: with actuation disabled (servos off) and contacts too (a rack behind a closed door is self-collision,
//   not the mechanism), a force of `force` N pushes the joint towards its far limit: along the axis for a slide,
//   tangentially at the handle for a hinge (see lever(); a generalized force force·ℓ). Reported per push:
//   {joint, type, lever, range, q1 (displacement after 1 s, m or rad), q2 (after 2 s), qEnd (after `seconds`),
//    tOpen (s until 90 % of the travel, null if never), free (displacement after `seconds` with the joint's
//    damping and friction disabled, the same push: what an ideal frictionless mechanism would reach)}
// drive (true): every position servo (actuator named *_servo) in turn is commanded to its joint's far end (5 %
//   inside the range, the end farther from the start) while the others hold the start; contacts are disabled
//   (what is measured is whether the actuator can move its load, not self-collision, which `driveContact`
//   reports with contacts on). Reported per servo: {actuator, joint, target, start, range, reached (q after
//   DRIVE_SECONDS), tReach (s until within 3 % of the range plus the joint's static sag `sag[joint]` of the
//   target, null if never), contactReached}.
//   Every velocity servo (*_motor) is commanded to half its control range for 1 s: {actuator, joint, ctrl,
//   speed (the joint speed at the end)}.
// Prints one line "RESULT {json}" per file ({file, error} when it did not load). Exit 0 when every file was
// reported, 2 when MuJoCo cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { copyModelFolder, startMujoco } from './mujoco-start.mjs';

const [pkgDir, tasksFile] = process.argv.slice(2);
const M = await startMujoco(pkgDir);
const bit = (name, fallback) => (M.mjtDisableBit && M.mjtDisableBit[name] && M.mjtDisableBit[name].value) || fallback;
const DSBL_CONTACT = bit('mjDSBL_CONTACT', 16), DSBL_FRICTIONLOSS = bit('mjDSBL_FRICTIONLOSS', 4);
const DSBL_DAMPER = bit('mjDSBL_DAMPER', 64), DSBL_ACTUATION = bit('mjDSBL_ACTUATION', 2048);
const OBJ_GEOM = 5, OBJ_JOINT = 3, OBJ_ACTUATOR = 19;
const JNT_FREE = 0, JNT_SLIDE = 2, JNT_HINGE = 3;
const DRIVE_SECONDS = 3, MOTOR_SECONDS = 1;
const tasks = JSON.parse(fs.readFileSync(tasksFile, 'utf8'));
const steps = (m, seconds) => Math.round(seconds / m.opt.timestep);

function start(m, d) {
  M.mj_resetData(m, d);
  if (m.nkey > 0) {
    for (let i = 0; i < m.nq; i++) d.qpos[i] = m.key_qpos[i];
    for (let i = 0; i < m.nu; i++) d.ctrl[i] = m.key_ctrl[i];
  }
  M.mj_forward(m, d);
}

/** Steps once, holding every free joint where it started. */
function step(m, d, held) {
  M.mj_step(m, d);
  for (const h of held) {
    for (let k = 0; k < 7; k++) d.qpos[h.qadr + k] = h.qpos[k];
    for (let k = 0; k < 6; k++) d.qvel[h.vadr + k] = 0;
  }
}

function hold(m, d) {
  const held = [];
  for (let j = 0; j < m.njnt; j++) {
    if (m.jnt_type[j] !== JNT_FREE) continue;
    const qadr = m.jnt_qposadr[j];
    held.push({ qadr, vadr: m.jnt_dofadr[j], qpos: Array.from({ length: 7 }, (_, k) => d.qpos[qadr + k]) });
  }
  return held;
}

/**
 * Lever of a hand pushing joint j's body at its handle, at the start pose: the distance from the axis to the
 * centre of the body's handle geoms (named *handle* or *knob*) when it has any, otherwise to its free edge (the
 * farthest corner of its box geoms, other geoms' centres plus their bounding radius) less a hand's width, 5 cm.
 */
const GEOM_BOX = 6, HAND = 0.05;
function lever(m, d, j) {
  const b = m.jnt_bodyid[j];
  const p = [d.xanchor[3 * j], d.xanchor[3 * j + 1], d.xanchor[3 * j + 2]];
  const a = [d.xaxis[3 * j], d.xaxis[3 * j + 1], d.xaxis[3 * j + 2]];
  const off = (x, y, z) => {
    const v = [x - p[0], y - p[1], z - p[2]];
    const along = v[0] * a[0] + v[1] * a[1] + v[2] * a[2];
    return Math.hypot(v[0] - along * a[0], v[1] - along * a[1], v[2] - along * a[2]);
  };
  let handle = 0, edge = 0, centre = 0;
  for (let g = 0; g < m.ngeom; g++) {
    if (m.geom_bodyid[g] !== b) continue;
    const c = [d.geom_xpos[3 * g], d.geom_xpos[3 * g + 1], d.geom_xpos[3 * g + 2]];
    const at = off(c[0], c[1], c[2]);
    centre = Math.max(centre, at);
    if (/handle|knob/i.test(M.mj_id2name(m, OBJ_GEOM, g) || '')) handle = Math.max(handle, at);
    if (m.geom_type[g] === GEOM_BOX) {
      const R = d.geom_xmat.subarray ? d.geom_xmat.subarray(9 * g, 9 * g + 9) : Array.from({ length: 9 }, (_, k) => d.geom_xmat[9 * g + k]);
      const s = [m.geom_size[3 * g], m.geom_size[3 * g + 1], m.geom_size[3 * g + 2]];
      for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) {
        const l = [sx * s[0], sy * s[1], sz * s[2]];
        edge = Math.max(edge, off(c[0] + R[0] * l[0] + R[1] * l[1] + R[2] * l[2],
          c[1] + R[3] * l[0] + R[4] * l[1] + R[5] * l[2], c[2] + R[6] * l[0] + R[7] * l[1] + R[8] * l[2]));
      }
    } else {
      edge = Math.max(edge, at + m.geom_rbound[g]);
    }
  }
  return handle > 0 ? handle : Math.max(centre, edge - HAND);
}

function push(m, d, j, spec, free) {
  const flags = m.opt.disableflags;
  m.opt.disableflags = flags | DSBL_ACTUATION | DSBL_CONTACT | (free ? DSBL_DAMPER | DSBL_FRICTIONLOSS : 0);
  start(m, d);
  const held = hold(m, d);
  const qadr = m.jnt_qposadr[j], dof = m.jnt_dofadr[j];
  const lo = m.jnt_range[2 * j], hi = m.jnt_range[2 * j + 1];
  const q0 = d.qpos[qadr];
  const sign = hi - q0 >= q0 - lo ? 1 : -1;
  const travel = sign > 0 ? hi - q0 : q0 - lo;
  const l = m.jnt_type[j] === JNT_HINGE ? lever(m, d, j) : 1;
  const r = { lever: l, range: travel };
  let tOpen = null;
  const n = steps(m, spec.seconds);
  for (let i = 1; i <= n; i++) {
    d.qfrc_applied[dof] = sign * spec.force * l;
    step(m, d, held);
    const moved = sign * (d.qpos[qadr] - q0);
    if (tOpen === null && moved >= 0.9 * travel) tOpen = i * m.opt.timestep;
    if (i === steps(m, 1)) r.q1 = moved;
    if (i === steps(m, 2)) r.q2 = moved;
  }
  d.qfrc_applied[dof] = 0;
  r.qEnd = sign * (d.qpos[qadr] - q0);
  r.tOpen = tOpen;
  m.opt.disableflags = flags;
  return r;
}

function driveServo(m, d, a, j, contacts, sag) {
  const flags = m.opt.disableflags;
  m.opt.disableflags = contacts ? flags : flags | DSBL_CONTACT;
  start(m, d);
  const held = hold(m, d);
  const qadr = m.jnt_qposadr[j];
  const lo = m.jnt_range[2 * j], hi = m.jnt_range[2 * j + 1];
  const q0 = d.qpos[qadr];
  const range = hi - lo;
  const target = hi - q0 >= q0 - lo ? hi - 0.05 * range : lo + 0.05 * range;
  d.ctrl[a] = target;
  let tReach = null;
  const n = steps(m, DRIVE_SECONDS);
  for (let i = 1; i <= n; i++) {
    step(m, d, held);
    if (tReach === null && Math.abs(d.qpos[qadr] - target) <= 0.03 * range + sag) tReach = i * m.opt.timestep;
  }
  m.opt.disableflags = flags;
  return { target, start: q0, range, reached: d.qpos[qadr], tReach };
}

function driveMotor(m, d, a, j) {
  start(m, d);
  const held = hold(m, d);
  const ctrl = 0.5 * m.actuator_ctrlrange[2 * a + 1];
  d.ctrl[a] = ctrl;
  for (let i = 0; i < steps(m, MOTOR_SECONDS); i++) step(m, d, held);
  return { ctrl, speed: d.qvel[m.jnt_dofadr[j]] };
}

tasks.forEach((task, index) => {
  const r = { file: task.file };
  const dir = `/asset${index}`;
  copyModelFolder(M, path.dirname(task.file), dir);
  let m;
  try {
    const file = `${dir}/${path.basename(task.file)}`;
    m = M.MjModel.loadFromXML ? M.MjModel.loadFromXML(file) : M.MjModel.mj_loadXML(file);
  } catch (e) {
    r.error = String(e && e.message || e).replace(/\s+/g, ' ').trim();
    console.log('RESULT ' + JSON.stringify(r));
    return;
  }
  const d = new M.MjData(m);
  const joints = Array.from({ length: m.njnt }, (_, i) => M.mj_id2name(m, OBJ_JOINT, i) || '');
  const actuators = Array.from({ length: m.nu }, (_, i) => M.mj_id2name(m, OBJ_ACTUATOR, i) || '');
  r.push = [];
  for (const spec of task.push || []) {
    const j = joints.indexOf(spec.joint);
    if (j < 0 || (m.jnt_type[j] !== JNT_HINGE && m.jnt_type[j] !== JNT_SLIDE)) {
      r.push.push({ joint: spec.joint, missing: true });
      continue;
    }
    const damped = push(m, d, j, spec, false);
    const free = push(m, d, j, spec, true);
    r.push.push({ joint: spec.joint, type: m.jnt_type[j] === JNT_HINGE ? 'hinge' : 'slide', force: spec.force,
      seconds: spec.seconds, ...damped, free: free.qEnd });
  }
  r.servos = []; r.motors = [];
  if (task.drive) {
    for (let a = 0; a < m.nu; a++) {
      const j = m.actuator_trnid[2 * a];
      if (actuators[a].endsWith('_servo') && m.jnt_limited[j]) {
        const sag = (task.sag || {})[joints[j]] || 0;
        const s = driveServo(m, d, a, j, false, sag);
        const c = driveServo(m, d, a, j, true, sag);
        r.servos.push({ actuator: actuators[a], joint: joints[j], ...s, contactReached: c.reached });
      } else if (actuators[a].endsWith('_motor')) {
        r.motors.push({ actuator: actuators[a], joint: joints[j], ...driveMotor(m, d, a, j) });
      }
    }
  }
  console.log('RESULT ' + JSON.stringify(r));
  d.delete && d.delete();
  m.delete && m.delete();
});
process.exit(0);
