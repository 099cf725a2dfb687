// For serverless hosts without server.ts: the same Hono app, mounted as a Next.js route handler.
// (Under `npm start`, server.ts answers /api before Next.js ever sees it.)
import { handleApiRequest } from '@/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handler = (request: Request) => handleApiRequest(request);

export { handler as DELETE, handler as GET, handler as HEAD, handler as OPTIONS, handler as PATCH, handler as POST, handler as PUT };
