// Files in S3-compatible buckets, in the browser: an app instance of its own with one bucket per
// region (s3rver on loopback), each bucket given the CORS rule the README asks operators for. A
// student in each region uploads a PDF and an image; the objects land in their region's bucket
// only; the PDF viewer fetches the bytes from the presigned URL (cross-origin), the image shows
// from it, and the download button saves the exact bytes under the file's name. No CSP violation,
// no failed request.
//
// The two regions use the two URL styles S3 services use: us-east path style on an IP endpoint
// (`http://127.0.0.1:port/cf-us-east/key`, as MinIO, R2 or Supabase by default), eu-west
// virtual-hosted (`http://cf-eu-west.s3.localhost:port/key`, as AWS S3 itself), so the page CSP
// must name the origin the URLs really point at, not just the configured endpoint. Chromium
// resolves *.localhost to loopback by itself; the app process gets the same through a two-line
// DNS shim (NODE_OPTIONS), since Node does not.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { DeleteBucketCorsCommand, GetBucketCorsCommand, ListObjectsV2Command, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import type { Browser, Page } from 'playwright-core';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { firstPdfPageHasInk, launchBrowser } from '../support/browser';
import { makePdf, sampleProse } from '../support/documents';
import { PASSWORD, registerVerifySignIn } from '../support/journeys';
import { APP_NODE_ARGS } from '../../scripts/app-process';
import { TEST_ENV } from '../support/test-secrets';

const root = path.resolve(import.meta.dirname, '../..');
const BUCKETS = { 'us-east': 'cf-us-east', 'eu-west': 'cf-eu-west' } as const;
type Region = keyof typeof BUCKETS;
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let s3: S3rver | undefined;
let s3Port = 0;
/** What each region is configured with, and where its presigned URLs then point. */
const endpointOf = (region: Region) => (region === 'us-east' ? `http://127.0.0.1:${s3Port}` : `http://s3.localhost:${s3Port}`);
const objectBaseOf = (region: Region) => (region === 'us-east' ? `http://127.0.0.1:${s3Port}/cf-us-east/` : `http://cf-eu-west.s3.localhost:${s3Port}/`);
const isS3 = (url: string) => url.startsWith(objectBaseOf('us-east')) || url.startsWith(objectBaseOf('eu-west'));
let client: S3Client;
let app: ChildProcess | undefined;
let appUrl = '';
let appOut = '';
let browser: Browser;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-e2e-s3-'));
chmodSync(dataDir, 0o755);
const s3Dir = mkdtempSync(path.join(os.tmpdir(), 'cf-e2e-s3rver-'));

/** Starts the launcher on the build the global setup made, with both regions' files in S3. */
function startApp(): Promise<string> {
  const shim = path.join(dataDir, 'resolve-dot-localhost.mjs');
  writeFileSync(
    shim,
    "import dns from 'node:dns';\nconst lookup = dns.lookup;\n" +
      "dns.lookup = function (host, ...rest) { return lookup.call(this, typeof host === 'string' && host.endsWith('.localhost') ? 'localhost' : host, ...rest); };\n",
  );
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...TEST_ENV,
    DATA_DIR: dataDir,
    PORT: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${shim}`.trim(),
  };
  delete env.APP_URL;
  for (const [region, bucket] of Object.entries(BUCKETS) as [Region, string][]) {
    const key = `S3_${region.toUpperCase().replace(/-/g, '_')}`;
    Object.assign(env, {
      [`${key}_BUCKET`]: bucket,
      [`${key}_ENDPOINT`]: endpointOf(region),
      [`${key}_REGION`]: region === 'us-east' ? 'us-east-1' : 'eu-west-1',
      [`${key}_ACCESS_KEY_ID`]: CREDENTIALS.accessKeyId,
      [`${key}_SECRET_ACCESS_KEY`]: CREDENTIALS.secretAccessKey,
      [`${key}_FORCE_PATH_STYLE`]: region === 'us-east' ? 'true' : 'false',
    });
  }
  const child = spawn(process.execPath, APP_NODE_ARGS, { cwd: root, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  app = child;
  child.stdout!.on('data', (d: Buffer) => (appOut += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (appOut += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = appOut.match(/running at (http:\/\/\S+)/);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`app exited ${code}:\n${appOut}`));
    });
  });
}

/**
 * What an operator does once per bucket (README, Configuration → S3 buckets): let the app's origin
 * read objects cross-origin, so the PDF viewer can fetch them from the presigned URL.
 */
async function putCors(Bucket: string) {
  await client.send(
    new PutBucketCorsCommand({
      Bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: [new URL(appUrl).origin],
            AllowedMethods: ['GET', 'HEAD'],
            AllowedHeaders: ['Range'],
            ExposeHeaders: ['Content-Length', 'Content-Range', 'Accept-Ranges'],
          },
        ],
      },
    }),
  );
}

beforeAll(async () => {
  // serviceEndpoint 'localhost': s3rver reads the bucket from hosts like cf-eu-west.s3.localhost.
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    serviceEndpoint: 'localhost',
    directory: s3Dir,
    configureBuckets: Object.values(BUCKETS).map((name) => ({ name, configs: [] })),
  });
  s3Port = ((await s3.run()) as AddressInfo).port;
  client = new S3Client({ region: 'us-east-1', endpoint: `http://127.0.0.1:${s3Port}`, forcePathStyle: true, credentials: CREDENTIALS });
  appUrl = await startApp();
  for (const Bucket of Object.values(BUCKETS)) await putCors(Bucket);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once('exit', r));
    app.kill('SIGINT');
    await exited;
  }
  await s3?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(s3Dir, { recursive: true, force: true });
});

