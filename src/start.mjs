// `npm start`: runs src/cli.ts, after checking that this Node.js can. Plain JavaScript that any Node.js
// parses, so an older one (that cannot even load a .ts file) says what to do instead of failing
// with ERR_UNKNOWN_FILE_EXTENSION.
const NEEDED = 24;
const major = Number(process.versions.node.split('.')[0]);

if (major < NEEDED) {
  process.stderr.write(
    `job-matcher needs Node.js ${NEEDED} or newer (it runs its TypeScript directly); this is Node.js ${process.version}.\n` +
      'Run `npm ci` and then `npm start -- [options]`: npm scripts use the Node.js 24 that `npm ci` installs\n' +
      `from the devDependencies. Or install Node.js ${NEEDED} (the version is in .node-version, e.g. \`nvm install ${NEEDED}\`).\n`,
  );
  process.exitCode = 1;
} else {
  import('./cli.ts').catch((err) => {
    process.exitCode = 1;
    throw err;
  });
}
