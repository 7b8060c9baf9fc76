// What counts as a signing secret strong enough to trust: at least 32 characters, not a short pattern repeated.
/** 32 characters: `openssl rand -hex 32` (64) or 32 random bytes in base64 (43) both pass. */
export const MIN_SECRET_LENGTH = 32;
/** A random 32-character string has ~14+ distinct characters; fewer than 8 means a typed pattern ("aaaa…", "abab…"). */
const MIN_DISTINCT_CHARACTERS = 8;

/** Why a secret is too weak to sign tokens with, or undefined when it is acceptable. */
export function weakSecretReason(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) {
    return `must be at least ${MIN_SECRET_LENGTH} random characters (has ${secret.length}; e.g. openssl rand -hex 32)`;
  }
  if (new Set(secret).size < MIN_DISTINCT_CHARACTERS) return 'must be random (it repeats a few characters; e.g. openssl rand -hex 32)';
  return undefined;
}
