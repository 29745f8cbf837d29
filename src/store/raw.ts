/** Raw uploads live in KV under `raw:<id>`, exactly as received. */
const rawKey = (id: string) => `raw:${id}`;

export interface RawArticle {
  body: string;
  contentType: string;
}

export async function putRaw(kv: KVNamespace, id: string, raw: RawArticle): Promise<void> {
  await kv.put(rawKey(id), raw.body, { metadata: { contentType: raw.contentType } });
}

export async function getRaw(kv: KVNamespace, id: string): Promise<RawArticle | null> {
  const { value, metadata } = await kv.getWithMetadata<{ contentType?: string }>(rawKey(id));
  if (value === null) return null;
  return { body: value, contentType: metadata?.contentType ?? "text/plain" };
}

export async function deleteRaw(kv: KVNamespace, id: string): Promise<void> {
  await kv.delete(rawKey(id));
}
