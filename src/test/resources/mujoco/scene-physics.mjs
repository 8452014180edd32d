// Usage: node scene-physics.mjs PKGDIR TASKS.json
// Scene physics for the scene-export tests: loads each MJCF scene with MuJoCo's WebAssembly build (npm
// `mujoco`, unpacked in PKGDIR), all in this one process. TASKS.json is
//   [{"file": "...", "settle": {"seconds": 1, "watch": ["box_", ...]},
//     "drive": {"seconds": 2, "body": "base_root", "actuators": "base_", "ctrl": 5}}, ...]
// For each file it prints one line "RESULT {json}" with:
//   error                 (set when the model did not load; nothing else then)
//   nq, nu, nkey, key     (the keyframe's name) and joints: {joint: qpos after a reset to the keyframe}
//   free: {joint: [x y z qw qx qy qz]} for free joints after the reset
//   settle: {prefix: {speed, dz, z0, z1}}: after `seconds` from the keyframe, the largest body speed (m/s,
//     from the body positions one step apart) and the root body's height change, over the bodies whose
//     names start with the prefix
//   drive: {distance}: how far (xy, m) `body` moved in `seconds` from the keyframe with every velocity
//     actuator whose name starts with `actuators` at `ctrl` (position servos keep the keyframe's ctrl)
//   warnings: MuJoCo warning counters that fired
// Exit 0 when every file was reported, 2 when MuJoCo cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { copyModelFolder, startMujoco, warnings } from './mujoco-start.mjs';

const [pkgDir, tasksFile] = process.argv.slice(2);
const M = await startMujoco(pkgDir);
const OBJ_BODY = 1, OBJ_JOINT = 3, OBJ_ACTUATOR = 19, OBJ_KEY = 24;
const JNT_FREE = 0;
const tasks = JSON.parse(fs.readFileSync(tasksFile, 'utf8'));

function reset(m, d) {
  M.mj_resetData(m, d);
  for (let i = 0; i < m.nq; i++) d.qpos[i] = m.key_qpos[i];
  for (let i = 0; i < m.nu; i++) d.ctrl[i] = m.key_ctrl[i];
  M.mj_forward(m, d);
}
const names = (m, type, n) => Array.from({ length: n }, (_, i) => M.mj_id2name(m, type, i) || '');
const steps = (m, seconds) => Math.round(seconds / m.opt.timestep);

tasks.forEach((task, index) => {
  const r = { file: task.file };
  const dir = `/scene${index}`;
  copyModelFolder(M, path.dirname(task.file), dir);
  let m;
  try {
    m = M.MjModel.loadFromXML ? M.MjModel.loadFromXML(`${dir}/${path.basename(task.file)}`)
        : M.MjModel.mj_loadXML(`${dir}/${path.basename(task.file)}`);
  } catch (e) {
    r.error = String(e && e.message || e).replace(/\s+/g, ' ').trim();
    console.log('RESULT ' + JSON.stringify(r));
    return;
  }
  const d = new M.MjData(m);
  Object.assign(r, { nq: m.nq, nu: m.nu, nkey: m.nkey, key: m.nkey > 0 ? M.mj_id2name(m, OBJ_KEY, 0) : null });
  const bodies = names(m, OBJ_BODY, m.nbody);
  const joints = names(m, OBJ_JOINT, m.njnt);
  const actuators = names(m, OBJ_ACTUATOR, m.nu);
  if (m.nkey > 0) {
    reset(m, d);
    r.joints = {}; r.free = {};
    for (let j = 0; j < m.njnt; j++) {
      const adr = m.jnt_qposadr[j];
      if (m.jnt_type[j] === JNT_FREE) r.free[joints[j]] = Array.from({ length: 7 }, (_, k) => d.qpos[adr + k]);
      else r.joints[joints[j]] = d.qpos[adr];
    }
  }
  const xpos = () => Float64Array.from(d.xpos);
  if (task.settle) {
    reset(m, d);
    const start = xpos();
    for (let i = 0; i < steps(m, task.settle.seconds); i++) M.mj_step(m, d);
    const before = xpos();
    M.mj_step(m, d);
    const after = xpos();
    r.settle = {};
    for (const prefix of task.settle.watch) {
      let speed = 0, root = -1;
      for (let b = 1; b < m.nbody; b++) {
        if (!bodies[b].startsWith(prefix)) continue;
        if (root < 0) root = b;
        const v = Math.hypot(after[3 * b] - before[3 * b], after[3 * b + 1] - before[3 * b + 1], after[3 * b + 2] - before[3 * b + 2]) / m.opt.timestep;
        speed = Math.max(speed, v);
      }
      r.settle[prefix] = root < 0 ? null : { speed, z0: start[3 * root + 2], z1: before[3 * root + 2], dz: before[3 * root + 2] - start[3 * root + 2] };
    }
  }
  if (task.drive) {
    reset(m, d);
    const b = bodies.indexOf(task.drive.body);
    let driven = 0;
    for (let a = 0; a < m.nu; a++) {
      if (actuators[a].startsWith(task.drive.actuators) && actuators[a].endsWith('_motor')) { d.ctrl[a] = task.drive.ctrl; driven++; }
    }
    const x0 = d.xpos[3 * b], y0 = d.xpos[3 * b + 1];
    for (let i = 0; i < steps(m, task.drive.seconds); i++) M.mj_step(m, d);
    r.drive = b < 0 ? null : { distance: Math.hypot(d.xpos[3 * b] - x0, d.xpos[3 * b + 1] - y0), driven };
  }
  r.warnings = warnings(M, d);
  console.log('RESULT ' + JSON.stringify(r));
  d.delete && d.delete();
  m.delete && m.delete();
});
