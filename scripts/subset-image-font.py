#!/usr/bin/env python3
"""Make the font subsets that build-time images (chart PNGs, social preview cards) and printable
PDFs (handouts, worksheets: src/lib/print/) draw text with: Noto Sans CJK SC Bold for images and
PDF headings, Noto Sans CJK SC Regular for PDF body text, each with a DejaVu Sans fallback of the
same weight, all covering the same characters.

Why a subset, committed: the build must not download fonts, and a full CJK font is ~16 MB.
The subset holds the 3,755 most common Chinese characters (GB 2312 level 1), ASCII and the
punctuation both languages use, plus every character found in the site's content, data and
interface strings today. The build checks that every character it draws is in the subset
(src/lib/images/font-coverage.ts, against the .characters.txt written beside it) and names the missing ones, so when new content needs a rarer
character, rerun this script and commit the result.

Needs Debian's fonts-noto-cjk, fonts-dejavu-core and python3-fonttools (dev machines only; CI uses the committed file):
    sudo apt-get install -y fonts-noto-cjk fonts-dejavu-core python3-fonttools
    /usr/bin/python3 scripts/subset-image-font.py
"""
import pathlib
from fontTools.ttLib import TTCollection, TTFont
from fontTools import subset

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTO = pathlib.Path('/usr/share/fonts/opentype/noto')
DEJAVU = pathlib.Path('/usr/share/fonts/truetype/dejavu')
FONTS = ROOT / 'src/assets/fonts'
SIMPLIFIED_CHINESE_FACE = 2  # JP, KR, SC, TC, HK: the SC face draws Simplified Chinese glyph forms
# (CJK source, its subset, fallback source, its subset) per weight. Symbols the CJK font lacks
# (subscript digits as in CO₂ and SF₆, and a few more) come from DejaVu Sans of the same weight,
# drawn as a fallback (Debian's fonts-dejavu-core).
WEIGHTS = [
    (NOTO / 'NotoSansCJK-Bold.ttc', FONTS / 'NotoSansSC-Bold-subset.otf',
     DEJAVU / 'DejaVuSans-Bold.ttf', FONTS / 'DejaVuSans-Bold-fallback-subset.ttf'),
    (NOTO / 'NotoSansCJK-Regular.ttc', FONTS / 'NotoSansSC-Regular-subset.otf',
     DEJAVU / 'DejaVuSans.ttf', FONTS / 'DejaVuSans-Regular-fallback-subset.ttf'),
]
# Punctuation English text takes from DejaVu even though the CJK font has it: the CJK font's
# quotation marks, apostrophe, dashes and ellipsis are full-width, leaving gaps in “Xicheng’s”
# (src/lib/print/fonts.ts sets them in the fallback in English sheets).
LATIN_PUNCTUATION = set('‘’“”–—…')
# The characters every weight's pair of subsets holds, read by the build to refuse text it cannot
# draw (the same set for both weights: a character only one weight has is left out).
CHARACTERS = ROOT / 'src/assets/fonts/NotoSansSC-Bold-subset.characters.txt'


def gb2312_level_one():
    chars = set()
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def site_text_characters():
    chars = set()
    for folder in ['src/content', 'src/data', 'src/lib/i18n/strings']:
        for path in (ROOT / folder).rglob('*'):
            if path.suffix in {'.md', '.mdx', '.json', '.yaml', '.yml'}:
                chars.update(path.read_text(encoding='utf-8'))
    return chars


def save_subset(font, codepoints, target):
    options = subset.Options()
    options.layout_features = ['kern', 'liga', 'palt', 'vert']
    options.name_IDs = ['*']  # keep the copyright and licence names (the licences ask for it)
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.save(str(target))
    print(f'{target.relative_to(ROOT)}: {len(codepoints)} characters, {target.stat().st_size // 1024} KB')


def main():
    wanted = gb2312_level_one() | site_text_characters()
    wanted |= {chr(c) for c in range(0x20, 0x7F)}  # ASCII
    wanted |= set('–—‘’“”…·×÷°±→←≥≤％₂³²（），。、；：？！《》〈〉「」『』【】〔〕·～−')  # − (U+2212): the true minus of negative numbers
    loaded = [(TTCollection(str(source)).fonts[SIMPLIFIED_CHINESE_FACE], target, TTFont(str(fallback_source)), fallback_target)
              for source, target, fallback_source, fallback_target in WEIGHTS]

    def drawable(face, fallback):
        cmap, fallback_cmap = face.getBestCmap(), fallback.getBestCmap()
        return {ord(c) for c in wanted if ord(c) in cmap or ord(c) in fallback_cmap}

    covered = set.intersection(*(drawable(face, fallback) for face, _, fallback, _ in loaded))
    for face, target, fallback, fallback_target in loaded:
        cmap = face.getBestCmap()
        save_subset(face, sorted(c for c in covered if c in cmap), target)
        fallback_cmap = fallback.getBestCmap()
        latin = {ord(c) for c in LATIN_PUNCTUATION if ord(c) in fallback_cmap}
        save_subset(fallback, sorted(c for c in covered if c not in cmap or c in latin), fallback_target)
    CHARACTERS.write_text(''.join(chr(c) for c in sorted(covered)), encoding='utf-8')


if __name__ == '__main__':
    main()
