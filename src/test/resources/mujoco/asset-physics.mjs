// Usage: node asset-physics.mjs PKGDIR TASKS.json
// Single-asset physics for the floating-base and conveyor tests: loads each asset MJCF with MuJoCo's WebAssembly
// build (npm `mujoco`, unpacked in PKGDIR) after adding a floor plane at z = 0 (and, when asked, a free box to
// carry), all in this one process. TASKS.json is
//   [{"file": ".../asset.xml",
//     "payload": {"mass": 5, "size": [0.3, 0.2, 0.15], "pos": [x, y, z]},          (optional: a free box)
//     "rest": {"seconds": 1},                                                      (optional)
//     "drive": {"seconds": 3, "body": "chassis", "ctrl": {"wheel_left_joint_motor": 10, "roller_*": 4}}}, ...]
// "ctrl" names actuators exactly, or by prefix with a trailing '*'. For each task it prints one line
// "RESULT {json}" with:
//   error                      (set when the model did not load; nothing else then)
//   nq, nu, nfree              (free joints in the model as exported, the payload's aside)
//   start: {penetration, contacts}: after mj_forward at the initial state, the deepest contact (m, > 0 when
//     geoms overlap) and how many contacts there are
//   rest: {speed, body, dz}: after `seconds`, the largest body speed (m/s, linear, from cvel) and which body,
//     and the root body's height change
//   drive: {driven, speed, lateral, yawRate, z, payload: {speed, lateral, dz, x0, x1}}: from the initial state with
//     the named actuators at their ctrl, over the second half of `seconds`: the body's mean speed along its
//     initial heading (its x axis), sideways (its y axis), its yaw rate (rad/s) and end height; the payload's mean
//     speed along world x, sideways, and the change of its height from start to end
//   warnings: MuJoCo warning counters that fired
// Exit 0 when every file was reported, 2 when MuJoCo cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { copyModelFolder, startMujoco, warnings } from './mujoco-start.mjs';

const [pkgDir, tasksFile] = process.argv.slice(2);
const M = await startMujoco(pkgDir);
const OBJ_BODY = 1, OBJ_JOINT = 3, OBJ_ACTUATOR = 19;
const JNT_FREE = 0;
const tasks = JSON.parse(fs.readFileSync(tasksFile, 'utf8'));
const names = (m, type, n) => Array.from({ length: n }, (_, i) => M.mj_id2name(m, type, i) || '');
const steps = (m, seconds) => Math.round(seconds / m.opt.timestep);
const num = (a) => a.map((x) => Number(x).toPrecision(10)).join(' ');

/** The asset with a floor (and a payload box) added to its world body. */
function withFloor(xml, payload) {
  let extra = '<geom name="test_floor" type="plane" size="20 20 0.05" contype="1" conaffinity="1" rgba="0.8 0.8 0.8 1"/>';
  if (payload) {
    const [sx, sy, sz] = payload.size, m = payload.mass;
    const inertia = [m * (sy * sy + sz * sz) / 12, m * (sx * sx + sz * sz) / 12, m * (sx * sx + sy * sy) / 12];
    extra += `<body name="test_payload" pos="${num(payload.pos)}"><freejoint name="test_payload_free"/>`
      + `<inertial pos="0 0 0" mass="${m}" diaginertia="${num(inertia)}"/>`
      + `<geom name="test_payload_box" type="box" size="${num([sx / 2, sy / 2, sz / 2])}" contype="1" conaffinity="1"/></body>`;
  }
  // a payload on a roller bed makes more contacts than the asset's own <size> counted for (MuJoCo 2.2.2 only)
  // after the asset's own bodies, so its root stays body 1
  return xml.replace(/<\/worldbody>/, extra + '</worldbody>').replace(/<size [^>]*\/>/, '');
}

const quatYaw = (q) => Math.atan2(2 * (q[0] * q[3] + q[1] * q[2]), 1 - 2 * (q[2] * q[2] + q[3] * q[3]));

