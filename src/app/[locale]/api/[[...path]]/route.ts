// /{locale}/api/... on serverless hosts: the same handlers; handleApiRequest reads the locale prefix.
export { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from '../../../api/[[...path]]/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
