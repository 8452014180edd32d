// Usage: node body-poses.mjs PKGDIR FILE...
// Ground truth for the MJCF reader tests: loads each MJCF file with MuJoCo's WebAssembly build (npm
// `mujoco`, unpacked in PKGDIR) and prints, per file, MuJoCo's body poses in the world at qpos0 and at a
// second configuration where every joint is moved (ball and free joints as the Euler x-y-z angles and
// x, y, z translations our readers split them into, printed as <joint>_rx … and <joint>_x …),
// each body's mass and world centre of mass, and the joint counts. One line per fact, space separated:
//   FILE <path>
//   ERROR <message>                      (the model did not load; nothing else follows for it)
//   COUNT <nq> <nv> <njnt> <nfree> <nball>
//   JOINTQ <joint> <q>                   (the moved position of a hinge, slide or component)
//   ZERO <body> <x> <y> <z> <qw> <qx> <qy> <qz>
//   MOVED <body> <x> <y> <z> <qw> <qx> <qy> <qz>
//   MASS <body> <mass> <comx> <comy> <comz>    (at qpos0)
//   ANCHOR <body> <x> <y> <z>            (pos of the body's last joint in its frame; 0 for free joints)
//   END
// Exit 0 when every file was reported (loaded or not), 2 when MuJoCo itself cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { startMujoco } from './mujoco-start.mjs';

const [pkgDir, ...files] = process.argv.slice(2);
const out = [];
const say = (...parts) => out.push(parts.join(' '));
const M = await startMujoco(pkgDir);

const JNT_FREE = 0, JNT_BALL = 1, JNT_SLIDE = 2, JNT_HINGE = 3;
const MODEL_FILE = /\.(xml|urdf|png|bin|obj|stl)$/i;
const num = (v) => String(v);
// Hamilton product of w x y z quaternions, and the rotation about a unit axis
const qmul = (a, b) => [
  a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3],
  a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2],
  a[0] * b[2] - a[1] * b[3] + a[2] * b[0] + a[3] * b[1],
  a[0] * b[3] + a[1] * b[2] - a[2] * b[1] + a[3] * b[0]];
const qaxis = (k, angle) => { const q = [Math.cos(angle / 2), 0, 0, 0]; q[k + 1] = Math.sin(angle / 2); return q; };
// rotating-axes Euler x-y-z, the order of our <joint>_rx, _ry, _rz chain
const euler = (a) => qmul(qmul(qaxis(0, a[0]), qaxis(1, a[1])), qaxis(2, a[2]));
const BALL_ANGLES = [0.1, -0.2, 0.3], FREE_ANGLES = [0.2, 0.1, -0.3], FREE_SHIFT = [0.1, -0.05, 0.2];

function poses(m, d, tag) {
  M.mj_kinematics(m, d);
  for (let b = 0; b < m.nbody; b++) {
    const p = d.xpos, q = d.xquat;
    say(tag, M.mj_id2name(m, 1, b), num(p[3 * b]), num(p[3 * b + 1]), num(p[3 * b + 2]),
        num(q[4 * b]), num(q[4 * b + 1]), num(q[4 * b + 2]), num(q[4 * b + 3]));
  }
}

files.forEach((file, index) => {
  say('FILE', file);
  // each model gets its own folder in the virtual file system, with the files next to it
  const dir = `/model${index}`;
  M.FS.mkdir(dir);
  // the model's folder and its subfolders (an exported bundle keeps its meshes in meshes/), two levels deep
  const copy = (from, to, depth) => {
    for (const name of fs.readdirSync(from)) {
      const full = path.join(from, name);
      const stat = fs.statSync(full);
      if (stat.isDirectory() && depth > 0) {
        M.FS.mkdir(`${to}/${name}`);
        copy(full, `${to}/${name}`, depth - 1);
      } else if (MODEL_FILE.test(name) && stat.isFile()) {
        M.FS.writeFile(`${to}/${name}`, fs.readFileSync(full));
      }
    }
  };
  copy(path.dirname(file), dir, 2);
  const vpath = `${dir}/${path.basename(file)}`;
  let m;
  try {
    m = M.MjModel.loadFromXML ? M.MjModel.loadFromXML(vpath) : M.MjModel.mj_loadXML(vpath);
  } catch (e) {
    say('ERROR', String(e && e.message || e).replace(/\s+/g, ' ').trim());
    say('END');
    return;
  }
  const d = new M.MjData(m);
  let nfree = 0, nball = 0;
  for (let j = 0; j < m.njnt; j++) {
    if (m.jnt_type[j] === JNT_FREE) nfree++;
    if (m.jnt_type[j] === JNT_BALL) nball++;
  }
  say('COUNT', m.nq, m.nv, m.njnt, nfree, nball);
  poses(m, d, 'ZERO');
  for (let b = 1; b < m.nbody; b++) {
    say('MASS', M.mj_id2name(m, 1, b), num(m.body_mass[b]),
        num(d.xipos[3 * b]), num(d.xipos[3 * b + 1]), num(d.xipos[3 * b + 2]));
  }
  const anchors = new Map();
  for (let j = 0; j < m.njnt; j++) {
    const b = m.jnt_bodyid[j];
    const free = m.jnt_type[j] === JNT_FREE;
    anchors.set(b, [0, 1, 2].map((k) => (free ? 0 : m.jnt_pos[3 * j + k])));
  }
  for (const [b, p] of anchors) say('ANCHOR', M.mj_id2name(m, 1, b), ...p.map(num));
  const qpos = d.qpos;
  for (let j = 0; j < m.njnt; j++) {
    const type = m.jnt_type[j];
    const name = M.mj_id2name(m, 3, j), adr = m.jnt_qposadr[j];
    if (type === JNT_BALL || type === JNT_FREE) {
      const rot = type === JNT_BALL ? adr : adr + 3;
      const angles = type === JNT_BALL ? BALL_ANGLES : FREE_ANGLES;
      const q = qmul([qpos[rot], qpos[rot + 1], qpos[rot + 2], qpos[rot + 3]], euler(angles));
      for (let k = 0; k < 4; k++) qpos[rot + k] = q[k];
      ['rx', 'ry', 'rz'].forEach((axis, k) => say('JOINTQ', `${name}_${axis}`, num(angles[k])));
      if (type === JNT_FREE) {
        ['x', 'y', 'z'].forEach((axis, k) => { qpos[adr + k] += FREE_SHIFT[k]; say('JOINTQ', `${name}_${axis}`, num(FREE_SHIFT[k])); });
      }
      continue;
    }
    const lo = m.jnt_range[2 * j], hi = m.jnt_range[2 * j + 1];
    // inside the range (our kinematics clamps to it), away from zero and from the ends
    const q = m.jnt_limited[j] ? lo + 0.3 * (hi - lo) : 0.25;
    qpos[adr] = q;
    say('JOINTQ', name, num(q));
  }
  poses(m, d, 'MOVED');
  say('END');
  d.delete && d.delete();
  m.delete && m.delete();
});
console.log(out.join('\n'));
