// Fixed secrets for test clusters: roles are cluster-wide, so every database cloned from the
// template must agree on the app role's password.
export const TEST_ENV = {
  AUTH_SECRET: 'test-auth-secret-0123456789abcdef0123456789abcdef',
  DIRECTORY_HMAC_KEY: 'test-directory-hmac-key-0123456789abcdef0123456789',
  DATABASE_APP_PASSWORD: 'test-app-role-password-0123456789',
  LOG_LEVEL: 'silent',
};

export const REGIONS = ['us-east', 'eu-west'] as const;
export const TARGETS = ['directory', ...REGIONS] as const;
export const envKey = (t: string) => `DATABASE_URL_${t.toUpperCase().replace(/-/g, '_')}`;
