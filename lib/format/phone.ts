/** A stored E.164 Brazilian number as people write it: "+5511987654321" → "+55 11 98765-4321". */
export function formatPhone(e164: string) {
  const m = /^\+55(\d{2})(\d{4,5})(\d{4})$/.exec(e164);
  return m ? `+55 ${m[1]} ${m[2]}-${m[3]}` : e164;
}
