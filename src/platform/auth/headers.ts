// Internal request headers. The server strips any client-sent copy before setting them.
export const CLIENT_IP_HEADER = 'x-courseflow-client-ip';
export const HINT_COUNTRY = 'x-courseflow-country';
export const HINT_LOCALE = 'x-courseflow-locale';
export const HINT_TIMEZONE = 'x-courseflow-timezone';
export const INTERNAL_HEADERS = [CLIENT_IP_HEADER, HINT_COUNTRY, HINT_LOCALE, HINT_TIMEZONE];
