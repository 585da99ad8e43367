/**
 * KEYS: every group's candidates, back to back. ARGV: owner, ttl, group count,
 * then each group's size and wanted count. Replies {1, positions…} with the
 * 1-based KEYS positions claimed, or {0, free per group…} having claimed nothing.
 */
export const CLAIM_SCRIPT = `
local owner, ttl, groups = ARGV[1], ARGV[2], tonumber(ARGV[3])
local taken, free, short = {}, {}, false
local pos = 1
for g = 1, groups do
  local size, want = tonumber(ARGV[2 + 2 * g]), tonumber(ARGV[3 + 2 * g])
  local got = 0
  for i = pos, pos + size - 1 do
    if got < want and redis.call('SET', KEYS[i], owner, 'NX', 'EX', ttl) then
      got = got + 1
      taken[#taken + 1] = i
    end
  end
  free[g] = got
  if got < want then short = true end
  pos = pos + size
end
if short then
  for _, i in ipairs(taken) do redis.call('DEL', KEYS[i]) end
  table.insert(free, 1, 0)
  return free
end
table.insert(taken, 1, 1)
return taken
`;

/** Deletes the KEYS still owned by ARGV[1]. */
export const RELEASE_SCRIPT = `
local n = 0
for _, k in ipairs(KEYS) do
  if redis.call('GET', k) == ARGV[1] then n = n + redis.call('DEL', k) end
end
return n
`;

/** Sets the expiry of the KEYS still owned by ARGV[1] to ARGV[2] seconds. */
export const EXTEND_SCRIPT = `
local n = 0
for _, k in ipairs(KEYS) do
  if redis.call('GET', k) == ARGV[1] then n = n + redis.call('EXPIRE', k, ARGV[2]) end
end
return n
`;

/** Turns the claim script's reply into claimed keys per group. */
export function parseClaimReply(reply: number[], groups: { candidates: string[] }[]) {
  const [flag, ...rest] = reply;
  if (flag !== 1) return { ok: false as const, free: rest };
  const taken = new Set(rest.map((position) => position - 1));
  let offset = 0;
  const claimed = groups.map((g) => {
    const keys = g.candidates.filter((_, i) => taken.has(offset + i));
    offset += g.candidates.length;
    return keys;
  });
  return { ok: true as const, claimed };
}
