// The slice of the extension storage API this layer uses, so tests can inject a fake and nothing else is assumed.

export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Failure of a storage write, classified so the UI can say what to do about it. */
export type WriteErrorCode = 'quota-item' | 'quota-total' | 'quota-rate' | 'invalid' | 'unknown';

export interface WriteError {
  code: WriteErrorCode;
  /** The storage key concerned, when one is known. */
  key?: string;
  /** The browser's own message, for logs. */
  detail: string;
}

export type WriteResult = { ok: true } | { ok: false; error: WriteError };

/** Chrome says "QUOTA_BYTES_PER_ITEM quota exceeded"; Firefox says "…exceeded its quota limitations". */
export function classifyWriteError(err: unknown, key?: string): WriteError {
  const detail = err instanceof Error ? err.message : String(err);
  const code: WriteErrorCode = /QUOTA_BYTES_PER_ITEM/i.test(detail)
    ? 'quota-item'
    : /MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(detail)
      ? 'quota-rate'
      : /quota/i.test(detail)
        ? 'quota-total'
        : 'unknown';
  return key === undefined ? { code, detail } : { code, key, detail };
}

/** Bytes a key/value pair counts against QUOTA_BYTES_PER_ITEM (key length plus JSON of the value, as Chrome counts). */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
