//! A POSIX-style zone written after a time (`'10:00 PM-05:30'`): PostgreSQL's
//! `ParseDateTime` makes a word that starts with letters and runs on into `-` (or into
//! `+` or a digit, when the letters are not one of its keywords) one field, which
//! `DecodeTimeOnly` hands to `pg_tzset`; there, failing a zone file of that name,
//! `tzparse` reads it as a POSIX TZ string: a standard-time name (any letters, even
//! `pm`, whose meridiem is then not applied) and an offset *west* of Greenwich,
//! `[+-]h[:m[:s]]` with hours up to 167, minutes up to 59, seconds up to 60.
//!
//! Only the form with no daylight-saving part is read here: with one, the offset
//! depends on the date (and on rules PostgreSQL ships), so the caller refuses it.

/// What a zone word makes of a time's offset.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum PosixZone {
    /// A fixed zone: its offset in seconds east of Greenwich.
    Fixed(i32),
    /// `tzparse` rejects the word and no zone file has its name: PostgreSQL's 22023
    /// "time zone ... not recognized".
    NotRecognized,
    /// A form this module does not read (a daylight-saving part, a name with other
    /// characters, a zone file's name): the caller refuses it.
    Unread,
}

/// `datetktbl`'s keywords (datetime.c): letters followed by `+` or a digit stay a
/// word of their own when they are one of these, so they are no zone name there.
const KEYWORDS: [&str; 69] = [
    "ad",
    "allballs",
    "am",
    "apr",
    "april",
    "at",
    "aug",
    "august",
    "bc",
    "d",
    "dec",
    "december",
    "dow",
    "doy",
    "dst",
    "epoch",
    "feb",
    "february",
    "fri",
    "friday",
    "h",
    "infinity",
    "isodow",
    "isoyear",
    "j",
    "jan",
    "january",
    "jd",
    "jul",
    "julian",
    "july",
    "jun",
    "june",
    "m",
    "mar",
    "march",
    "may",
    "mm",
    "mon",
    "monday",
    "nov",
    "november",
    "now",
    "oct",
    "october",
    "on",
    "pm",
    "s",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "sun",
    "sunday",
    "t",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "today",
    "tomorrow",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "y",
    "yesterday",
];

/// The longest standard-time name read here (tzparse's own limit is about 50).
const MAX_NAME: usize = 40;

/// Reads a lowercase zone word (`pm-05:30`, `abc5`).
pub(super) fn read(word: &str) -> PosixZone {
    let name_len = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (name, spec) = word.split_at(name_len);
    let Some(first) = spec.bytes().next() else {
        return PosixZone::Unread;
    };
    let glued = match first {
        b'-' => true,
        b'+' | b'0'..=b'9' => !KEYWORDS.contains(&name),
        _ => false,
    };
    if name.is_empty() || name.len() > MAX_NAME || !glued {
        return PosixZone::Unread;
    }
    // Only what follows a sign decides between the two answers: a zone file's name
    // (`W-SU`) has a letter there, and those files are not read here.
    let (negative, body) = match spec.as_bytes()[0] {
        b'-' => (true, &spec[1..]),
        b'+' => (false, &spec[1..]),
        _ => (false, spec),
    };
    if !body.is_empty() && !body.starts_with(|c: char| c.is_ascii_digit()) {
        return PosixZone::Unread;
    }
    match seconds(body) {
        Some((secs, "")) => PosixZone::Fixed(if negative { secs } else { -secs }),
        // Anything after the offset starts a daylight-saving part (or is an error
        // whose reading this module does not follow).
        Some(_) => PosixZone::Unread,
        _ => PosixZone::NotRecognized,
    }
}

/// `getsecs`: `h[:m[:s]]` as seconds, and the text after it.
fn seconds(text: &str) -> Option<(i32, &str)> {
    let (hours, mut rest) = number(text, 24 * 7 - 1)?;
    let mut secs = hours * 3600;
    if let Some(after) = rest.strip_prefix(':') {
        let (minutes, after) = number(after, 59)?;
        secs += minutes * 60;
        rest = after;
        if let Some(after) = rest.strip_prefix(':') {
            let (s, after) = number(after, 60)?;
            secs += s;
            rest = after;
        }
    }
    Some((secs, rest))
}

/// `getnum`: at least one digit, the value never above `max` as it is read.
fn number(text: &str, max: i32) -> Option<(i32, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let mut value: i32 = 0;
    for b in text[..digits].bytes() {
        value = value * 10 + i32::from(b - b'0');
        if value > max {
            return None;
        }
    }
    Some((value, &text[digits..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use PosixZone::*;

    /// Each answer as PGlite gave it (`'10:00 <word>'::timetz`).
    #[test]
    fn posix_zone_words() {
        assert_eq!(read("pm-05:30"), Fixed(5 * 3600 + 30 * 60));
        assert_eq!(read("xx-05:30"), Fixed(5 * 3600 + 30 * 60));
        assert_eq!(read("ab-167"), Fixed(167 * 3600));
        assert_eq!(read("ab-5:59:60"), Fixed(6 * 3600));
        assert_eq!(read("ab+5"), Fixed(-5 * 3600));
        assert_eq!(read("ab5"), Fixed(-5 * 3600));
        assert_eq!(read("x-005"), Fixed(5 * 3600));
        assert_eq!(read("jan-5"), Fixed(5 * 3600));
        assert_eq!(read("x-0"), Fixed(0));
        assert_eq!(read("pm-5:3"), Fixed(5 * 3600 + 3 * 60));
        for bad in [
            "ab-168",
            "ab-5:60",
            "ab-5:59:61",
            "x-5:3:",
            "x-",
            "x-5:",
            "pm-0530",
        ] {
            assert_eq!(read(bad), NotRecognized, "{bad}");
        }
        // A keyword before `+` or a digit is a word of its own; a daylight-saving
        // part or a zone file's name is not read here.
        for unread in [
            "pm5", "pm+5", "est5edt", "x-05pm", "w-su", "x-5,m3", "x-5.5", "x-5-4", "abc",
        ] {
            assert_eq!(read(unread), Unread, "{unread}");
        }
    }
}
