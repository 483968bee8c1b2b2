/** Shapes the data tests check: an ISO day and an absolute http(s) URL. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isUrl = (s: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};
