// The images the labs name, built here because no registry is reachable, and pushed to the local
// registry that stands in for Docker Hub (docker-engine.ts). They hold Debian's static BusyBox, so they
// prove Docker's behaviour and the commands' syntax, never what the real images print (README).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docker, ENGINE_DIR } from './docker-engine.ts';

const APPLETS = ['sh', 'cat', 'echo', 'ls', 'wget', 'uname', 'df', 'sleep', 'mkdir', 'rm', 'httpd', 'hostname', 'ps'];

/** The beginning of nginx's own welcome page, which the network lab shows. */
const WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>Stand-in image of the labs' tests: BusyBox httpd, not nginx.</p>
</body>
</html>
`;

interface StandIn {
  name: string;
  /** Image config changes for `docker import -c`. */
  changes: string[];
  files?: Record<string, string>;
}

/** Every image a lab may pull. A lab naming another one fails at its pull, with Docker's own message. */
export const STAND_INS: readonly StandIn[] = [
  { name: 'alpine:3.24', changes: ['CMD ["sh"]'] },
  {
    name: 'nginx:1.30',
    // As PID 1, httpd ignores SIGTERM: a stop takes Docker's 10 s grace period, then SIGKILL.
    changes: ['CMD ["httpd", "-f", "-p", "80", "-h", "/usr/share/nginx/html"]', 'EXPOSE 80'],
    files: { 'usr/share/nginx/html/index.html': WELCOME },
  },
];
/** linux/arm64 only, so `--platform linux/arm64` finds it and an amd64 engine cannot run it. */
export const ARM64_STAND_IN = 'busybox:1.37';

export function pushStandIns(env: NodeJS.ProcessEnv, mirror: string) {
  const root = join(ENGINE_DIR, 'stand-ins');
  for (const image of STAND_INS) {
    const dir = join(root, image.name.replace(/[:/]/g, '-'));
    busyboxRoot(dir, readFileSync('/bin/busybox'));
    for (const [path, text] of Object.entries(image.files ?? {})) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const tar = spawnSync('tar', ['-C', dir, '-c', '.'], { maxBuffer: 64 << 20 });
    const changes = image.changes.flatMap((change) => ['-c', change]);
    const run = spawnSync('docker', ['import', ...changes, '-', `${mirror}/library/${image.name}`], { env, input: tar.stdout, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`No se pudo crear la imagen sustituta ${image.name}: ${run.stderr.trim()}`);
    push(env, `${mirror}/library/${image.name}`);
  }
  loadArm64(env, join(root, 'arm64'), `${mirror}/library/${ARM64_STAND_IN}`);
  push(env, `${mirror}/library/${ARM64_STAND_IN}`);
  rmSync(root, { recursive: true, force: true });
}

function push(env: NodeJS.ProcessEnv, reference: string) {
  docker(env, 'push', '--quiet', reference);
  docker(env, 'image', 'rm', reference);
}

function busyboxRoot(dir: string, busybox: Buffer) {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(join(dir, 'bin/busybox'), busybox);
  chmodSync(join(dir, 'bin/busybox'), 0o755);
  for (const applet of APPLETS) symlinkSync('busybox', join(dir, 'bin', applet));
}

/**
 * `docker import` cannot set a platform on Engine 20.10, so this image is written in `docker save`'s
 * layout and loaded. Its one program is an arm64 ELF header: enough for the kernel of an amd64 engine
 * to refuse it with ENOEXEC, which runc reports as «exec format error».
 */
function loadArm64(env: NodeJS.ProcessEnv, dir: string, reference: string) {
  const rootfs = join(dir, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  writeFileSync(join(rootfs, 'bin/busybox'), arm64Elf());
  chmodSync(join(rootfs, 'bin/busybox'), 0o755);
  for (const applet of ['sh', 'uname']) symlinkSync('busybox', join(rootfs, 'bin', applet));
  const layer = spawnSync('tar', ['-C', rootfs, '-c', '.'], { maxBuffer: 16 << 20 }).stdout;
  const diffId = `sha256:${createHash('sha256').update(layer).digest('hex')}`;
  const config = JSON.stringify({ architecture: 'arm64', os: 'linux', config: { Cmd: ['sh'] }, rootfs: { type: 'layers', diff_ids: [diffId] } });
  const configName = `${createHash('sha256').update(config).digest('hex')}.json`;
  const image = join(dir, 'image');
  mkdirSync(join(image, 'layer'), { recursive: true });
  writeFileSync(join(image, 'layer/layer.tar'), layer);
  writeFileSync(join(image, configName), config);
  writeFileSync(join(image, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: [reference], Layers: ['layer/layer.tar'] }]));
  const tar = spawnSync('tar', ['-C', image, '-c', '.'], { maxBuffer: 16 << 20 }).stdout;
  const run = spawnSync('docker', ['load', '--quiet'], { env, input: tar, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`No se pudo crear la imagen sustituta ${ARM64_STAND_IN}: ${run.stderr.trim()}`);
}

/** An ELF64 header and one program header for e_machine 183 (AArch64), entry point past the headers. */
function arm64Elf(): Buffer {
  const elf = Buffer.alloc(0x78 + 8);
  elf.write('\x7fELF', 0, 'latin1');
  elf.set([2, 1, 1], 4);
  elf.writeUInt16LE(2, 16); // ET_EXEC
  elf.writeUInt16LE(183, 18); // EM_AARCH64
  elf.writeUInt32LE(1, 20);
  elf.writeBigUInt64LE(0x400078n, 24);
  elf.writeBigUInt64LE(64n, 32);
  elf.writeUInt16LE(64, 52);
  elf.writeUInt16LE(56, 54);
  elf.writeUInt16LE(1, 56);
  elf.writeUInt32LE(1, 64); // PT_LOAD
  elf.writeUInt32LE(5, 68);
  elf.writeBigUInt64LE(0x400000n, 80);
  elf.writeBigUInt64LE(0x400000n, 88);
  elf.writeBigUInt64LE(0x80n, 96);
  elf.writeBigUInt64LE(0x80n, 104);
  elf.writeBigUInt64LE(0x1000n, 112);
  return elf;
}