/** A real PNG: width × height, a dark diagonal on white. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = Buffer.alloc((width * 3 + 1) * height, 0xff);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    const x = Math.floor((y * width) / height);
    raw.fill(0x20, y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 1 + x * 3 + 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

type ApiFile = { id: string; display_name: string; original_name: string; file_type: string; status: string };

/** Everything that went wrong on the page: CSP violations (from any document it showed), failed requests and HTTP errors. */
async function watch(page: Page) {
  const problems = { csp: [] as string[], failed: [] as string[], aborted: [] as { type: string; url: string }[], http: [] as string[], console: [] as string[] };
  await page.exposeFunction('__cspViolation', (v: string) => problems.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    const line = `${r.resourceType()} ${r.method()} ${r.url()}: ${error}`;
    // Cancelled on purpose by the browser: Next.js prefetches and chunk loads cut off when the test
    // navigates, and the download's navigation, which Chromium ends as ERR_ABORTED once it turns
    // into a download (the download itself is checked). Everything else is a failure: a CORS or
    // CSP refusal shows as net::ERR_FAILED / ERR_BLOCKED_BY_*.
    if (error === 'net::ERR_ABORTED') problems.aborted.push({ type: r.resourceType(), url: r.url() });
    else problems.failed.push(line);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.http.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

async function journey(opts: { region: Region; country: string; email: string; name: string; pdfPages: number }) {
  onTestFailed(() => console.error(`app output (tail):\n${appOut.slice(-6000)}`));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watch(page);
  const fromS3: { url: string; status: number; allowOrigin: string | undefined; type: string }[] = [];
  page.on('response', (r) => {
    if (isS3(r.url())) fromS3.push({ url: r.url(), status: r.status(), allowOrigin: r.headers()['access-control-allow-origin'], type: r.request().resourceType() });
  });

  await registerVerifySignIn(page, appUrl, dataDir, { locale: 'en-US', country: opts.country, email: opts.email, name: opts.name });

  // The page's CSP names where this region's presigned URLs point, for images and fetches.
  const doc = await page.goto(`${appUrl}/en-US/app/files`);
  const header = (await doc!.allHeaders())['content-security-policy'] ?? '';
  const csp = Object.fromEntries(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  const bucketOrigin = new URL(objectBaseOf(opts.region)).origin;
  expect(csp['img-src']).toContain(bucketOrigin);
  expect(csp['connect-src']).toContain(bucketOrigin);
  await page.getByTestId('files-empty').waitFor();

  const pdf = Buffer.from(
    await makePdf([
      'Lecture 4: the Krebs cycle. Citric acid, NADH and FADH2 feed the electron transport chain.',
      ...Array.from({ length: opts.pdfPages - 1 }, (_, i) => `Oxidative phosphorylation makes most of the ATP. ${sampleProse(300, i + 1)}`),
    ]),
  );
  const png = makePng(240, 160);
  await page.getByTestId('upload-files-input').setInputFiles([
    { name: 'krebs cycle.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'mitochondrion sketch.png', mimeType: 'image/png', buffer: png },
  ]);
  const panel = page.getByTestId('upload-panel');
  await expect.poll(() => panel.locator('[data-testid="upload-item"][data-status="stored"]').count(), { timeout: 60_000 }).toBe(2);
  await expect.poll(() => page.locator('[data-testid="file-row"][data-status="ready"]').count(), { timeout: 120_000, interval: 500 }).toBe(2);

  const files = ((await (await page.request.get(`${appUrl}/api/files?limit=50`)).json()) as { data: ApiFile[] }).data;
  const pdfFile = files.find((f) => f.original_name === 'krebs cycle.pdf')!;
  const pngFile = files.find((f) => f.original_name === 'mitochondrion sketch.png')!;
  expect(pdfFile.file_type).toBe('application/pdf');
  expect(pngFile.file_type).toBe('image/png');

  // The objects are in this region's bucket and nowhere else.
  const keys = async (Bucket: string) => ((await client.send(new ListObjectsV2Command({ Bucket }))).Contents ?? []).map((o) => o.Key!);
  for (const [region, bucket] of Object.entries(BUCKETS) as [Region, string][]) {
    const inBucket = await keys(bucket);
    for (const f of [pdfFile, pngFile]) expect(inBucket.some((k) => k.endsWith(`/${f.id}`)), `${f.original_name} in ${bucket}`).toBe(region === opts.region);
  }

  // The PDF viewer draws the pages from the presigned URL. A long PDF on a slow line: pdf.js reads
  // the parts it needs first (the cross-reference table at the end) with Range requests, which only
  // works when the bucket's CORS rule exposes Accept-Ranges and Content-Range.
  const slowLine = opts.pdfPages > 100 ? await page.context().newCDPSession(page) : null;
  if (slowLine) {
    await slowLine.send('Network.enable');
    await slowLine.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: 64 * 1024, uploadThroughput: -1 });
  }
  await page.goto(`${appUrl}/en-US/app/files/${pdfFile.id}`);
  await page.getByTestId('pdf-viewer').waitFor();
  await expect.poll(() => page.getByTestId('pdf-page-count').innerText(), { timeout: 30_000 }).toBe(`Page 1 of ${opts.pdfPages}`);
  await expect.poll(() => firstPdfPageHasInk(page), { timeout: 30_000 }).toBe(true);
  const pdfFetch = fromS3.find((r) => r.url.includes(`/${pdfFile.id}?`) && r.type === 'fetch');
  expect(pdfFetch, `S3 responses: ${JSON.stringify(fromS3)}`).toBeDefined();
  expect(pdfFetch!.url.startsWith(objectBaseOf(opts.region))).toBe(true);
  expect(pdfFetch!.url).toMatch(/X-Amz-Expires=60/);
  expect([200, 206]).toContain(pdfFetch!.status);
  const viewerFetches = fromS3.filter((r) => r.url.includes(`/${pdfFile.id}?`) && r.type === 'fetch');
  for (const r of viewerFetches) expect(r.allowOrigin).toBe(new URL(appUrl).origin);
  if (slowLine) {
    expect(viewerFetches.filter((r) => r.status === 206).length, `viewer fetches: ${viewerFetches.map((r) => r.status).join(', ')}`).toBeGreaterThan(0);
    await slowLine.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await slowLine.detach();
  }
  console.log(`${opts.region}: PDF of ${pdf.length} bytes; viewer fetches from the bucket: ${viewerFetches.map((r) => r.status).join(', ')}`);

  // Download: the browser follows the redirect to the bucket and saves the exact bytes under the file's name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  expect(await download.failure()).toBeNull();
  expect(download.suggestedFilename()).toBe(pdfFile.display_name.toLowerCase().endsWith('.pdf') ? pdfFile.display_name : `${pdfFile.display_name}.pdf`);
  expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);

  // The image shows from its presigned URL.
  await page.goto(`${appUrl}/en-US/app/files/${pngFile.id}`);
  const img = page.getByTestId('image-view');
  await img.waitFor();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? `${el.naturalWidth}x${el.naturalHeight}` : 'loading')), { timeout: 15_000 }).toBe('240x160');
  const imgLoad = fromS3.find((r) => r.url.includes(`/${pngFile.id}?`) && r.type === 'image');
  expect(imgLoad?.status, `S3 responses: ${JSON.stringify(fromS3)}`).toBe(200);

  expect(problems.csp).toEqual([]);
  expect(problems.failed).toEqual([]);
  // Cancelled requests to the bucket: the download's navigation, and at most pdf.js stopping its
  // own reads of the inline PDF (when it has every byte, or when the test navigates away).
  const abortedAtS3 = problems.aborted.filter((a) => isS3(a.url));
  const abortedDocs = abortedAtS3.filter((a) => a.type === 'document');
  expect(abortedDocs).toHaveLength(1);
  expect(abortedDocs[0]!.url.startsWith(objectBaseOf(opts.region))).toBe(true);
  expect(abortedDocs[0]!.url).toContain(`/${pdfFile.id}?`);
  expect(abortedDocs[0]!.url).toContain('response-content-disposition=attachment');
  for (const a of abortedAtS3.filter((x) => x.type !== 'document')) {
    expect(a.type, a.url).toBe('fetch');
    expect(a.url).toContain(`/${pdfFile.id}?`);
    expect(a.url).toContain('response-content-disposition=inline');
  }
  expect(problems.http).toEqual([]);
  expect(problems.console).toEqual([]);
  await context.close();
  return { pdfFile, pngFile, pdf };
}

