/** The HTTP response of one file on /data/, shared by its endpoints (build only). */
import { dataFiles, type DataContent } from '../data/downloads';

/** Serves the data file at `path` (relative to /data/) with its media type; throws if there is none. */
export function dataFileResponse(content: DataContent, path: string): Response {
  const file = dataFiles(content).find((f) => f.path === path);
  if (!file) throw new Error(`no data file "${path}" in dataFiles()`);
  return new Response(file.body, { headers: { 'Content-Type': `${file.mediatype}; charset=utf-8` } });
}
