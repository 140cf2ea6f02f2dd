/**
 * Time zone abbreviations ("CET", "EDT", "+03") as the C library gives them
 * to CPython (tm_zone, and so time.tzname and strftime's %Z): read from the
 * zone's TZif file, the file named by TZ (`:` prefix allowed; relative to
 * $TZDIR or /usr/share/zoneinfo) or /etc/localtime when TZ is unset; a TZ
 * that names no file is read as a POSIX TZ string ("EST5EDT", "<+03>-3").
 *
 * The abbreviation at an instant is that of the local time type in force: the
 * last transition at or before it; before the first transition the first
 * standard-time type (as glibc chooses); after the last one the file's POSIX
 * footer, whose daylight name is chosen when the UTC offset JavaScript's Date
 * reports is the footer's daylight offset.
 *
 * Why not Intl.DateTimeFormat's timeZoneName: its English names are "GMT+1"
 * rather than "CET" for most zones, and creating the first formatter loads
 * ICU's time zone data, 10-30 ms at every `import time`.
 */
interface LocalType {
  offset: number;
  isDst: boolean;
  name: string;
}

interface PosixZone {
  standard: string;
  /** Seconds east of UTC. */
  standardOffset: number;
  daylight: string | null;
  /** Seconds east of UTC: an hour ahead of standard time unless the string says otherwise. */
  daylightOffset: number;
}

interface Zone {
  /** Seconds since the epoch, ascending, with the local type each starts. */
  transitions: number[];
  typeOfTransition: LocalType[];
  types: LocalType[];
  footer: PosixZone | null;
}

const POSIX_NAME = /^(?:<([^>]*)>|([A-Za-z]{3,}))/;
const POSIX_OFFSET = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/;

/** A POSIX offset at the start of `text` in seconds east of UTC (POSIX counts west), and its length. */
function posixOffset(text: string): [seconds: number, length: number] | null {
  const match = POSIX_OFFSET.exec(text);
  if (match === null) return null;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return [match[1] === "-" ? seconds : -seconds, match[0].length];
}

/** The names and offsets of a POSIX TZ string; null if it does not start with a name. */
export function parsePosixZone(text: string): PosixZone | null {
  const standard = POSIX_NAME.exec(text);
  if (standard === null) return null;
  let rest = text.slice(standard[0].length);
  const offset = posixOffset(rest);
  const standardOffset = offset?.[0] ?? 0;
  const daylight = offset === null ? null : POSIX_NAME.exec(rest.slice(offset[1]));
  if (offset !== null && daylight !== null) rest = rest.slice(offset[1] + daylight[0].length);
  return {
    standard: standard[1] ?? standard[2],
    standardOffset,
    daylight: daylight === null ? null : daylight[1] ?? daylight[2],
    daylightOffset: (daylight === null ? null : posixOffset(rest)?.[0]) ?? standardOffset + 3600,
  };
}

/** A TZif file (RFC 8536), its 64-bit data when it has them; null if it is not one. */
export function parseTzif(bytes: Uint8Array): Zone | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isTzif = (at: number) => at + 44 <= bytes.length && view.getUint32(at) === 0x545a6966;
  if (!isTzif(0)) return null;
  const counts = (at: number) =>
    Array.from({ length: 6 }, (_, i) => view.getUint32(at + 20 + 4 * i));
  let at = 0;
  let timeSize = 4;
  let [isUtCount, isStdCount, leapCount, timeCount, typeCount, charCount] = counts(0);
  if (bytes[4] >= 0x32) {
    // Version 2+: skip the 32-bit block to the second header and its 64-bit data.
    at = 44 + timeCount * 5 + typeCount * 6 + charCount + leapCount * 8 + isStdCount + isUtCount;
    if (!isTzif(at)) return null;
    timeSize = 8;
    [isUtCount, isStdCount, leapCount, timeCount, typeCount, charCount] = counts(at);
  }
  let offset = at + 44;
  const transitions: number[] = [];
  for (let i = 0; i < timeCount; i++, offset += timeSize) {
    transitions.push(
      timeSize === 8 ? Number(view.getBigInt64(offset)) : view.getInt32(offset),
    );
  }
  const typeIndexes = bytes.subarray(offset, offset + timeCount);
  offset += timeCount;
  const namesAt = offset + typeCount * 6;
  const decoder = new TextDecoder();
  const types: LocalType[] = [];
  for (let i = 0; i < typeCount; i++, offset += 6) {
    const start = namesAt + bytes[offset + 5];
    let end = start;
    while (end < namesAt + charCount && bytes[end] !== 0) end++;
    types.push({
      offset: view.getInt32(offset),
      isDst: bytes[offset + 4] !== 0,
      name: decoder.decode(bytes.subarray(start, end)),
    });
  }
  if (types.length === 0) return null;
  let footer: PosixZone | null = null;
  if (timeSize === 8) {
    const footerAt = namesAt + charCount + leapCount * 12 + isStdCount + isUtCount;
    const text = decoder.decode(bytes.subarray(footerAt)).split("\n")[1] ?? "";
    footer = parsePosixZone(text);
  }
  const typeOfTransition = Array.from(typeIndexes, (index) => types[index] ?? types[0]);
  return { transitions, typeOfTransition, types, footer };
}

function abbreviationIn(zone: Zone, date: Date): string {
  const seconds = Math.floor(date.getTime() / 1000);
  const { transitions } = zone;
  if (transitions.length === 0 || seconds < transitions[0]) {
    return (zone.types.find((type) => !type.isDst) ?? zone.types[0]).name;
  }
  if (seconds >= transitions[transitions.length - 1] && zone.footer !== null) {
    return posixAbbreviation(zone.footer, date);
  }
  let low = 0;
  let high = transitions.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (transitions[middle] <= seconds) low = middle;
    else high = middle - 1;
  }
  return zone.typeOfTransition[low].name;
}

/** Daylight time when Date's offset is the zone's daylight one (Date may not know the zone at all). */
function posixAbbreviation(zone: PosixZone, date: Date): string {
  const offset = -date.getTimezoneOffset() * 60;
  return zone.daylight !== null && offset === zone.daylightOffset ? zone.daylight : zone.standard;
}

type LocalZone = { kind: "file"; zone: Zone } | { kind: "posix"; zone: PosixZone } | null;
let localZone: LocalZone | undefined;

function readLocalZone(): LocalZone {
  const variable = Deno.env.get("TZ");
  if (variable === "") return { kind: "posix", zone: parsePosixZone("UTC")! };
  const name = variable === undefined ? "/etc/localtime" : variable.replace(/^:/, "");
  const directory = Deno.env.get("TZDIR") || "/usr/share/zoneinfo";
  try {
    const zone = parseTzif(Deno.readFileSync(name.startsWith("/") ? name : `${directory}/${name}`));
    if (zone !== null) return { kind: "file", zone };
  } catch {
    // no such file: a POSIX string, or UTC
  }
  const posix = parsePosixZone(variable ?? "UTC");
  return posix === null ? null : { kind: "posix", zone: posix };
}

/** The local zone's abbreviation at `date`; null when the zone cannot be read. */
export function localZoneAbbreviation(date: Date): string | null {
  localZone ??= readLocalZone();
  if (localZone === null) return null;
  return localZone.kind === "file"
    ? abbreviationIn(localZone.zone, date)
    : posixAbbreviation(localZone.zone, date);
}
