// Usage: node self-collision.mjs PKGDIR FILE.xml...
// Sweeps every hinge and slide joint of each MJCF model through its range in MuJoCo's WebAssembly build (npm
// `mujoco`, unpacked in PKGDIR), kinematically: qpos0 everywhere else, joints coupled by a joint equality
// (mimic) following their leader, 21 samples from the lower to the upper limit, mj_forward at each. At every
// sample it collects MuJoCo's contacts between two geoms of the same asset (same root body, not the world) that
// penetrate deeper than 2 mm. A part that another movable part blocks only while that one is at rest (a rack
// behind a closed door) is tried again with the blocking part's joints at the far end of their range (the door
// open): only a collision that stays is reported. Sibling parts that close together (a gripper's fingers: two or
// more leading joints of one type on the same parent body with the same range) are also swept simultaneously,
// each at the same fraction of its range, and any contact they make is reported under the joint name
// "together(a+b+...)", so fingers that each close freely but meet each other on the way are caught.
// For each file it prints one line "RESULT {json}":
//   error (when the model did not load), joints (how many were swept), groups (sibling sets swept together),
//   hits: [{joint, at (fraction of the range), q, body1, body2, depth (m), clear: [lo, hi] (the samples around
//   qpos0 free of this pair), othersMoved}] — the deepest per joint and body pair
// Exit 0 when every file was reported, 2 when MuJoCo cannot start.
import fs from 'fs';
import path from 'path';
import { copyModelFolder, startMujoco } from './mujoco-start.mjs';

const [pkgDir, ...files] = process.argv.slice(2);
const M = await startMujoco(pkgDir);
const OBJ_BODY = 1, OBJ_JOINT = 3;
const JNT_SLIDE = 2, JNT_HINGE = 3;
const EQ_JOINT = 2;
const DEPTH = 0.002;
const SAMPLES = 20;

