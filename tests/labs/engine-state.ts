// What a lab may change on a student's Docker: recorded before and after it, so a lab that leaves
// anything behind (or removes what was already there) fails and names it.
import { spawnSync } from 'node:child_process';

export type State = Record<'contenedor' | 'volumen' | 'red' | 'imagen' | 'swarm', string[]>;

const QUERIES: Record<keyof State, string[]> = {
  contenedor: ['ps', '--all', '--format', '{{.Names}}'],
  volumen: ['volume', 'ls', '--format', '{{.Name}}'],
  red: ['network', 'ls', '--format', '{{.Name}}'],
  imagen: ['image', 'ls', '--all', '--format', '{{.Repository}}:{{.Tag}}'],
  swarm: ['info', '--format', '{{.Swarm.LocalNodeState}}'],
};

export function engineState(env: NodeJS.ProcessEnv): State {
  const state = {} as State;
  for (const [kind, args] of Object.entries(QUERIES) as [keyof State, string[]][]) {
    const run = spawnSync('docker', args, { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`docker ${args.join(' ')}: ${run.stderr.trim()}`);
    state[kind] = run.stdout.split('\n').filter(Boolean).sort();
  }
  return state;
}

/** «red docker_gwbridge», «imagen nginx:1.30», «swarm active (antes: inactive)»… */
export function changes(before: State, after: State): { left: string[]; removed: string[] } {
  const left: string[] = [];
  const removed: string[] = [];
  for (const kind of Object.keys(before) as (keyof State)[]) {
    if (kind === 'swarm') {
      if (before.swarm.join() !== after.swarm.join()) left.push(`swarm ${after.swarm.join()} (antes: ${before.swarm.join()})`);
      continue;
    }
    left.push(...after[kind].filter((name) => !before[kind].includes(name)).map((name) => `${kind} ${name}`));
    removed.push(...before[kind].filter((name) => !after[kind].includes(name)).map((name) => `${kind} ${name}`));
  }
  return { left, removed };
}

/** After a failed lab, so the next one starts from the same engine. */
export function reset(env: NodeJS.ProcessEnv, before: State) {
  const after = engineState(env);
  const run = (...args: string[]) => spawnSync('docker', args, { env, stdio: 'ignore' });
  if (after.swarm.join() !== before.swarm.join()) run('swarm', 'leave', '--force');
  const extra = (kind: keyof State) => engineState(env)[kind].filter((name) => !before[kind].includes(name));
  for (const name of extra('contenedor')) run('rm', '--force', '--volumes', name);
  for (const name of extra('volumen')) run('volume', 'rm', '--force', name);
  for (const name of extra('red')) run('network', 'rm', name);
  for (const name of extra('imagen')) run('image', 'rm', '--force', name);
}
