// Shared by the MuJoCo test scripts: starting MuJoCo's WebAssembly build (npm `mujoco`, unpacked in PKGDIR) and
// copying a model's folder (the model and its meshes) into MuJoCo's in-memory file system, reading its warnings.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const MODEL_FILE = /\.(xml|png|bin|obj|stl)$/i;

/** MuJoCo's module, or exit 2 (the Java side then skips, or fails where validators are required). */
export async function startMujoco(pkgDir) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    const factory = (await import(pathToFileURL(path.join(pkgDir, pkg.main || 'mujoco.js')).href)).default;
    return await factory({ print: () => {}, printErr: () => {} });
  } catch (e) {
    console.error(`cannot start MuJoCo from ${pkgDir}: ${e && e.message || e}`);
    process.exit(2);
  }
}

/** Copies the model files under {@code src} (recursively) to the new in-memory folder {@code dst}. */
export function copyModelFolder(M, src, dst) {
  M.FS.mkdir(dst);
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name);
    if (e.isDirectory()) copyModelFolder(M, s, `${dst}/${e.name}`);
    else if (MODEL_FILE.test(e.name)) M.FS.writeFile(`${dst}/${e.name}`, fs.readFileSync(s));
  }
}

const WARNING_NAMES = ['INERTIA', 'CONTACTFULL', 'CNSTRFULL', 'VGEOMFULL', 'BADQPOS', 'BADQVEL', 'BADQACC', 'BADCTRL'];

/** MuJoCo's warning counters that fired, by name (VGEOMFULL, a rendering buffer, left out). */
export function warnings(M, d) {
  const out = {};
  for (let i = 0; i < WARNING_NAMES.length; i++) {
    if (i === 3) continue;
    const w = d.warning.get ? d.warning.get(i) : d.warning[i];
    if (w && w.number > 0) out[WARNING_NAMES[i]] = w.number;
  }
  return out;
}
