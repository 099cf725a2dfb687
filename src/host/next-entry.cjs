// Runs the Next.js CLI as a child of the web role and ends with its parent: the IPC channel closes
// when the parent exits, even on SIGKILL, so no orphaned page server is left behind.
process.on('disconnect', () => process.exit(0));
process.argv.splice(1, 1, require.resolve('next/dist/bin/next'));
require('next/dist/bin/next');
