#!/usr/bin/env python3
"""Prepare the TrueType fonts that lib/pdf embeds into filing PDFs.

Usage: prepare_fonts.py SRC_NOTO_DIR EXPO_NODE_MODULES OUT_DIR

Why every font is re-saved rather than copied:
  @pdf-lib/fontkit 1.1.1 silently drops glyphs when subsetting fonts whose glyf
  records have odd lengths (seen with Noto Sans SC). Re-saving with fontTools and
  glyf padding 4 gives word-aligned records, which fontkit subsets correctly.

Why the CJK fonts are subset here:
  The full Noto Sans SC is 10.5 MB, mostly CJK Extension A (rare characters).
  We keep all 20,992 URO ideographs (U+4E00-9FFF) rather than only GB2312: a
  Japanese name such as 東京 (U+6771) is not in GB2312, and Taiwanese / Hong
  Kong company names use traditional characters. Korean Hangul syllables come
  from Noto Sans KR (Hangul only; Han characters come from the SC font).
"""
import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.subset import Options, Subsetter

# CJK punctuation, kana, enclosed CJK, CJK compatibility, half/fullwidth forms,
# general punctuation and geometric shapes (the font's □ etc.).
CJK_COMMON = [
    (0x2000, 0x206F), (0x25A0, 0x25FF), (0x3000, 0x303F), (0x3040, 0x309F),
    (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0x3200, 0x32FF), (0x3300, 0x33FF),
    (0xFF00, 0xFFEF),
]
HAN = [(0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
HANGUL = [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF)]
# Mono is for hashes, IDs and figures: Latin, Greek, Cyrillic and common symbols suffice.
MONO = [(0x0020, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x2000, 0x206F),
        (0x20A0, 0x20CF), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x25A0, 0x25FF)]
# Noto Sans has no arrows or most maths operators; Noto Sans Mono's arrows are small and low.
# DejaVu Sans draws them at text size, so it is the symbols fallback for running text.
SYMBOLS = [(0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2300, 0x23FF), (0x25A0, 0x25FF)]


def expand(ranges):
    return [c for lo, hi in ranges for c in range(lo, hi + 1)]


def process(src: Path, dst: Path, ranges=None, hinting=True):
    # recalcTimestamp=False: the same inputs give byte-identical fonts.
    font = TTFont(str(src), recalcTimestamp=False)
    if ranges is not None:
        opts = Options()
        opts.layout_features = ["*"]
        opts.name_IDs = ["*"]
        opts.name_languages = ["*"]
        opts.hinting = hinting
        opts.notdef_outline = True
        opts.glyph_names = False
        sub = Subsetter(opts)
        sub.populate(unicodes=expand(ranges))
        sub.subset(font)
    font["glyf"].padding = 4  # the fontkit workaround (see module docstring)
    font.save(str(dst))
    cmap = font.getBestCmap()
    print(f"{dst.name}: {dst.stat().st_size:,} bytes, {len(cmap):,} code points, "
          f"{font['maxp'].numGlyphs:,} glyphs")


def main():
    noto_dir, expo_dir, out_dir = (Path(a) for a in sys.argv[1:4])
    out_dir.mkdir(parents=True, exist_ok=True)
    process(noto_dir / "NotoSans-Regular.ttf", out_dir / "NotoSans-Regular.ttf")
    process(noto_dir / "NotoSans-Bold.ttf", out_dir / "NotoSans-Bold.ttf")
    process(noto_dir / "NotoSansMono-Regular.ttf", out_dir / "NotoSansMono-Regular.ttf", MONO)
    process(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), out_dir / "DejaVuSans-Symbols.ttf", SYMBOLS)
    sc = expo_dir / "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"
    process(sc, out_dir / "NotoSansSC-Regular.ttf", CJK_COMMON + HAN, hinting=False)
    kr = expo_dir / "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf"
    process(kr, out_dir / "NotoSansKR-Hangul-Regular.ttf", HANGUL, hinting=False)


if __name__ == "__main__":
    main()
