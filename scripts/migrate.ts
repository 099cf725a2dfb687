// Applies roles and migrations to every configured cell and the directory without starting the
// app: for deployments where server.ts does not run (serverless web) or before a rolling deploy.
import { provisionAll } from '@/db/provision';

await provisionAll();
console.log('migrations applied to the directory and every regional cell');
