/** Hexadecimal text of `bytes` random bytes from the browser's (or Node's) cryptographic source: keys and secrets nobody can guess. */
export function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let out = '';
  for (let i = 0; i < buffer.length; i++) out += (buffer[i] < 16 ? '0' : '') + buffer[i].toString(16);
  return out;
}
