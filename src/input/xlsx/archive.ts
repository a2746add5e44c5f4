// A workbook's ZIP archive, opened through its central directory with yauzl: any part, in any
// order, each streamed with back-pressure (a long sheet never sits whole in memory).
import type { Readable } from 'node:stream';
import type { Entry } from 'yauzl';

export interface Archive {
  /** a part as a stream, or null if absent */
  stream(path: string): Promise<Readable | null>;
  close(): void;
}

export async function openArchive(file: string): Promise<Archive> {
  const { default: yauzl } = await import('yauzl');
  const zip = await yauzl.openPromise(file, { autoClose: false, validateEntrySizes: true });
  const entries = new Map<string, Entry>();
  try {
    // Parts are named without a leading slash; a few writers store one.
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName.replace(/^\/+/, ''), entry);
  } catch (err) {
    zip.close();
    throw err;
  }
  const stream = async (path: string) => {
    const entry = entries.get(path);
    return entry ? zip.openReadStreamPromise(entry) : null;
  };
  return { stream, close: () => zip.close() };
}