files.forEach((file, index) => {
  const r = { file };
  const dir = `/model${index}`;
  copyModelFolder(M, path.dirname(file), dir);
  let m;
  try {
    const at = `${dir}/${path.basename(file)}`;
    m = M.MjModel.loadFromXML ? M.MjModel.loadFromXML(at) : M.MjModel.mj_loadXML(at);
  } catch (e) {
    r.error = String(e && e.message || e).replace(/\s+/g, ' ').trim();
    console.log('RESULT ' + JSON.stringify(r));
    return;
  }
  const d = new M.MjData(m);
  const bodies = Array.from({ length: m.nbody }, (_, i) => M.mj_id2name(m, OBJ_BODY, i) || `body${i}`);
  const joints = Array.from({ length: m.njnt }, (_, i) => M.mj_id2name(m, OBJ_JOINT, i) || `joint${i}`);
  // followers[j] = [{joint, c0, c1, c2, c3, c4}] for joint equalities q_f = poly(q_leader)
  const followers = {};
  for (let e = 0; e < m.neq; e++) {
    if (m.eq_type[e] !== EQ_JOINT) continue;
    const f = m.eq_obj1id[e], leader = m.eq_obj2id[e];
    if (leader < 0) continue;
    const c = Array.from({ length: 5 }, (_, k) => m.eq_data[e * m.eq_data.length / m.neq + k]);
    (followers[leader] = followers[leader] || []).push({ joint: f, c });
  }
  // the joints that move each body: those on its path to the root
  const movers = bodies.map((_, b) => {
    const out = new Set();
    for (let x = b; x > 0; x = m.body_parentid[x]) {
      for (let k = 0; k < m.njnt; k++) if (m.jnt_bodyid[k] === x) out.add(k);
    }
    return out;
  });
  const farEnd = k => Math.abs(m.jnt_range[2 * k + 1]) >= Math.abs(m.jnt_range[2 * k]) ? m.jnt_range[2 * k + 1] : m.jnt_range[2 * k];
  const setJoint = (j, q) => {
    d.qpos[m.jnt_qposadr[j]] = q;
    for (const f of followers[j] || []) {
      const [c0, c1, c2, c3, c4] = f.c;
      d.qpos[m.jnt_qposadr[f.joint]] = c0 + c1 * q + c2 * q * q + c3 * q ** 3 + c4 * q ** 4;
    }
  };
  const pose = (j, q, moved) => {
    for (let i = 0; i < m.nq; i++) d.qpos[i] = m.qpos0[i];
    for (const k of moved) if (m.jnt_limited[k]) d.qpos[m.jnt_qposadr[k]] = farEnd(k);
    setJoint(j, q);
    M.mj_forward(m, d);
  };
  // contacts deeper than DEPTH between two bodies of the same asset: [lower body, higher body, depth]
  const selfContacts = () => {
    const hits = [];
    const contacts = d.contact; // one copy of the list per pose: each read of d.contact copies it
    for (let k = 0; k < d.ncon; k++) {
      const c = contacts.get ? contacts.get(k) : contacts[k];
      if (-c.dist <= DEPTH) continue;
      const g1 = c.geom1 ?? c.geom[0], g2 = c.geom2 ?? c.geom[1];
      const b1 = m.geom_bodyid[g1], b2 = m.geom_bodyid[g2];
      if (b1 === 0 || b2 === 0 || m.body_rootid[b1] !== m.body_rootid[b2]) continue;
      hits.push([Math.min(b1, b2), Math.max(b1, b2), -c.dist]);
    }
    return hits;
  };
  const penetration = (b1, b2) => {
    let deepest = 0;
    const contacts = d.contact;
    for (let k = 0; k < d.ncon; k++) {
      const c = contacts.get ? contacts.get(k) : contacts[k];
      const g1 = c.geom1 ?? c.geom[0], g2 = c.geom2 ?? c.geom[1];
      const x = m.geom_bodyid[g1], y = m.geom_bodyid[g2];
      if ((x === b1 && y === b2) || (x === b2 && y === b1)) deepest = Math.max(deepest, -c.dist);
    }
    return deepest;
  };
  const worst = new Map();
  let swept = 0;
  for (let j = 0; j < m.njnt; j++) {
    const type = m.jnt_type[j];
    if ((type !== JNT_HINGE && type !== JNT_SLIDE) || !m.jnt_limited[j]) continue;
    if (Object.values(followers).some(list => list.some(f => f.joint === j))) continue; // moved by its leader
    swept++;
    const lo = m.jnt_range[2 * j], hi = m.jnt_range[2 * j + 1];
    for (let s = 0; s <= SAMPLES; s++) {
      const q = lo + (hi - lo) * s / SAMPLES;
      pose(j, q, []);
      for (const [b1, b2, first] of selfContacts()) {
        // other parts in the way: the joints moving either body that are not the swept joint's own chain
        const mine = movers[m.jnt_bodyid[j]];
        const others = [...movers[b1], ...movers[b2]].filter(k => !mine.has(k) && k !== j);
        let depth = first;
        if (others.length > 0) {
          pose(j, q, others);
          depth = penetration(b1, b2);
          pose(j, q, []);
        }
        if (depth <= DEPTH) continue;
        const key = `${joints[j]}|${b1}|${b2}`;
        const prev = worst.get(key);
        const clear = prev ? prev.clear : [lo, hi];
        // the free range around qpos0 shrinks to just short of every colliding sample
        const q0 = m.qpos0[m.jnt_qposadr[j]];
        const step = (hi - lo) / SAMPLES;
        if (q > q0) clear[1] = Math.min(clear[1], q - step); else clear[0] = Math.max(clear[0], q + step);
        if (!prev || depth > prev.depth) {
          worst.set(key, { joint: joints[j], at: s / SAMPLES, q, body1: bodies[b1], body2: bodies[b2], depth, clear,
            othersMoved: others.map(k => joints[k]) });
        } else {
          prev.clear = clear;
        }
      }
    }
  }
  // sibling leaders: same parent body, same type, same range, two or more of them (a gripper's fingers)
  const isFollower = j => Object.values(followers).some(list => list.some(f => f.joint === j));
  const siblings = new Map();
  for (let j = 0; j < m.njnt; j++) {
    const type = m.jnt_type[j];
    if ((type !== JNT_HINGE && type !== JNT_SLIDE) || !m.jnt_limited[j] || isFollower(j)) continue;
    const lo = m.jnt_range[2 * j], hi = m.jnt_range[2 * j + 1];
    const key = `${m.body_parentid[m.jnt_bodyid[j]]}|${type}|${lo.toFixed(6)}|${hi.toFixed(6)}`;
    siblings.set(key, [...(siblings.get(key) || []), j]);
  }
  const groups = [...siblings.values()].filter(g => g.length >= 2);
  for (const group of groups) {
    const name = `together(${group.map(k => joints[k]).join('+')})`;
    const lo = m.jnt_range[2 * group[0]], hi = m.jnt_range[2 * group[0] + 1];
    const moving = new Set();
    bodies.forEach((_, b) => { if (group.some(k => movers[b].has(k))) moving.add(b); });
    const mine = new Set(group.flatMap(k => [...movers[m.jnt_bodyid[k]]]));
    const poseGroup = (q, moved) => {
      for (let i = 0; i < m.nq; i++) d.qpos[i] = m.qpos0[i];
      for (const k of moved) if (m.jnt_limited[k]) d.qpos[m.jnt_qposadr[k]] = farEnd(k);
      for (const k of group) setJoint(k, q);
      M.mj_forward(m, d);
    };
    for (let s = 0; s <= SAMPLES; s++) {
      const q = lo + (hi - lo) * s / SAMPLES;
      poseGroup(q, []);
      for (const [b1, b2, first] of selfContacts()) {
        if (!moving.has(b1) && !moving.has(b2)) continue;
        // as above: a part at rest in the way (the door in front of the racks) is moved out of it and tried again
        const others = [...movers[b1], ...movers[b2]].filter(k => !mine.has(k));
        let depth = first;
        if (others.length > 0) {
          poseGroup(q, others);
          depth = penetration(b1, b2);
          poseGroup(q, []);
        }
        if (depth <= DEPTH) continue;
        const key = `${name}|${b1}|${b2}`;
        const prev = worst.get(key);
        if (!prev || depth > prev.depth) {
          worst.set(key, { joint: name, at: s / SAMPLES, q, body1: bodies[b1], body2: bodies[b2], depth,
            clear: prev ? prev.clear : [lo, hi], othersMoved: others.map(k => joints[k]) });
        }
      }
    }
  }
  r.joints = swept;
  r.groups = groups.map(g => g.map(k => joints[k]));
  r.hits = [...worst.values()];
  console.log('RESULT ' + JSON.stringify(r));
  d.delete && d.delete();
  m.delete && m.delete();
});
