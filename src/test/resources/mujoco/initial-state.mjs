// Usage: node initial-state.mjs PKGDIR TASKS.json
// Initial states and closing springs of exported assets in MuJoCo's WebAssembly build (npm `mujoco`, unpacked in
// PKGDIR), every file in this one process. TASKS.json is
//   [{"file": "...", "joints": ["door_hinge", ...], "springs": [{"joint": "door_hinge", "from": 0.349,
//     "push": 15, "lever": 0.47, "seconds": 4}, ...]}, ...]
// Reported per file: nkey and, per joint of `joints`, {joint, key (its qpos in the model's first keyframe),
//   held (after 1 s from that keyframe with gravity, contacts and the servos holding the keyframe's ctrl)}.
// Per spring, with actuation and contacts disabled (the mechanism alone, a free root held where it is):
//   {joint, closedFrom (q after 3 s released at `from` rad), tClosed (s until q < 1°, null if never),
//    shut (largest q in 2 s released at 0), pushed (q after `seconds` of a push of `push` N at `lever` m),
//    pushedMax (largest q during it)}.
// Prints one line "RESULT {json}" per file ({file, error} when it did not load). Exit 0 when every file was
// reported, 2 when MuJoCo cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { copyModelFolder, startMujoco } from './mujoco-start.mjs';

const [pkgDir, tasksFile] = process.argv.slice(2);
const M = await startMujoco(pkgDir);
const bit = (name, fallback) => (M.mjtDisableBit && M.mjtDisableBit[name] && M.mjtDisableBit[name].value) || fallback;
const DSBL_CONTACT = bit('mjDSBL_CONTACT', 16), DSBL_ACTUATION = bit('mjDSBL_ACTUATION', 2048);
const OBJ_JOINT = 3, JNT_FREE = 0;
const ONE_DEGREE = Math.PI / 180;
const tasks = JSON.parse(fs.readFileSync(tasksFile, 'utf8'));
const steps = (m, seconds) => Math.round(seconds / m.opt.timestep);

function fromKey(m, d) {
  M.mj_resetData(m, d);
  for (let i = 0; i < m.nq; i++) d.qpos[i] = m.key_qpos[i];
  for (let i = 0; i < m.nu; i++) d.ctrl[i] = m.key_ctrl[i];
  M.mj_forward(m, d);
}

/** Every free joint's qpos after a reset, to hold the root where it starts while a door moves. */
function freeRoots(m, d) {
  const held = [];
  for (let j = 0; j < m.njnt; j++) {
    if (m.jnt_type[j] !== JNT_FREE) continue;
    const qadr = m.jnt_qposadr[j];
    held.push({ qadr, vadr: m.jnt_dofadr[j], qpos: Array.from({ length: 7 }, (_, k) => d.qpos[qadr + k]) });
  }
  return held;
}

function step(m, d, held) {
  M.mj_step(m, d);
  for (const h of held) {
    for (let k = 0; k < 7; k++) d.qpos[h.qadr + k] = h.qpos[k];
    for (let k = 0; k < 6; k++) d.qvel[h.vadr + k] = 0;
  }
}

/** Released at q0 with nothing but gravity, the joint's spring, damping and friction; force f·lever on the joint. */
function release(m, d, j, q0, generalized, seconds) {
  const flags = m.opt.disableflags;
  m.opt.disableflags = flags | DSBL_ACTUATION | DSBL_CONTACT;
  M.mj_resetData(m, d);
  M.mj_forward(m, d);
  const held = freeRoots(m, d);
  const qadr = m.jnt_qposadr[j], dof = m.jnt_dofadr[j];
  d.qpos[qadr] = q0;
  M.mj_forward(m, d);
  let max = d.qpos[qadr], tClosed = null;
  const n = steps(m, seconds);
  for (let i = 1; i <= n; i++) {
    d.qfrc_applied[dof] = generalized;
    step(m, d, held);
    max = Math.max(max, d.qpos[qadr]);
    if (tClosed === null && d.qpos[qadr] < ONE_DEGREE) tClosed = i * m.opt.timestep;
  }
  d.qfrc_applied[dof] = 0;
  m.opt.disableflags = flags;
  return { q: d.qpos[qadr], max, tClosed };
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
  const names = Array.from({ length: m.njnt }, (_, i) => M.mj_id2name(m, OBJ_JOINT, i) || '');
  r.nkey = m.nkey;
  r.joints = [];
  if (m.nkey > 0) {
    fromKey(m, d);
    const key = (task.joints || []).map(n => names.indexOf(n));
    const at = key.map(j => (j < 0 ? null : d.qpos[m.jnt_qposadr[j]]));
    for (let i = 0; i < steps(m, 1); i++) M.mj_step(m, d);
    key.forEach((j, i) => r.joints.push(j < 0 ? { joint: task.joints[i], missing: true }
      : { joint: task.joints[i], key: at[i], held: d.qpos[m.jnt_qposadr[j]] }));
  }
  r.springs = [];
  for (const s of task.springs || []) {
    const j = names.indexOf(s.joint);
    if (j < 0) {
      r.springs.push({ joint: s.joint, missing: true });
      continue;
    }
    const closing = release(m, d, j, s.from, 0, 3);
    const shut = release(m, d, j, 0, 0, 2);
    const pushed = release(m, d, j, 0, s.push * s.lever, s.seconds);
    r.springs.push({ joint: s.joint, from: s.from, push: s.push, lever: s.lever, closedFrom: closing.q,
      tClosed: closing.tClosed, shut: shut.max, pushed: pushed.q, pushedMax: pushed.max,
      stiffness: m.jnt_stiffness[j], springref: m.qpos_spring[m.jnt_qposadr[j]] });
  }
  console.log('RESULT ' + JSON.stringify(r));
  d.delete && d.delete();
  m.delete && m.delete();
});
process.exit(0);
