/**
 * strftime and asctime for the `time` module, in the C locale as glibc
 * formats it. Directives glibc does not know are copied through unchanged
 * ("%f" stays "%f"), as CPython on Linux shows.
 */
/** The C locale's day names, Monday first (Python's weekday numbering). */
export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** The C locale's month names. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The fields strftime reads (struct tm), wday with Monday = 0 as in Python. */
export interface TimeFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // Monday = 0
  yearDay: number; // 1-366
  zone: string;
  gmtoff: number; // seconds east of UTC
}

const pad = (value: number, width: number, fill = "0") => {
  const text = String(Math.abs(value)).padStart(width, fill);
  return value < 0 ? `-${text}` : text;
};

/** ISO 8601 week-based year and week number. */
function isoWeek(fields: TimeFields): [number, number] {
  const weekday = fields.weekday + 1; // Monday = 1 .. Sunday = 7
  const week = Math.floor((fields.yearDay - weekday + 10) / 7);
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const weeksIn = (y: number) => {
    const jan1 = (new Date(Date.UTC(y, 0, 1)).getUTCDay() + 6) % 7; // Monday = 0
    return jan1 === 3 || (jan1 === 2 && isLeap(y)) ? 53 : 52;
  };
  if (week < 1) return [fields.year - 1, weeksIn(fields.year - 1)];
  if (week > weeksIn(fields.year)) return [fields.year + 1, 1];
  return [fields.year, week];
}

function twelveHour(hour: number): number {
  return hour % 12 === 0 ? 12 : hour % 12;
}

export function asctime(fields: TimeFields): string {
  return `${DAYS[fields.weekday].slice(0, 3)} ${MONTHS[fields.month - 1].slice(0, 3)} ${
    pad(fields.day, 2, " ")
  } ${pad(fields.hour, 2)}:${pad(fields.minute, 2)}:${pad(fields.second, 2)} ${fields.year}`;
}

export function strftime(format: string, fields: TimeFields, timestamp: () => number): string {
  const f = fields;
  const sundayWeekday = (f.weekday + 1) % 7;
  const directive = (c: string): string | undefined => {
    switch (c) {
      case "a":
        return DAYS[f.weekday].slice(0, 3);
      case "A":
        return DAYS[f.weekday];
      case "b":
      case "h":
        return MONTHS[f.month - 1].slice(0, 3);
      case "B":
        return MONTHS[f.month - 1];
      case "c":
        return asctime(f);
      case "C":
        return pad(Math.floor(f.year / 100), 2);
      case "d":
        return pad(f.day, 2);
      case "D":
        return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(((f.year % 100) + 100) % 100, 2)}`;
      case "e":
        return pad(f.day, 2, " ");
      case "F":
        return `${f.year}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
      case "G":
        return String(isoWeek(f)[0]);
      case "g":
        return pad(((isoWeek(f)[0] % 100) + 100) % 100, 2);
      case "H":
        return pad(f.hour, 2);
      case "I":
        return pad(twelveHour(f.hour), 2);
      case "j":
        return pad(f.yearDay, 3);
      case "k":
        return pad(f.hour, 2, " ");
      case "l":
        return pad(twelveHour(f.hour), 2, " ");
      case "m":
        return pad(f.month, 2);
      case "M":
        return pad(f.minute, 2);
      case "n":
        return "\n";
      case "p":
        return f.hour < 12 ? "AM" : "PM";
      case "r":
        return `${pad(twelveHour(f.hour), 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${
          f.hour < 12 ? "AM" : "PM"
        }`;
      case "R":
        return `${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
      case "s":
        return String(timestamp());
      case "S":
        return pad(f.second, 2);
      case "t":
        return "\t";
      case "T":
      case "X":
        return `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
      case "u":
        return String(f.weekday + 1);
      case "U":
        return pad(Math.floor((f.yearDay - 1 + 7 - sundayWeekday) / 7), 2);
      case "V":
        return pad(isoWeek(f)[1], 2);
      case "w":
        return String(sundayWeekday);
      case "W":
        return pad(Math.floor((f.yearDay - 1 + 7 - f.weekday) / 7), 2);
      case "x":
        return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(((f.year % 100) + 100) % 100, 2)}`;
      case "y":
        return pad(((f.year % 100) + 100) % 100, 2);
      case "Y":
        return String(f.year);
      case "z": {
        const sign = f.gmtoff < 0 ? "-" : "+";
        const minutes = Math.floor(Math.abs(f.gmtoff) / 60);
        return `${sign}${pad(Math.floor(minutes / 60), 2)}${pad(minutes % 60, 2)}`;
      }
      case "Z":
        return f.zone;
      case "%":
        return "%";
      default:
        return undefined;
    }
  };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const expansion = directive(format[i + 1]);
    if (expansion === undefined) out += c;
    else {
      out += expansion;
      i++;
    }
  }
  return out;
}