tasks.forEach((task, index) => {
  const r = { file: task.file };
  const dir = `/asset${index}`;
  copyModelFolder(M, path.dirname(task.file), dir);
  const vfile = `${dir}/test_${path.basename(task.file)}`;
  M.FS.writeFile(vfile, withFloor(fs.readFileSync(task.file, 'utf8'), task.payload));
  let m;
  try {
    m = M.MjModel.loadFromXML ? M.MjModel.loadFromXML(vfile) : M.MjModel.mj_loadXML(vfile);
  } catch (e) {
    r.error = String(e && e.message || e).replace(/\s+/g, ' ').trim();
    console.log('RESULT ' + JSON.stringify(r));
    return;
  }
  const d = new M.MjData(m);
  const bodies = names(m, OBJ_BODY, m.nbody);
  const joints = names(m, OBJ_JOINT, m.njnt);
  const actuators = names(m, OBJ_ACTUATOR, m.nu);
  let nfree = 0;
  for (let j = 0; j < m.njnt; j++) if (m.jnt_type[j] === JNT_FREE && joints[j] !== 'test_payload_free') nfree++;
  Object.assign(r, { nq: m.nq, nu: m.nu, nfree });
  const root = 1; // the asset's root body comes first under the world
  const payload = bodies.indexOf('test_payload');

  M.mj_resetData(m, d);
  M.mj_forward(m, d);
  let deepest = -Infinity;
  for (let i = 0; i < d.ncon; i++) deepest = Math.max(deepest, -d.contact.get(i).dist);
  r.start = { penetration: d.ncon > 0 ? deepest : 0, contacts: d.ncon };

  if (task.rest) {
    M.mj_resetData(m, d);
    M.mj_forward(m, d);
    const z0 = d.xpos[3 * root + 2];
    for (let i = 0; i < steps(m, task.rest.seconds); i++) M.mj_step(m, d);
    let speed = 0, which = '';
    for (let b = 1; b < m.nbody; b++) {
      // cvel is [angular, linear] at the subtree's centre of mass frame; the body's own linear velocity:
      const v = Math.hypot(d.cvel[6 * b + 3], d.cvel[6 * b + 4], d.cvel[6 * b + 5]);
      const w = Math.hypot(d.cvel[6 * b], d.cvel[6 * b + 1], d.cvel[6 * b + 2]);
      const off = Math.hypot(d.xipos[3 * b] - d.subtree_com[3 * m.body_rootid[b]], d.xipos[3 * b + 1] - d.subtree_com[3 * m.body_rootid[b] + 1],
        d.xipos[3 * b + 2] - d.subtree_com[3 * m.body_rootid[b] + 2]);
      const s = v + w * off;
      if (s > speed) { speed = s; which = bodies[b]; }
    }
    r.rest = { speed, body: which, dz: d.xpos[3 * root + 2] - z0 };
  }

  if (task.drive) {
    M.mj_resetData(m, d);
    let driven = 0;
    for (let a = 0; a < m.nu; a++) {
      for (const [pattern, value] of Object.entries(task.drive.ctrl)) {
        const hit = pattern.endsWith('*') ? actuators[a].startsWith(pattern.slice(0, -1)) : actuators[a] === pattern;
        if (hit) { d.ctrl[a] = value; driven++; break; }
      }
    }
    M.mj_forward(m, d);
    const b = task.drive.body ? bodies.indexOf(task.drive.body) : root;
    const q0 = Array.from(d.xquat.slice(4 * b, 4 * b + 4));
    const yaw0 = quatYaw(q0);
    const pz0 = payload >= 0 ? d.xpos[3 * payload + 2] : 0;
    const n = steps(m, task.drive.seconds);
    let half = null;
    for (let i = 0; i < n; i++) {
      if (i === Math.floor(n / 2)) {
        half = { x: d.xpos[3 * b], y: d.xpos[3 * b + 1], yaw: quatYaw(Array.from(d.xquat.slice(4 * b, 4 * b + 4))),
          px: payload >= 0 ? d.xpos[3 * payload] : 0, py: payload >= 0 ? d.xpos[3 * payload + 1] : 0, t: d.time };
      }
      M.mj_step(m, d);
    }
    const dt = d.time - half.t;
    const dx = d.xpos[3 * b] - half.x, dy = d.xpos[3 * b + 1] - half.y;
    // along and across the body's heading at the start
    const c = Math.cos(yaw0), s = Math.sin(yaw0);
    let dyaw = quatYaw(Array.from(d.xquat.slice(4 * b, 4 * b + 4))) - half.yaw;
    dyaw = Math.atan2(Math.sin(dyaw), Math.cos(dyaw));
    r.drive = { driven, speed: (c * dx + s * dy) / dt, lateral: (-s * dx + c * dy) / dt, yawRate: dyaw / dt, z: d.xpos[3 * b + 2] };
    if (payload >= 0) {
      r.drive.payload = { speed: (d.xpos[3 * payload] - half.px) / dt, lateral: (d.xpos[3 * payload + 1] - half.py) / dt,
        dz: d.xpos[3 * payload + 2] - pz0, x1: d.xpos[3 * payload], z1: d.xpos[3 * payload + 2] };
    }
  }
  r.warnings = warnings(M, d);
  console.log('RESULT ' + JSON.stringify(r));
  d.delete && d.delete();
  m.delete && m.delete();
});
