// No zod here: the browser's code lookup (src/lib/lookup-shards.ts) checks the tables it fetches against these kinds,
// and must not pull the schemas' validation library into its chunk.

/** What a table lists: "codes" for response/error codes; "warnings" for advisory warning codes (the call still succeeded). */
export const TABLE_KINDS = ['codes', 'warnings'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
