// Plain JavaScript on purpose: it must run, and explain itself, on the old Node it rejects.
const MINIMUM = [22, 12];
const version = process.env.REQUIRE_NODE_VERSION_UNDER_TEST ?? process.versions.node;
const [major, minor] = version.split('.').map(Number);
if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
  console.error(
    `Error: este proyecto necesita Node >= ${MINIMUM.join('.')} y se está usando Node ${version}. ` +
      'Ejecuta «npm install» (instala Node 24 en node_modules) y usa los scripts de npm, o instala Node 24.',
  );
  process.exit(1);
}
