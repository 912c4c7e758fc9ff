#!/usr/bin/env python3
"""Compares the kiosk's to_nfc/to_nfd with Python's unicodedata.normalize on seeded random
strings: Vietnamese letters in NFC and NFD, the combining marks U+0300-U+036F (dot below and
horn often), Hangul syllables and jamo, Greek, Cyrillic, CJK compatibility ideographs and any
assigned BMP code point.

Only code points Python's Unicode database assigns are used (it may be older than the
kiosk's): normalisation of assigned characters is stable across Unicode versions, so both
sides must agree exactly.

usage: normalize_vs_python.py NORMALIZE_FILTER [--count N] [--seed S] [--show K]
Exits 1 if any string differs; prints how many did either way.
"""
import argparse
import random
import subprocess
import sys
import unicodedata

VIETNAMESE = ("aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợ"
              "uúùủũụưứừửữựyýỳỷỹỵđ")
VIETNAMESE += VIETNAMESE.upper()
FAVOURITE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0340\u0341"


def usable(cp):
    """Assigned in Python's database and fit for one line of text."""
    ch = chr(cp)
    return unicodedata.category(ch) not in ("Cn", "Cs", "Cc")


def block(first, last):
    return [chr(cp) for cp in range(first, last + 1) if usable(cp)]


def pieces(rng):
    """One generator per kind of piece; each returns a short string."""
    marks = block(0x0300, 0x036F)
    latin = block(0x0041, 0x005A) + block(0x0061, 0x007A) + block(0x00C0, 0x024F)
    hangul = block(0xAC00, 0xD7A3)
    jamo = block(0x1100, 0x11FF)
    greek = block(0x0370, 0x03FF) + block(0x1F00, 0x1FFF)
    cyrillic = block(0x0400, 0x04FF)
    cjk_compat = block(0xF900, 0xFAFF) + block(0x2F800, 0x2FA1F)
    bmp = [cp for cp in range(0x20, 0x10000) if usable(cp)]
    return [
        (4, lambda: rng.choice(VIETNAMESE)),
        (2, lambda: unicodedata.normalize("NFD", rng.choice(VIETNAMESE))),
        (3, lambda: rng.choice(FAVOURITE_MARKS)),
        (2, lambda: rng.choice(marks)),
        (2, lambda: rng.choice(latin)),
        (1, lambda: rng.choice(hangul)),
        (1, lambda: rng.choice(jamo)),
        (1, lambda: rng.choice(greek)),
        (1, lambda: rng.choice(cyrillic)),
        (1, lambda: rng.choice(cjk_compat)),
        (2, lambda: chr(rng.choice(bmp))),
        (1, lambda: " "),
    ]


def random_strings(count, seed):
    rng = random.Random(seed)
    kinds = pieces(rng)
    weights = [w for w, _ in kinds]
    makers = [m for _, m in kinds]
    for _ in range(count):
        n = rng.randint(1, 12)
        yield "".join(m() for m in rng.choices(makers, weights, k=n))


def hexes(s):
    return " ".join(f"{ord(c):04X}" for c in s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("filter")
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()

    strings = list(random_strings(args.count, args.seed))
    given = "".join(s + "\n" for s in strings).encode("utf-8")
    run = subprocess.run([args.filter], input=given, capture_output=True, check=True)
    lines = run.stdout.decode("utf-8").split("\n")[:-1]
    if len(lines) != len(strings):
        sys.exit(f"{args.filter} answered {len(lines)} lines for {len(strings)} strings")

    nfc_wrong = nfd_wrong = either = shown = 0
    for s, line in zip(strings, lines):
        nfc, nfd = line.split("\t")
        want_nfc = unicodedata.normalize("NFC", s)
        want_nfd = unicodedata.normalize("NFD", s)
        nfc_wrong += nfc != want_nfc
        nfd_wrong += nfd != want_nfd
        if nfc != want_nfc or nfd != want_nfd:
            either += 1
            if shown < args.show:
                shown += 1
                print(f"input {hexes(s)}")
                if nfc != want_nfc:
                    print(f"  nfc {hexes(nfc)}\n  want {hexes(want_nfc)}")
                if nfd != want_nfd:
                    print(f"  nfd {hexes(nfd)}\n  want {hexes(want_nfd)}")
    print(f"{either} of {len(strings)} strings differ from Python's unicodedata "
          f"{unicodedata.unidata_version} (NFC {nfc_wrong}, NFD {nfd_wrong}); seed {args.seed}")
    return 1 if either else 0


if __name__ == "__main__":
    sys.exit(main())
