"""Turn the bytes of a text file into str: BOMs, UTF-8, and legacy code pages checked by script.

Detectors (charset-normalizer included) guess badly on short texts: a French paragraph in
Windows-1252 comes back as Windows-1250 or -1257, KOI8-R Russian as Shift-JIS. So the
detector's guesses only join a fixed list of candidate code pages, each candidate decoding is
scored by how much it looks like real writing in one script (Latin letters that belong to
one language, Cyrillic with a natural case and letter distribution), and the best one wins.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata

from annotator.errors import ArticleImportError, msg

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats people save with the wrong extension, for a helpful message.
_MAGIC = (
    (b"%PDF-", "a PDF document (rename it to .pdf)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document such as .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office document or an encrypted .docx"),
    (b"{\\rtf", "an RTF document (save it as .docx or plain text)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Single-byte code pages tried on every legacy file, in order of preference when tied.
CANDIDATES = (
    "cp1252",
    "cp1251",
    "cp1250",
    "koi8_r",
    "koi8_u",
    "iso8859_2",
    "cp1257",
    "cp1254",
    "cp1253",
    "cp866",
    "iso8859_5",
    "cp1255",
)

SAMPLE_BYTES = 256 * 1024  # looked at for binary content
SCORED_BYTES = 64 * 1024  # decoded with each candidate code page

# Non-ASCII characters that are ordinary in running text, whatever the script.
_COMMON_PUNCT = set("\u00a0«»„“”‘’‚‹›–—…•·€£¥§°©®™№¡¿±×÷¹²³¼½¾\u00ad′″")

# Special letters of languages written in Latin script (lower case). A correct decoding
# uses the letters of one language; a wrong one mixes letters of several.
_LATIN_ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "éëïóöüáèà",  # Dutch
    "åäöé",  # Swedish, Finnish
    "æøåé",  # Danish, Norwegian
    "áðéíóúýþæö",  # Icelandic
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Serbian, Slovenian, Bosnian
    "çğıöşüâî",  # Turkish
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
    "äöõüšž",  # Estonian
)
_LATIN_SETS = tuple(frozenset(alphabet) for alphabet in _LATIN_ALPHABETS)

# Letter frequencies (per cent) of Russian and Ukrainian text, the larger of the two for
# each letter: a correct decoding uses common letters, a wrong code page scrambles them.
_CYRILLIC_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "і": 5.5,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62,
    "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21,
    "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ї": 0.6, "ц": 0.48, "є": 0.4, "щ": 0.36,
    "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04, "ґ": 0.02,
}
_GREEK_FREQUENCY = {
    "α": 10.0, "ο": 8.5, "ι": 7.5, "ε": 7.0, "τ": 7.5, "σ": 4.5, "ς": 3.0, "ν": 6.5, "η": 4.5,
    "υ": 3.5, "ρ": 4.5, "π": 4.0, "κ": 4.0, "μ": 3.5, "λ": 3.0, "ω": 1.5, "δ": 1.8, "γ": 1.8,
    "χ": 1.1, "θ": 1.2, "φ": 0.8, "β": 0.6, "ξ": 0.4, "ψ": 0.2, "ζ": 0.4, "ά": 1.9, "έ": 1.4,
    "ή": 1.2, "ί": 2.0, "ό": 1.8, "ύ": 1.0, "ώ": 0.7, "ϊ": 0.1, "ΐ": 0.05, "ϋ": 0.05,
}
_NATURAL_LOG = 0.55  # mean log10(frequency) of the letters of ordinary text is about 0.6
_FREQUENCIES = {"CYRILLIC": _CYRILLIC_FREQUENCY, "GREEK": _GREEK_FREQUENCY}
_CJK_SCRIPTS = frozenset(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "BOPOMOFO"))
_WORD = re.compile(r"[^\W\d_]+")


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode a text file. `declared` is an encoding the file names itself (an HTML meta tag);
    it is trusted only when the bytes are not valid UTF-8. Raises ArticleImportError for binary
    data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ArticleImportError(
                    msg("{name}: the file starts with a {encoding} byte-order mark but is not "
                        "valid {encoding} (damaged at byte {value}).", name=name,
                        encoding=encoding.upper(), value=error.start + len(bom))
                ) from error
    _refuse_binary(data, name)
    if b"\x00" in data[:SAMPLE_BYTES]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        if not _stray_nuls(data):
            raise ArticleImportError(msg("{name}: this is a binary file, not text.", name=name))
        data = data.replace(b"\x00", b"")  # a few NULs in text (a faulty CMS or editor)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            return text  # a file cut in the middle of its last character
        if sum(1 for ch in text if ord(ch) > 127) >= 20 * text.count("\ufffd"):
            return text  # UTF-8 with a few stray bytes, as mixed pastes leave
    if declared:
        codec = _codec_name(declared)
        if codec in ("latin_1", "iso8859_1", "ascii"):
            codec = "cp1252"  # as browsers do (WHATWG Encoding)
        if codec and codec not in ("utf_8", "utf_16", "utf_32"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    return data.decode(guess_legacy_encoding(data), errors="replace")


def guess_legacy_encoding(data: bytes) -> str:
    """The code page whose decoding of `data` reads most like real text in one script."""
    sample = data[:SCORED_BYTES]
    candidates = list(CANDIDATES)
    for guess in _detector_guesses(sample):
        if guess not in candidates:
            candidates.append(guess)
    best, best_score = "cp1252", -1.0
    for encoding in candidates:
        try:
            text = sample.decode(encoding, errors="strict" if encoding in CANDIDATES else "replace")
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text)
        if score > best_score + 1e-9:
            best, best_score = encoding, score
    return best


def plausibility(text: str) -> float:
    """0..1: how much the non-ASCII part of `text` looks like writing in one script."""
    outside = [ch for ch in text if ord(ch) > 127]
    if not outside:
        return 1.0
    letters: list[str] = []
    odd = 0.0
    scripts: dict[str, int] = {}
    for ch in outside:
        category = unicodedata.category(ch)
        if category[0] == "L":
            letters.append(ch)
            script = _script(ch)
            scripts[script] = scripts.get(script, 0) + 1
        elif category in ("Mn", "Nd", "No", "Zs", "Po", "Ps", "Pe") or ch in _COMMON_PUNCT:
            continue
        elif category[0] == "C" or ch == "\ufffd":
            odd += 3  # control characters and undecodable bytes: almost certainly wrong
        else:
            odd += 1  # symbols such as ¤ ¦ ¬ or box drawing: rare in articles
    quality = max(0.0, 1.0 - odd / len(outside))
    if not letters:
        return quality
    script, count = max(scripts.items(), key=lambda item: item[1])
    share = count / len(letters)
    if script == "LATIN":
        fit = _latin_fit(letters)
    elif script in _FREQUENCIES:
        fit = _frequency_fit(letters, script)
    elif script in ("HALFWIDTH", "PRIVATE"):
        fit = 0.3  # half-width katakana and private-use characters: a sign of a wrong guess
    else:
        fit = 0.9  # no model for this script: a little below the ones that were checked
    return quality * share * fit * _word_shape_fit(text) * _case_fit(letters)


def _case_fit(letters: list[str]) -> float:
    """Running text is mostly lower case: a long text whose letters outside ASCII are almost
    all capitals is usually another script read with the wrong code page (Hebrew
    Windows-1255 read as KOI8-R comes out as Cyrillic capitals)."""
    cased = [ch for ch in letters if ch.islower() or ch.isupper()]
    if len(cased) < 50:
        return 1.0
    upper = sum(1 for ch in cased if ch.isupper()) / len(cased)
    return 0.5 if upper > 0.8 else 1.0


def _latin_fit(letters: list[str]) -> float:
    lowered = [ch.lower() for ch in letters if _script(ch) == "LATIN"]
    if not lowered:
        return 0.0
    best = max(sum(1 for ch in lowered if ch in alphabet) for alphabet in _LATIN_SETS)
    return best / len(lowered)


def _frequency_fit(letters: list[str], script: str) -> float:
    """A wrong code page scrambles letters, so rare letters turn common: compare the mean
    log-frequency of the letters with that of ordinary text in the script."""
    frequencies = _FREQUENCIES[script]
    lowered = [ch.lower() for ch in letters if _script(ch) == script]
    mean_log = sum(math.log10(frequencies.get(ch, 0.01)) for ch in lowered) / len(lowered)
    return min(1.0, 10 ** (mean_log - _NATURAL_LOG))


def _word_shape_fit(text: str) -> float:
    """Share of words with a natural shape: lower, UPPER or Capitalised, one script only."""
    words = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        words += 1
        cased = [ch for ch in word if ch.islower() or ch.isupper()]
        natural_case = not cased or _natural_case("".join(cased))
        scripts = {_script(ch) for ch in cased}
        if not natural_case or len(scripts) > 1:
            bad += 1
    return 1.0 - bad / words if words else 1.0


def _natural_case(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def _script(ch: str) -> str:
    try:
        script = unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "PRIVATE"
    return "CJK" if script in _CJK_SCRIPTS else script


def _detector_guesses(sample: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes

        matches = from_bytes(sample[:65536])
    except Exception:  # the detector is advisory; never let it fail an import
        return []
    guesses = []
    for match in list(matches)[:3]:
        name = _codec_name(match.encoding)
        if name and name not in ("utf_8", "ascii", "utf_16", "utf_32"):
            guesses.append(name)
    return guesses


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip()).name.replace("-", "_")
    except (LookupError, AttributeError):
        return None


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleImportError(msg("{name}: this is {what}, not a text file.", name=name,
                                         what=what))
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return  # maybe UTF-16 without a byte-order mark; decided by the caller
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if controls > max(2, len(sample) // 100):
        raise ArticleImportError(msg("{name}: this is a binary file, not text.", name=name))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: Latin text has a NUL in every other byte; other
    scripts (Cyrillic, Greek...) have NULs only at spaces and punctuation, so the decoding
    that reads like text in one script is taken."""
    sample = data[: min(len(data), SAMPLE_BYTES)]
    if len(data) % 2 or len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.5 and even_nuls < 0.05:
        encodings = ["utf-16-le"]
    elif even_nuls > 0.5 and odd_nuls < 0.05:
        encodings = ["utf-16-be"]
    elif min(even_nuls, odd_nuls) < 0.005 and max(even_nuls, odd_nuls) >= 0.02:
        encodings = ["utf-16-le" if odd_nuls else "utf-16-be"]
    else:
        return None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        controls = sum(
            1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"
        )
        if controls > len(text) // 100:
            return None
        if odd_nuls > 0.5 or even_nuls > 0.5 or _reads_as_text(text[: SCORED_BYTES // 2]):
            return text
    return None


def _reads_as_text(text: str) -> bool:
    """Words separated by spaces, in one script: not binary data that happens to decode."""
    spaces = sum(1 for ch in text if ch in " \n")
    return spaces >= 0.05 * len(text) and plausibility(text) >= 0.6


def _stray_nuls(data: bytes) -> bool:
    """A handful of NUL bytes in otherwise ordinary text (not UTF-16, not binary)."""
    sample = data[:SAMPLE_BYTES]
    nuls = sample.count(0)
    if nuls > max(8, len(sample) // 1000):
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (0, 9, 10, 12, 13, 27))
    return controls <= max(2, len(sample) // 100)
