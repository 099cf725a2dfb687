// How `npm start` runs the app; package.json's "start" script spells out the same arguments, and the
// browser tests and the benchmark start the app with these.
//
// V8's young generation is sized when the process starts. At the default (16 MB semi-spaces) an API
// request's short-lived objects outgrow it every few hundred requests and survivors are promoted to
// the old generation; at 32 MB, GET /api/files over 10,000 files costs 0.50–0.59 ms of Node CPU
// instead of 0.64–0.68, and serves 1,476–1,617 instead of 1,292–1,353 requests/s at 50
// connections. 64 MB measured the same as 32. The cost: the young generation (two semi-spaces and
// its large-object space) may grow by up to about 50 MB more.
export const APP_V8_FLAGS = ['--max-semi-space-size=32'];
export const APP_NODE_ARGS = [...APP_V8_FLAGS, '--import', 'tsx', 'scripts/start.ts'];
