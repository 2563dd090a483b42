#!/usr/bin/env python3
"""Make the font subset that build-time images (chart PNGs, social preview cards) draw text with.

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
SOURCE = pathlib.Path('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc')
SIMPLIFIED_CHINESE_FACE = 2  # JP, KR, SC, TC, HK: the SC face draws Simplified Chinese glyph forms
TARGET = ROOT / 'src/assets/fonts/NotoSansSC-Bold-subset.otf'
# Symbols the CJK font lacks (subscript digits as in CO₂ and SF₆, and a few more) come from
# DejaVu Sans Bold, drawn as a fallback (Debian's fonts-dejavu-core).
FALLBACK_SOURCE = pathlib.Path('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
FALLBACK_TARGET = ROOT / 'src/assets/fonts/DejaVuSans-Bold-fallback-subset.ttf'
# The characters the two subsets hold, read by the build to refuse text it cannot draw.
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
    wanted |= set('–—‘’“”…·×÷°±→←≥≤％₂³²（），。、；：？！《》〈〉「」『』【】〔〕·～')
    face = TTCollection(str(SOURCE)).fonts[SIMPLIFIED_CHINESE_FACE]
    cmap = face.getBestCmap()
    codepoints = sorted(ord(c) for c in wanted if ord(c) in cmap)
    save_subset(face, codepoints, TARGET)
    fallback = TTFont(str(FALLBACK_SOURCE))
    fallback_cmap = fallback.getBestCmap()
    extra = sorted(ord(c) for c in wanted if ord(c) not in cmap and ord(c) in fallback_cmap)
    save_subset(fallback, extra, FALLBACK_TARGET)
    CHARACTERS.write_text(''.join(chr(c) for c in sorted(codepoints + extra)), encoding='utf-8')


if __name__ == '__main__':
    main()
