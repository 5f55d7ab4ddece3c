import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../common/api-exception';

/** A file stored on disk while its import runs, with the other fields of the form. */
export interface ReceivedUpload {
  path: string;
  fileName: string;
  bytes: number;
  /** SHA-256 of the bytes, hexadecimal. */
  sha256: string;
  fields: Record<string, string>;
}

/** Form fields besides the file are short values: anything longer is not one of ours. */
const MAX_FIELD_BYTES = 1024;
const MAX_FIELDS = 10;
/** Room for the multipart framing and fields around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

export function tooLarge(maxBytes: number): ApiException {
  return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, {
    code: 'PAYLOAD_TOO_LARGE',
    message: `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, the most an import accepts. Split it, e.g. by indicator or year, and import the parts one after the other.`,
  });
}

function badUpload(message: string): ApiException {
  return ApiException.validation(message, [{ field: 'file', message }]);
}

/**
 * Streams a multipart upload's `file` part to a new file in `directory`, hashing it on the way, and
 * collects the other fields. Nothing of the upload is held in memory. Whatever goes wrong, the
 * partial file is removed and the rest of the request is read and discarded, so the client gets the
 * answer instead of a broken connection.
 */
export async function receiveUpload(
  request: IncomingMessage,
  directory: string,
  maxBytes: number,
): Promise<ReceivedUpload> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    request.resume();
    throw badUpload('Send the file as multipart/form-data, in a part named "file"');
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) {
    request.resume();
    throw tooLarge(maxBytes);
  }
  await mkdir(directory, { recursive: true });
  const target = path.join(directory, `import-${randomUUID()}.upload`);
  let fileStream: (NodeJS.ReadableStream & { destroy(): void }) | null = null;
  let stored: Promise<{ fileName: string; bytes: number; sha256: string; truncated: boolean }> | null = null;
  const fields: Record<string, string> = {};

  const parser = busboy({
    headers: request.headers,
    limits: {
      fileSize: maxBytes,
      files: 1,
      fields: MAX_FIELDS,
      fieldSize: MAX_FIELD_BYTES,
      parts: MAX_FIELDS + 1,
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('file', (name, file, info) => {
        if (name !== 'file' || fileStream) {
          file.resume();
          reject(badUpload(`Unexpected file part "${name}": send exactly one file, in a part named "file"`));
          return;
        }
        fileStream = file;
        // Answer at once rather than after reading the rest of an oversized upload.
        file.on('limit', () => reject(tooLarge(maxBytes)));
        stored = storeFile(file, target, info.filename);
        stored.catch(reject);
      });
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) reject(badUpload(`The field ${name} is too long`));
        fields[name] = value;
      });
      parser.on('filesLimit', () => reject(badUpload('Send exactly one file per import')));
      parser.on('fieldsLimit', () => reject(badUpload('The form has too many fields')));
      parser.on('partsLimit', () => reject(badUpload('The form has too many parts')));
      parser.on('error', (error: Error) =>
        reject(badUpload(`The upload is not valid multipart data: ${error.message}`)),
      );
      parser.on('close', () => resolve());
      request.on('aborted', () => reject(badUpload('The upload was interrupted')));
      request.pipe(parser);
    });
    if (!stored) throw badUpload('The form has no file: send it in a part named "file"');
    const file = await (stored as Promise<{
      fileName: string;
      bytes: number;
      sha256: string;
      truncated: boolean;
    }>);
    if (file.truncated) throw tooLarge(maxBytes);
    return { path: target, fileName: file.fileName, bytes: file.bytes, sha256: file.sha256, fields };
  } catch (error) {
    request.unpipe(parser);
    request.resume();
    (fileStream as { destroy(): void } | null)?.destroy();
    await (stored as Promise<unknown> | null)?.catch(() => undefined);
    await rm(target, { force: true });
    throw error;
  }
}

async function storeFile(
  file: NodeJS.ReadableStream & { truncated?: boolean },
  target: string,
  fileName: string | undefined,
): Promise<{ fileName: string; bytes: number; sha256: string; truncated: boolean }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(file, meter, createWriteStream(target));
  return {
    fileName: path.basename(fileName || 'upload'),
    bytes,
    sha256: hash.digest('hex'),
    truncated: file.truncated === true,
  };
}
