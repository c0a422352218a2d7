import { FileContentKind, SNIFF_BYTES, sniffContent } from '../../../domain/intake';

/** The first `bytes` bytes of a file (Blob.slice, then arrayBuffer or, in older browsers, FileReader). */
export function readHead(blob: Blob, bytes: number): Promise<Uint8Array> {
  const part = blob.slice(0, bytes);
  if (typeof (part as Blob & { arrayBuffer?: unknown }).arrayBuffer === 'function') return part.arrayBuffer().then(b => new Uint8Array(b));
  return new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(part);
  });
}

/** What a chosen file is by its first bytes; a file that cannot be read (moved, deleted) counts as unknown content. */
export function sniffFile(blob: Blob): Promise<FileContentKind> {
  return readHead(blob, SNIFF_BYTES).then(sniffContent, (e: unknown) => {
    console.error('[HelpCenter] Reading the start of a chosen file failed:', e);
    return 'unknown' as FileContentKind;
  });
}