let usStudent: (Awaited<ReturnType<typeof journey>> & { email: string }) | undefined;

describe('files in S3 buckets, in the browser', () => {
  it('a US student: objects in the us-east bucket (path-style URLs); viewer, image and download through presigned URLs', { timeout: 300_000 }, async () => {
    // The rule the operator set is what the bucket now answers.
    const cors = await client.send(new GetBucketCorsCommand({ Bucket: BUCKETS['us-east'] }));
    expect(cors.CORSRules?.[0]?.AllowedOrigins).toEqual([new URL(appUrl).origin]);
    const email = 'riley.s3@uni.example';
    usStudent = { email, ...(await journey({ region: 'us-east', country: 'US', email, name: 'Riley Chen', pdfPages: 2 })) };
  });

  it('a German student: objects in the eu-west bucket (virtual-hosted URLs), the same journey', { timeout: 300_000 }, async () => {
    await journey({ region: 'eu-west', country: 'DE', email: 'lena.s3@uni.example', name: 'Lena Hoffmann', pdfPages: 200 });
  });

  it('without the bucket CORS rule only the PDF viewer breaks (what the README warns operators about)', { timeout: 120_000 }, async () => {
    expect(usStudent, 'needs the US student from the first test').toBeDefined();
    const { email, pdfFile, pngFile, pdf } = usStudent!;
    await client.send(new DeleteBucketCorsCommand({ Bucket: BUCKETS['us-east'] }));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('requestfailed', (r) => {
        if (isS3(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') refused.push(`${r.resourceType()} ${r.failure()?.errorText}`);
      });
      await page.goto(`${appUrl}/en-US/sign-in`);
      const form = page.getByTestId('sign-in-form');
      await form.locator('[name=email]').fill(email);
      await form.locator('[name=password]').fill(PASSWORD);
      await form.locator('button[type=submit]').click();
      await page.waitForURL(new RegExp(`${appUrl}/en-US/app`));

      await page.goto(`${appUrl}/en-US/app/files/${pdfFile.id}`);
      await page.getByTestId('pdf-viewer').getByRole('alert').waitFor({ timeout: 30_000 });
      expect(refused).toContain('fetch net::ERR_FAILED');
      // Downloads and images are not CORS requests: they keep working.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
      expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);
      await page.goto(`${appUrl}/en-US/app/files/${pngFile.id}`);
      const img = page.getByTestId('image-view');
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)), { timeout: 15_000 }).toBe(240);
    } finally {
      await context.close();
      await putCors(BUCKETS['us-east']);
    }
  });

  it('keeps no object on local disk', () => {
    const local = path.join(dataDir, 'storage');
    const stored = existsSync(local) ? readdirSync(local, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
    expect(stored).toEqual([]);
  });
});
